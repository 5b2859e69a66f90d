package org.bandits4j.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BanditsCliTest {

  @TempDir Path dir;

  private Path experiment() throws IOException {
    Path file = dir.resolve("e.json");
    Files.writeString(
        file,
        """
        {"name": "cli", "seed": 11, "horizon": 2000, "replications": 8,
         "checkpoints": [100, 1000],
         "environments": [{"label": "bern", "type": "bernoulli", "means": [0.3, 0.5, 0.7]}],
         "policies": [{"label": "UCB1", "type": "ucb1"}, {"label": "TS", "type": "thompson-beta"}]}
        """);
    return file;
  }

  @Test
  void runWritesCurvesWithOneRowPerPairAndCheckpoint() throws IOException {
    Path out = dir.resolve("out");
    int code = BanditsCli.execute("run", experiment().toString(), "--out", out.toString(), "-q");
    assertEquals(0, code);
    List<String> lines = Files.readAllLines(out.resolve("curves.csv"));
    assertEquals(ExperimentRunner.CURVES_HEADER, lines.get(0));
    assertEquals(1 + 2 * 3, lines.size());
    assertTrue(lines.get(1).startsWith("bern,UCB1,100,8,"), lines.get(1));
    assertTrue(lines.get(6).startsWith("bern,TS,2000,8,"), lines.get(6));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertEquals(8, f.length);
      assertTrue(Double.parseDouble(f[4]) >= 0, line);
    }
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(
        0,
        BanditsCli.execute("run", experiment().toString(), "-o", one.toString(), "-t", "1", "-q"));
    assertEquals(
        0,
        BanditsCli.execute("run", experiment().toString(), "-o", two.toString(), "-t", "3", "-q"));
    assertEquals(
        Files.readString(one.resolve("curves.csv")), Files.readString(two.resolve("curves.csv")));
  }

  @Test
  void aBadConfigExitsWithCodeTwoBeforeRunning() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"name\": \"bad\", \"horizon\": -1, \"replications\": 1}");
    Path out = dir.resolve("bad-out");
    assertEquals(2, BanditsCli.execute("run", file.toString(), "-o", out.toString(), "-q"));
    assertTrue(Files.notExists(out));
  }

  @Test
  void listNamesEveryPolicy() {
    assertEquals(0, BanditsCli.execute("list"));
  }
}
