package org.bandits4j.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.bounds.BoundEntry;
import org.bandits4j.experiments.scenario.EnvironmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BanditsCliTest {

  @TempDir Path dir;

  /** Runs the CLI with standard output and error captured. */
  private static String[] capture(int[] code, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      code[0] = BanditsCli.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new String[] {o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void listNamesEveryPolicyEnvironmentTypeAndBoundWithParameters() {
    int[] code = new int[1];
    String out = capture(code, "list")[0];
    assertEquals(0, code[0]);
    for (PolicyType<?> t : StandardPolicies.registry().types()) {
      assertTrue(out.contains("  " + t.name() + " "), t.name());
    }
    assertTrue(out.contains("defaults: c=2.0  rewardMin=0.0  rewardMax=1.0"), out);
    for (EnvironmentType t : Registry.standard().environments().types()) {
      assertTrue(out.contains("  " + t.name() + " "), t.name());
    }
    assertTrue(out.contains("means (number[], required): success probabilities"), out);
    for (BoundEntry b : Registry.standard().bounds().entries()) {
      assertTrue(out.contains("  " + b.name() + " "), b.name());
    }
  }

  @Test
  void aBadConfigExitsWithCodeTwoNamingTheFieldBeforeRunning() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        """
        name: bad
        horizon: 10
        replications: 1
        environments: [{type: bernoulli, means: [2]}]
        policies: [{type: ucb1}]
        """);
    Path out = dir.resolve("bad-out");
    int[] code = new int[1];
    String err = capture(code, "run", file.toString(), "-o", out.toString())[1];
    assertEquals(2, code[0]);
    assertTrue(
        err.contains(
            "error: bad experiment file: environments[0]: means[0] must be in [0.0, 1.0], was 2.0"),
        err);
    assertTrue(Files.notExists(out), "nothing ran");
  }

  @Test
  void runPrintsTheFinalRegretAndTheReportAndResumesFromAFinishedRun() throws IOException {
    Path file = dir.resolve("e.json");
    Files.writeString(
        file,
        """
        {"name": "cli", "seed": 11, "horizon": 500, "replications": 4,
         "environments": [{"label": "bern", "type": "bernoulli", "means": [0.3, 0.5, 0.7]}],
         "policies": [{"label": "UCB1", "type": "ucb1"}]}
        """);
    Path out = dir.resolve("out");
    int[] code = new int[1];
    String printed = capture(code, "run", file.toString(), "-o", out.toString(), "-t", "1")[0];
    assertEquals(0, code[0]);
    assertTrue(printed.contains("cli: 1 runs, 4 replications each, on 1 threads"), printed);
    assertTrue(printed.matches("(?s).*bern +UCB1 +500 +\\d+\\.\\d\\d ± \\d+\\.\\d\\d.*"), printed);
    assertTrue(printed.contains("report: file:"), printed);
    String curves = Files.readString(out.resolve("curves.csv"));
    capture(code, "run", file.toString(), "-o", out.toString(), "-q");
    assertEquals(0, code[0]);
    assertEquals(curves, Files.readString(out.resolve("curves.csv")));
    assertTrue(
        Files.readString(out.resolve("provenance.json")).contains("\"reusedReplications\" : 4"));
    capture(code, "run", file.toString(), "-o", out.toString(), "-q", "--fresh");
    assertTrue(
        Files.readString(out.resolve("provenance.json")).contains("\"computedReplications\" : 4"));
  }

  @Test
  void badOptionsAreUsageErrors() {
    int[] code = new int[1];
    capture(code, "run", "x.json", "--threads", "0");
    assertEquals(2, code[0]);
    capture(code, "frobnicate");
    assertEquals(2, code[0]);
    String version = capture(code, "--version")[0];
    assertEquals(0, code[0]);
    assertTrue(version.startsWith("Bandits4J "), version);
  }
}
