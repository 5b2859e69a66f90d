package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Golden files under {@code src/test/resources}: compared line by line, or rewritten when the
 * system property {@code bandits4j.golden.update} is true.
 */
public final class GoldenFiles {

  private GoldenFiles() {}

  /** Checks {@code actual} against the golden file {@code file} (or rewrites it). */
  public static void check(String file, String actual) throws IOException {
    if (Boolean.getBoolean("bandits4j.golden.update")) {
      Path target = Path.of("src/test/resources", file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/" + file)) {
      assertNotNull(in, "missing golden file " + file + "; generate it as the test's Javadoc says");
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(
        new ArrayList<>(expected.lines().toList()),
        new ArrayList<>(actual.lines().toList()),
        "replay " + file);
  }
}
