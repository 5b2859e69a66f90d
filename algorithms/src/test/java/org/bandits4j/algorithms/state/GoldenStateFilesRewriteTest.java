package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bandits4j.algorithms.StandardPolicies;
import org.junit.jupiter.api.Test;

/**
 * Every golden version-1 state file is written back as it is: the same members in the same order
 * with the same values. Numbers are compared in Jackson's canonical form (the files may spell
 * {@code 0.001} as {@code 1.0E-3}).
 */
class GoldenStateFilesRewriteTest {

  @Test
  void everyGoldenStateFileIsWrittenBackUnchanged() throws IOException, URISyntaxException {
    StateCodec codec = StandardPolicies.codec();
    Path dir = Path.of(GoldenStateFilesRewriteTest.class.getResource("/state-v1").toURI());
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(25, files.size(), "golden state files in " + dir);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String canonical = Json.mapper().writeValueAsString(Json.mapper().readTree(text));
      assertEquals(canonical, codec.toJson(codec.fromJson(text)), file.getFileName().toString());
    }
  }
}
