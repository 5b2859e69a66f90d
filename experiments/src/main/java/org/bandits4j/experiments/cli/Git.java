package org.bandits4j.experiments.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The commit of the working directory's git repository, for provenance. */
final class Git {

  private Git() {}

  /**
   * {@code git rev-parse HEAD}, with {@code -dirty} appended if tracked files have uncommitted
   * changes; {@code "unknown"} outside a repository or without git.
   */
  static String commit() {
    String head = run(List.of("git", "rev-parse", "HEAD"));
    if (head == null || head.isBlank()) {
      return "unknown";
    }
    String status = run(List.of("git", "status", "--porcelain", "--untracked-files=no"));
    return head.strip() + (status != null && !status.isBlank() ? "-dirty" : "");
  }

  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
      p.getOutputStream().close();
      p.getErrorStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
