package org.bandits4j.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a file in the desktop's default browser, or says where it is. */
final class Browser {

  private Browser() {}

  /** Opens {@code file}; prints its URI to {@code err} if no opener starts. */
  static void open(Path file, PrintWriter err) {
    String uri = file.toAbsolutePath().toUri().toString();
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command =
        os.contains("mac")
            ? List.of("open", uri)
            : os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
                : List.of("xdg-open", uri);
    try {
      new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      err.println("could not start a browser (" + e.getMessage() + "); open " + uri);
      err.flush();
    }
  }
}
