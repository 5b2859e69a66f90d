package org.bandits4j.experiments.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.scenario.BanditScenario;
import org.bandits4j.experiments.testing.HorizonTunedSpec;
import org.bandits4j.experiments.testing.TestRegistry;
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

  private static final String GOOD_YAML =
      """
      # the same experiment as GOOD, in YAML
      name: t
      seed: 5
      horizon: 1000
      replications: 3
      checkpoints: [10, 100]
      environments:
        - label: b
          type: bernoulli
          means: [0.2, 0.4]
        - {type: gaussian, means: [0, 1], sigma: 0.5}
      policies:
        - {label: U, type: ucb1, c: 1.0}
        - type: epsilon-greedy
          epsilon: 0.05
      """;

  @Test
  void readsAGoodFile() {
    ExperimentConfig c = new ConfigReader().parse(GOOD, dir);
    assertEquals("t", c.name());
    assertEquals(5, c.seed());
    assertEquals(List.of(1000L), c.horizons());
    assertArrayEquals(new long[] {10, 100, 1000}, c.grid().at(1000));
    assertArrayEquals(new long[] {10, 100}, c.grid().at(100));
    assertEquals("b", c.environments().get(0).label());
    assertEquals("gaussian-2", c.environments().get(1).label());
    assertEquals(Ucb1Spec.withC(1.0), c.policies().get(0).spec(1000));
    assertEquals(EpsilonGreedySpec.constant(0.05), c.policies().get(1).spec(1000));
    assertEquals("epsilon-greedy", c.policies().get(1).label());
    assertFalse(c.policies().get(0).horizonTuned());
    // the canonical form fills in every default
    assertEquals(0.0, c.canonical().at("/policies/0/parameters/rewardMin").asDouble());
    assertEquals("CONSTANT", c.canonical().at("/policies/1/parameters/schedule").asText());
  }

  @Test
  void yamlAndJsonFilesReadTheSame() throws IOException {
    Path json = dir.resolve("e.json");
    Path yaml = dir.resolve("e.yaml");
    Files.writeString(json, GOOD);
    Files.writeString(yaml, GOOD_YAML);
    ExperimentConfig a = new ConfigReader().read(json);
    ExperimentConfig b = new ConfigReader().read(yaml);
    assertEquals(a.canonical(), b.canonical());
    assertEquals(a.policies().get(0).spec(1000), b.policies().get(0).spec(1000));
    // without a telling extension the content decides
    Path other = dir.resolve("e.experiment");
    Files.writeString(other, GOOD_YAML);
    assertEquals(a.canonical(), new ConfigReader().read(other).canonical());
  }

  @Test
  void severalHorizonsGiveOneGridPerHorizon() {
    ExperimentConfig c =
        new ConfigReader()
            .parse(
                """
                name: h
                horizons: [100, 1000]
                replications: 2
                checkpointsPerDecade: 1
                environments: [{type: bernoulli, means: [0.5, 0.6]}]
                policies: [{type: ucb1}]
                """,
                dir);
    assertEquals(List.of(100L, 1000L), c.horizons());
    assertEquals(1000, c.maxHorizon());
    assertArrayEquals(new long[] {1, 10, 100}, c.grid().at(100));
    assertArrayEquals(new long[] {1, 10, 100, 1000}, c.grid().at(1000));
  }

  @Test
  void aPolicyWithAHorizonParameterGetsEachHorizon() {
    Registry registry = TestRegistry.withHorizonTuned();
    String file =
        """
        name: tuned
        horizons: [100, 1000]
        replications: 1
        environments: [{type: bernoulli, means: [0.5, 0.6]}]
        policies: [{label: auto, type: horizon-tuned}, {label: fixed, type: horizon-tuned, horizon: 50}]
        """;
    ExperimentConfig c = new ConfigReader(registry).parse(file, dir);
    ExperimentConfig.PolicyEntry auto = c.policies().get(0);
    assertTrue(auto.horizonTuned());
    assertEquals(new HorizonTunedSpec(100, 0.5), auto.spec(100));
    assertEquals(new HorizonTunedSpec(1000, 0.5), auto.spec(1000));
    ExperimentConfig.PolicyEntry fixed = c.policies().get(1);
    assertFalse(fixed.horizonTuned(), "an explicit horizon is kept for every run");
    assertEquals(new HorizonTunedSpec(50, 0.5), fixed.spec(1000));
    assertEquals("each run's horizon", c.canonical().at("/policies/0/parameters/horizon").asText());
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
    BanditScenario scenario = (BanditScenario) c.environments().get(0).scenario();
    TableEnvironment env = (TableEnvironment) scenario.environment();
    assertEquals(3, env.rounds());
    assertArrayEquals(new double[] {0.4, 0.6}, env.means());
    assertTrue(scenario.armModel().isEmpty(), "no bounds for fixed tables");
  }

  @Test
  void theTableFingerprintFollowsTheFileContent() throws IOException {
    String file =
        """
        {"name": "tab", "horizon": 2, "replications": 1,
         "environments": [{"type": "table", "csv": "t.csv"}], "policies": [{"type": "ucb1"}]}
        """;
    Files.writeString(dir.resolve("t.csv"), "0,1\n1,1\n");
    String before =
        new ConfigReader().parse(file, dir).environments().get(0).scenario().fingerprint();
    Files.writeString(dir.resolve("t.csv"), "0,1\n1,0\n");
    String after =
        new ConfigReader().parse(file, dir).environments().get(0).scenario().fingerprint();
    assertFalse(before.equals(after), "saved replications must not survive a changed table");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"horizon\": 10, \"replications\": 1, \"environments\": [], \"policies\": []}|name: is required",
        "{\"name\": \"x\", \"horizon\": 0, \"replications\": 1}|horizon: must be in [1, 1099511627776], was 0",
        "{\"name\": \"x\", \"replications\": 1}|horizon: give exactly one of 'horizon'",
        "{\"name\": \"x\", \"horizon\": 10, \"horizons\": [10], \"replications\": 1}|horizon: give exactly one of 'horizon'",
        "{\"name\": \"x\", \"horizons\": [100, 10], \"replications\": 1}|horizons[1]: horizons must increase, but 10 follows 100",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1.5}|replications: must be an integer",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 0}|replications: must be in [1, 1000000], was 0",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"colour\": 1}|colour: unknown field",
        "{\"name\": \"x y\", \"horizon\": 10, \"replications\": 1}|name: must use letters",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": []}|environments: must be a non-empty array",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"weibull\"}]}|environments[0].type: unknown environment type 'weibull'; known: [bernoulli, gaussian, table, uniform, exponential, poisson, pareto, student-t, log-normal, piecewise, oblivious, dueling, linear, logistic, replay]",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5, 2]}]}|environments[0]: means[1] must be in [0.0, 1.0], was 2.0",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5, \"a\"]}]}|environments[0].means[1]: must be a finite number",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"mean\": [0.5]}]}|environments[0].mean: unknown field",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"gaussian\", \"means\": [0]}]}|give exactly one of 'sigma'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"table\", \"csv\": \"none.csv\"}]}|environments[0].csv: no such file",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"exp9\"}]}|policies[0]: unknown policy 'exp9'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"ucb1\", \"cee\": 1}]}|policies[0]: policy 'ucb1' has no parameter 'cee'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"ucb1\", \"c\": -2}]}|policies[0]: policy 'ucb1': c must be finite and >= 0, was -2.0",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"environments\": [{\"type\": \"bernoulli\", \"means\": [0.5]}], \"policies\": [{\"type\": \"ucb1\"}, {\"type\": \"ucb1\"}]}|policies[1].label: duplicate label 'ucb1'",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"checkpoints\": [5, 3]}|checkpoints: checkpoints must increase",
        "{\"name\": \"x\", \"horizon\": 10, \"replications\": 1, \"checkpoints\": [5, 30]}|checkpoints: checkpoint[1] must be in [1, 10], was 30",
        "{\"name\": \"x\", \"horizon\": 10 \"replications\": 1}|(document): not valid JSON",
        "{\"name\": \"x\", \"name\": \"y\", \"horizon\": 10, \"replications\": 1}|(document): not valid JSON",
      })
  void badJsonNamesTheField(String json, String expected) {
    assertRejected(json, expected);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "name: x\\nhorizon: 10\\nreplications: [1]|replications: must be an integer",
        "name: x\\nhorizon: 10\\nreplications: 1\\nenvironments:\\n  - type: bernoulli\\n    means: [0.5, 1.5]|environments[0]: means[1] must be in [0.0, 1.0], was 1.5",
        "name: x\\nhorizon: 10\\nreplications: 1\\nenvironments:\\n  - type: gaussian\\n    means: [0, 1]\\n    sigma: -1|environments[0]: sigmas[0] must be finite and >= 0, was -1.0",
        "name: x\\nhorizon: 10\\nreplications: 1\\nenvironments: [{type: bernoulli, means: [0.5]}]\\npolicies:\\n  - type: epsilon-greedy\\n    schedule: SOMETIMES|policies[0]: policy 'epsilon-greedy'",
        "name: x\\nhorizon: 10\\nreplications: 1\\nenvironments: [{type: bernoulli, means: [0.5]}]\\npolicies: [{type: ucb1, label: no}]|policies[0].label: must be a non-blank string, was false",
        "name: x\\nhorizon: 10\\nhorizon: 20\\nreplications: 1|(document): not valid YAML",
        "name: x\\nhorizon: [10\\nreplications: 1|(document): not valid YAML",
        "- just\\n- a list|(document): must be an object",
      })
  void badYamlNamesTheField(String yaml, String expected) {
    assertRejected(yaml.replace("\\n", "\n"), expected);
  }

  private void assertRejected(String text, String expected) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigReader().parse(text, dir));
    assertTrue(
        e.getMessage().contains(expected), "<" + e.getMessage() + "> lacks <" + expected + ">");
  }

  @Test
  void aPolicyThatCannotRunOnAnEnvironmentIsRejectedBeforeRunning() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                new ConfigReader(TestRegistry.withHorizonTuned())
                    .parse(
                        """
                        name: x
                        horizon: 10
                        replications: 1
                        environments: [{label: one-arm, type: bernoulli, means: [0.5]}]
                        policies: [{label: tuned, type: horizon-tuned}]
                        """,
                        dir));
    assertEquals(
        "policies[0]: policy 'tuned' cannot run on environment 'one-arm': needs at least 2 arms,"
            + " got 1",
        e.getMessage());
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
                        {"name": "s", "horizons": [1, 5], "replications": 1,
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
