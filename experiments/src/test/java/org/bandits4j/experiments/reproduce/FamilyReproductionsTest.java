package org.bandits4j.experiments.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bandits4j.experiments.cli.BanditsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick mode of the reproductions of the policy families (KL-UCB, MOSS, UCB-V, RMED1, OFUL)
 * passes: the built-in files, copied into a suite folder and run by the CLI (about 30 s on 2
 * cores). The whole built-in quick suite runs in {@code BuiltInQuickSuiteIT}.
 */
class FamilyReproductionsTest {

  static final List<String> FILES =
      List.of("kl-ucb.yaml", "moss.yaml", "ucb-v.yaml", "rmed1.yaml", "oful.yaml");

  @TempDir Path dir;

  @Test
  void theFamilyReproductionsPassInQuickMode() throws IOException {
    Path suite = dir.resolve("suite");
    Files.createDirectories(suite);
    for (String f : FILES) {
      try (InputStream in = ReproductionSuite.class.getResourceAsStream("reproductions/" + f)) {
        Files.copy(in, suite.resolve(f));
      }
    }
    Path out = dir.resolve("out");
    assertEquals(
        0,
        BanditsCli.execute(
            "reproduce", "--quick", "--suite", suite.toString(), "-o", out.toString(), "-q"));
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("14 of 14 criteria pass."), report);
    for (String f : FILES) {
      assertTrue(Files.exists(out.resolve(f.replace(".yaml", "")).resolve("report.html")), f);
    }
  }
}
