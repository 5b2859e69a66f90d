package org.bandits4j.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code bandits run} child process (SIGKILL) after it saved some replications, then
 * resumes in another process configuration (in-process, another thread count) and checks that the
 * outputs are byte-identical to an uninterrupted run and that saved replications were reused.
 */
class ResumeAfterKillTest {

  @TempDir Path dir;

  private static final String EXPERIMENT =
      """
      name: resume
      seed: 99
      horizon: 20000
      replications: 150
      checkpointsPerDecade: 4
      environments: [{label: bern, type: bernoulli, means: [0.5, 0.55, 0.6]}]
      policies: [{label: TS, type: thompson-beta}, {label: UCB1, type: ucb1}]
      """;

  @Test
  void aKilledRunResumesAndProducesIdenticalOutputs() throws Exception {
    Path file = dir.resolve("resume.yaml");
    Files.writeString(file, EXPERIMENT);
    Path killed = dir.resolve("killed");
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                classpath,
                BanditsCli.class.getName(),
                "run",
                file.toString(),
                "--out",
                killed.toString(),
                "--threads",
                "1",
                "--block-rounds",
                "20000",
                "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (savedBlocks(killed) < 5) {
        if (!child.isAlive()) {
          fail(
              "the child ended (exit "
                  + child.exitValue()
                  + ") before it could be killed: "
                  + Files.readString(dir.resolve("child.log")));
        }
        if (System.nanoTime() > deadline) {
          fail("the child saved no blocks in 120 s: " + Files.readString(dir.resolve("child.log")));
        }
        Thread.sleep(10);
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to tidy up
      child.waitFor(30, TimeUnit.SECONDS);
    }
    long saved = savedBlocks(killed);
    assertTrue(saved >= 5 && saved < 300, "blocks saved before the kill: " + saved);
    assertFalse(Files.exists(killed.resolve("curves.csv")), "the child must not have finished");

    assertEquals(
        0,
        BanditsCli.execute(
            "run",
            file.toString(),
            "--out",
            killed.toString(),
            "-t",
            "2",
            "-q",
            "--block-rounds",
            "20000"));
    Path straight = dir.resolve("straight");
    assertEquals(
        0,
        BanditsCli.execute("run", file.toString(), "--out", straight.toString(), "-t", "2", "-q"));

    JsonNode provenance = new ObjectMapper().readTree(killed.resolve("provenance.json").toFile());
    long reused = provenance.get("reusedReplications").asLong();
    assertTrue(reused >= 5 && reused < 300, "reused " + reused);
    assertEquals(300 - reused, provenance.get("computedReplications").asLong());

    for (String name : List.of("curves.csv", "final-regret.csv")) {
      assertArrayEquals(
          Files.readAllBytes(straight.resolve(name)),
          Files.readAllBytes(killed.resolve(name)),
          name);
    }
    try (Stream<Path> plots = Files.list(straight.resolve("plots"))) {
      for (Path p : plots.toList()) {
        assertArrayEquals(
            Files.readAllBytes(p),
            Files.readAllBytes(killed.resolve("plots").resolve(p.getFileName())),
            p.getFileName().toString());
      }
    }
  }

  private static long savedBlocks(Path out) throws IOException {
    Path saved = out.resolve("replications");
    if (!Files.isDirectory(saved)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(saved)) {
      return files.filter(p -> p.getFileName().toString().matches("reps-.*\\.csv")).count();
    }
  }
}
