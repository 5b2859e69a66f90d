package org.bandits4j.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.simulators.env.TableEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigReaderTest {

  @TempDir Path dir;

  private static final String GOOD =
      """
      {"name": "t", "seed": 5, "horizon": 1000, "replications": 3, "checkpoints": [10, 100],
       "environments": [{"label": "b", "type": "bernoulli", "means": [0.2, 0.4]},
                        {"type": "gaussian", "means": [0, 1], "sigma": 0.5}],
       "policies": [{"label": "U", "type": "ucb1", "c": 1.0},
                    {"type": "epsilon-greedy", "epsilon": 0.05}]}
      """;

  @Test
  void readsAGoodFile() {
    ExperimentConfig c = new ConfigReader().parse(GOOD, dir);
    assertEquals("t", c.name());
    assertEquals(5, c.seed());
    assertArrayEquals(new long[] {10, 100, 1000}, c.checkpointArray());
    assertEquals("b", c.environments().get(0).label());
    assertEquals("gaussian-2", c.environments().get(1).label());
    assertEquals(Ucb1Spec.withC(1.0), c.policies().get(0).value());
    assertEquals(EpsilonGreedySpec.constant(0.05), c.policies().get(1).value());
    assertEquals("epsilon-greedy", c.policies().get(1).label());
  }

  @Test
  void readsTablesRelativeToTheFile() throws IOException {
    Files.writeString(dir.resolve("t.csv"), "a,b\n0,1\n1,1\n0,0\n");
    ExperimentConfig c =
        new ConfigReader()
            .parse(
                """
                {"name": "tab", "horizon": 3, "replications": 1,
                 "environments": [{"type": "table", "csv": "t.csv", "means": [0.4, 0.6]}],
                 "policies": [{"type": "ucb1"}]}
                """,
                dir);
    TableEnvironment env = (TableEnvironment) c.environments().get(0).value();
    assertEquals(3, env.rounds());
    assertArrayEquals(new double[] {0.4, 0.6}, env.means());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"horizon\": 10, \"replications\": 1, \"environments\": [], \"policies\": []}|name: is required",
        "{\"name\": \"x\", \"horizon\": 0, \"replications\": 1}|horizon: must be >= 1, was 0",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1.5}|replications: must be an integer",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"colour\": 1}|colour: unknown field",
        "{\"name\": \"x y\", \"horizon\": 10, \"replications\": 1}|name: must use letters",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": []}|environments: must be a non-empty array",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"poisson\"}]}|environments[0].type: unknown environment type 'poisson'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5, 2]}]}|environments[0]: means[1] must be in [0.0, 1.0], was 2.0",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"mean\": [0.5]}]}|environments[0].mean: unknown field",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"gaussian\", \"means\": [0]}]}|give exactly one of 'sigma'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"exp9\"}]}|policies[0]: unknown policy 'exp9'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"ucb1\", \"cee\": 1}]}|policies[0]: policy 'ucb1' has no parameter 'cee'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"ucb1\", \"c\": -2}]}|policies[0]: policy 'ucb1': c must be finite and >= 0, was -2.0",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"ucb1\"}, {\"type\": \"ucb1\"}]}|policies[1].label: duplicate label 'ucb1'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"checkpoints\": [5, 3]}|checkpoints: checkpoints must increase",
        "{\"name\": \"x\", \"horizon\": 10 \"replications\": 1}|(document): not valid JSON",
      })
  void badFilesNameTheField(String json, String expected) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigReader().parse(json, dir));
    assertTrue(
        e.getMessage().contains(expected), "<" + e.getMessage() + "> lacks <" + expected + ">");
  }

  @Test
  void aTableShorterThanTheHorizonIsRejected() throws IOException {
    Files.writeString(dir.resolve("short.csv"), "0,1\n1,0\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                new ConfigReader()
                    .parse(
                        """
                        {"name": "s", "horizon": 5, "replications": 1,
                         "environments": [{"type": "table", "csv": "short.csv"}],
                         "policies": [{"type": "ucb1"}]}
                        """,
                        dir));
    assertTrue(e.getMessage().contains("2 rounds, fewer than the horizon 5"), e.getMessage());
  }

  @Test
  void missingFileIsAConfigError() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> new ConfigReader().read(dir.resolve("nope.json")));
    assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
  }
}
