package org.bandits4j.experiments.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.dueling.Rmed1Spec;
import org.bandits4j.algorithms.linear.LinUcbSpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentRunner;
import org.bandits4j.experiments.run.ProgressListener;
import org.bandits4j.experiments.run.ResultStore;
import org.bandits4j.simulators.contextual.ContextualReplicationRunner;
import org.bandits4j.simulators.dueling.DuelingCurves;
import org.bandits4j.simulators.dueling.MatrixDuelingEnvironment;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.DuelingReplicationRunner;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heavy-tailed, non-stationary, dueling and contextual environment types: parsing good and bad
 * entries, a small run of each scenario kind with results identical for any thread count, and the
 * rejection of a policy of the wrong kind before anything runs.
 */
class ScenarioKindsTest {

  @TempDir static Path dir;

  /** Context-free policies on heavy-tailed and non-stationary arms. */
  static final String CONTEXT_FREE =
      """
      name: context-free
      seed: 21
      horizons: [200, 600]
      replications: 7
      checkpointsPerDecade: 4
      environments:
        - {label: pw, type: piecewise, segments: [{start: 1, means: [0.9, 0.1]}, {start: 300, means: [0.1, 0.9]}]}
        - {label: rot, type: piecewise, rotating: {breakpoints: 2, base: [0.8, 0.5, 0.2]}}
        - {label: obl, type: oblivious, decoy: {arms: 2}}
      policies:
        - {label: D-TS, type: discounted-thompson}
        - {label: EXP3, type: exp3-ix}
      """;

  /** Context-free policies for unbounded rewards on heavy-tailed arms. */
  static final String HEAVY_TAIL =
      """
      name: heavy-tail
      seed: 25
      horizon: 400
      replications: 6
      checkpointsPerDecade: 4
      environments:
        - {label: par, type: pareto, means: [0.5, 0.0], shape: 2.5, scale: 0.5}
        - {label: st, type: student-t, means: [0.5, 0.0], degreesOfFreedom: 3}
        - {label: ln, type: log-normal, means: [0.5, 0.0], sigma: 0.5}
        - {label: uni, type: uniform, means: [0.5, 0.3], halfWidth: 0.2}
        - {label: exp, type: exponential, means: [1.0, 0.5]}
        - {label: poi, type: poisson, means: [2.0, 1.0]}
      policies:
        - {label: TS-NG, type: thompson-normal-gamma}
        - {label: Robust-UCB, type: robust-ucb}
      """;

  /** Dueling policies on the three ways of giving preferences. */
  static final String DUELING =
      """
      name: dueling
      seed: 22
      horizon: 500
      replications: 6
      checkpointsPerDecade: 4
      environments:
        - {label: Lin-4, type: dueling, family: lin, arms: 4}
        - {label: BT, type: dueling, utilities: [1, 0.5, 0], link: bradley-terry}
        - {label: TH, type: dueling, utilities: [1, 0.5, 0], link: thurstone, draws: noisy-utilities}
        - {label: LL, type: dueling, utilities: [1, 0.5, 0], link: linear}
        - {label: Cop-3, type: dueling, family: cop-3}
        - {label: file, type: dueling, csv: prefs.csv}
      policies:
        - {label: RMED1, type: rmed1}
        - {label: D-TS, type: double-thompson}
      """;

  /** Contextual (and one context-free) policies on linear, logistic and logged rounds. */
  static final String CONTEXTUAL =
      """
      name: contextual
      seed: 23
      horizon: 300
      replications: 5
      checkpointsPerDecade: 4
      environments:
        - {label: lin, type: linear, arms: 4, dimension: 3, noise: 0.1}
        - {label: fixed, type: linear, arms: 4, dimension: 3, noise: 0.1, minimumGap: 0.05}
        - {label: given, type: linear, arms: 4, dimension: 3, noise: 0.1, theta: [0.6, 0, 0.8]}
        - {label: logit, type: logistic, arms: 4, dimension: 3, thetaNorm: 2}
      policies:
        - {label: OFUL, type: oful, dimension: 3, noise: 0.1}
        - {label: LinTS, type: lints, dimension: 3}
        - {label: eps, type: epsilon-greedy, epsilon: 0.1}
      """;

  @BeforeAll
  static void files() throws IOException {
    Files.writeString(dir.resolve("prefs.csv"), "a,b,c\n0.5,0.7,0.9\n0.3,0.5,0.6\n0.1,0.4,0.5\n");
    StringBuilder log = new StringBuilder("x,r0,r1\n");
    for (int t = 0; t < 400; t++) {
      double x = (t % 7) / 7.0;
      log.append(String.format(Locale.ROOT, "%.4f,%d,%d%n", x, t % 3 == 0 ? 1 : 0, t % 2));
    }
    Files.writeString(dir.resolve("log.csv"), log);
  }

  private static ExperimentConfig parse(String text) {
    return new ConfigReader().parse(text, dir);
  }

  private static ExperimentResults run(ExperimentConfig config, int threads) {
    return new ExperimentRunner(
            threads,
            1_000,
            ResultStore.none(),
            ProgressListener.none(),
            StandardPolicies.registry())
        .run(config);
  }

  private static void assertSameForAnyThreadCount(String text) {
    ExperimentConfig config = parse(text);
    ExperimentResults one = run(config, 1);
    ExperimentResults three = run(config, 3);
    assertEquals(one.cells().size(), three.cells().size());
    for (int i = 0; i < one.cells().size(); i++) {
      assertEquals(one.cells().get(i).curves(), three.cells().get(i).curves(), "cell " + i);
    }
    // every cell learned something: positive regret at the horizon, finite everywhere
    for (ExperimentResults.Cell cell : one.cells()) {
      RegretKind first = cell.curves().kinds().get(0);
      int last = cell.curves().checkpoints().length - 1;
      double mean = cell.curves().mean(first, last);
      assertTrue(Double.isFinite(mean), cell.environment().label() + " " + cell.policy().label());
    }
  }

  @Test
  void contextFreeKindsGiveTheSameResultsForAnyThreadCount() {
    assertSameForAnyThreadCount(CONTEXT_FREE);
    assertSameForAnyThreadCount(HEAVY_TAIL);
  }

  @Test
  void duelingGivesTheSameResultsForAnyThreadCount() {
    assertSameForAnyThreadCount(DUELING);
  }

  @Test
  void contextualGivesTheSameResultsForAnyThreadCount() {
    assertSameForAnyThreadCount(CONTEXTUAL);
    assertSameForAnyThreadCount(
        """
        name: replay
        seed: 24
        horizon: 300
        replications: 4
        environments:
          - {label: log, type: replay, csv: log.csv, arms: 2, sharedDimension: 1}
          - {label: shuffled, type: replay, csv: log.csv, arms: 2, sharedDimension: 1, shuffle: true}
        policies:
          - {label: LinUCB, type: linucb, dimension: 1}
          - {label: eps, type: epsilon-greedy, epsilon: 0.1}
        """);
  }

  @Test
  void parsedScenariosHaveTheirKindsAndRegretKinds() {
    List<EnvironmentEntry> free = parse(CONTEXT_FREE).environments();
    assertEquals(PolicyKind.CONTEXT_FREE, free.get(0).scenario().runs());
    assertEquals(
        List.of(RegretKind.PSEUDO, RegretKind.REALISED), free.get(0).scenario().regretKinds());
    assertEquals(
        List.of(RegretKind.PSEUDO, RegretKind.REALISED, RegretKind.HINDSIGHT),
        free.get(2).scenario().regretKinds());
    assertEquals(
        List.of(RegretKind.COPELAND_DUELING),
        parse(DUELING).environments().get(4).scenario().regretKinds());
    assertEquals(
        "pareto",
        parse(HEAVY_TAIL).environments().get(0).scenario().armModel().orElseThrow().family());
    assertTrue(
        free.get(0).scenario().description().contains("breakpoints at 300"),
        free.get(0).scenario().description());
    List<EnvironmentEntry> duel = parse(DUELING).environments();
    assertEquals(PolicyKind.DUELING, duel.get(0).scenario().runs());
    assertEquals(
        List.of(RegretKind.STRONG_DUELING, RegretKind.WEAK_DUELING),
        duel.get(0).scenario().regretKinds());
    assertEquals(
        PreferenceMatrix.linear(4), duel.get(0).scenario().armModel().orElseThrow().preferences());
    assertEquals(
        0.7, duel.get(5).scenario().armModel().orElseThrow().preferences().probability(0, 1));
    // linear link: P[0][2] = (1 + 1 - 0) / 2
    assertEquals(
        1.0, duel.get(3).scenario().armModel().orElseThrow().preferences().probability(0, 2));
    List<EnvironmentEntry> ctx = parse(CONTEXTUAL).environments();
    assertEquals(PolicyKind.CONTEXTUAL, ctx.get(0).scenario().runs());
    assertEquals(
        new ArmModel.LinearSetting(3, 4, 1.0, 1.0, 0.1),
        ctx.get(0).scenario().armModel().orElseThrow().linear());
    assertTrue(ctx.get(3).scenario().armModel().isEmpty(), "no OFUL bound for logistic rewards");
  }

  @Test
  void aDuelingCellEqualsTheDuelingReplicationRunnerWithTheSameSeed() {
    ExperimentConfig config =
        parse(
            """
            name: d
            seed: 99
            horizon: 400
            replications: 5
            checkpoints: [100, 400]
            environments: [{label: Lin-5, type: dueling, family: lin, arms: 5}]
            policies: [{label: RMED1, type: rmed1}]
            """);
    DuelingCurves expected =
        DuelingReplicationRunner.of(
                ReplicationRunner.builder()
                    .horizon(400)
                    .replications(5)
                    .seed(99)
                    .checkpoints(100, 400)
                    .threads(1)
                    .build())
            .run(new MatrixDuelingEnvironment(PreferenceMatrix.linear(5)), Rmed1Spec.defaults());
    var got = run(config, 2).cells().get(0).curves();
    for (int j = 0; j < 2; j++) {
      assertArrayEquals(
          expected.at(RegretKind.STRONG_DUELING, j), got.at(RegretKind.STRONG_DUELING, j));
      assertArrayEquals(
          expected.at(RegretKind.WEAK_DUELING, j), got.at(RegretKind.WEAK_DUELING, j));
    }
  }

  /**
   * Delayed feedback: a contextual cell with {@code feedbackBatch: 50} equals the contextual
   * replication runner with the same seed and batch, and differs from the same cell with immediate
   * feedback (LinUCB decides 50 rounds at a time on a stale model).
   */
  @Test
  void aDelayedFeedbackCellEqualsTheContextualRunnerWithTheSameBatch() {
    String template =
        """
        name: delayed
        seed: 31
        horizon: 400
        replications: 3
        checkpoints: [100, 400]
        environments: [{label: lin, type: linear, arms: 4, dimension: 3, noise: 0.1%s}]
        policies: [{label: LinUCB, type: linucb, dimension: 3}]
        """;
    ExperimentConfig delayed = parse(String.format(Locale.ROOT, template, ", feedbackBatch: 50"));
    ContextualScenario scenario = (ContextualScenario) delayed.environments().get(0).scenario();
    assertEquals(50, scenario.feedbackBatch());
    assertTrue(
        scenario.description().endsWith("feedback in batches of 50 rounds"),
        scenario.description());
    ContextualScenario immediate =
        (ContextualScenario)
            parse(String.format(Locale.ROOT, template, "")).environments().get(0).scenario();
    assertEquals(1, immediate.feedbackBatch());
    assertNotEquals(immediate.fingerprint(), scenario.fingerprint());
    RegretCurves expected =
        ContextualReplicationRunner.builder()
            .horizon(400)
            .replications(3)
            .seed(31)
            .checkpoints(100, 400)
            .feedbackBatch(50)
            .threads(1)
            .build()
            .run(scenario.environment(), (LinUcbSpec) delayed.policies().get(0).specs().get(400L));
    var got = run(delayed, 2).cells().get(0).curves();
    var now = run(parse(String.format(Locale.ROOT, template, "")), 2).cells().get(0).curves();
    for (int j = 0; j < 2; j++) {
      assertArrayEquals(expected.at(RegretKind.PSEUDO, j), got.at(RegretKind.PSEUDO, j));
      assertArrayEquals(expected.at(RegretKind.REALISED, j), got.at(RegretKind.REALISED, j));
    }
    assertNotEquals(now.mean(RegretKind.PSEUDO, 1), got.mean(RegretKind.PSEUDO, 1));
  }

  @Test
  void theObliviousTableRecordsHindsightRegretThatDiffersFromPseudoRegret() {
    ExperimentResults r = run(parse(CONTEXT_FREE), 2);
    var cell =
        r.cells().stream()
            .filter(c -> c.environment().label().equals("obl") && c.horizon() == 600)
            .findFirst()
            .orElseThrow();
    int last = cell.curves().checkpoints().length - 1;
    assertNotEquals(
        cell.curves().mean(RegretKind.PSEUDO, last),
        cell.curves().mean(RegretKind.HINDSIGHT, last));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rucb|{type: bernoulli, means: [0.5, 0.4]}|'rucb' is a dueling policy; environment 'env'"
            + " runs context-free bandits",
        "linucb|{type: gaussian, means: [0.5, 0.4], sigma: 1}|'linucb' is a contextual policy;"
            + " environment 'env' runs context-free bandits",
        "ucb1|{type: dueling, family: lin, arms: 3}|'ucb1' is a context-free policy; environment"
            + " 'env' runs dueling bandits (duels)",
        "rmed1|{type: linear, arms: 3, dimension: 2, noise: 0.1}|'rmed1' is a dueling policy;"
            + " environment 'env' runs contextual bandits",
      })
  void aPolicyOfTheWrongKindIsRejectedBeforeRunning(String policy, String env, String message) {
    String text =
        "name: x\nhorizon: 10\nreplications: 1\nenvironments:\n  - {label: env, "
            + env.substring(1)
            + "\npolicies:\n  - {type: "
            + policy
            + "}\n";
    ConfigException e = assertThrows(ConfigException.class, () -> parse(text));
    assertEquals("policies[0]: " + message, e.getMessage());
  }

  @Test
  void theBriefsExampleMessage() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                parse(
                    """
                    name: x
                    horizon: 10
                    replications: 1
                    environments: [{label: Bern-B, type: bernoulli, means: [0.9, 0.8]}]
                    policies: [{type: ucb1}, {type: thompson-beta}, {type: rucb}]
                    """));
    assertEquals(
        "policies[2]: 'rucb' is a dueling policy; environment 'Bern-B' runs context-free bandits",
        e.getMessage());
  }

  @Test
  void aContextualPolicyOfAnotherDimensionIsRejectedBeforeRunning() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                parse(
                    """
                    name: x
                    horizon: 10
                    replications: 1
                    environments: [{label: lin, type: linear, arms: 3, dimension: 4, noise: 0.1}]
                    policies: [{label: OFUL, type: oful, dimension: 5}]
                    """));
    assertTrue(
        e.getMessage()
            .startsWith(
                "policies[0]: policy 'OFUL' cannot run on environment 'lin': policy 'oful' does"
                    + " not accept this environment's contexts"),
        e.getMessage());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{type: pareto, means: [0, 1]}|environments[0].shape: is required",
        "{type: uniform, means: [0, 1]}|environments[0].halfWidth: is required",
        "{type: poisson, means: [1, 2], halfWidth: 1}|environments[0].halfWidth: unknown field",
        "{type: exponential, means: [1, -2]}|environments[0]: means[1] must be",
        "{type: pareto, means: [0, 1], shape: 0.5}|environments[0]: shape must be finite and > 1",
        "{type: student-t, means: [0, 1], degreesOfFreedom: 3, scale: -1}|environments[0]: scale must be finite and > 0",
        "{type: log-normal, means: [0, 1], sigma: 1, shape: 2}|environments[0].shape: unknown field",
        "{type: piecewise}|environments[0]: give exactly one of 'segments', 'rotating' or 'decoy'",
        "{type: piecewise, segments: [{start: 2, means: [0.5]}]}|environments[0]: the first segment must start at round 1",
        "{type: piecewise, segments: [{start: 1, mean: [0.5]}]}|environments[0].segments[0].mean: unknown field",
        "{type: piecewise, segments: [{start: 1, means: [1.5]}]}|environments[0]: Bernoulli means[0][0] must be in [0, 1]",
        "{type: oblivious, rotating: {breakpoints: 2}}|environments[0].rotating.base: is required",
        "{type: oblivious, decoy: {arms: 1}}|environments[0].decoy.arms: must be in [2,",
        "{type: dueling, family: lin}|environments[0].arms: is required by family 'lin'",
        "{type: dueling, family: lin4}|environments[0].family: unknown family 'lin4'",
        "{type: dueling, utilities: [1, 0], link: logit}|environments[0].link: unknown link 'logit'",
        "{type: dueling, utilities: [1, 2], link: linear}|environments[0].utilities[1]: must be in [0, 1]",
        "{type: dueling, utilities: [1, 0], family: cop-3}|environments[0]: give exactly one of 'utilities', 'family' or 'csv'",
        "{type: dueling, family: cop-3, link: thurstone}|environments[0].link: only with 'utilities'",
        "{type: dueling, csv: none.csv}|environments[0].csv: no such file",
        "{type: linear, arms: 3, dimension: 2}|environments[0].noise: is required",
        "{type: linear, arms: 3, dimension: 2, noise: 0.1, features: cols}|environments[0].features: must be rows, per-arm or shared",
        "{type: linear, arms: 3, dimension: 2, noise: 0.1, theta: [1, 0, 0]}|environments[0].theta: must have 2 entries",
        "{type: linear, arms: 3, dimension: 2, noise: 0.1, features: shared, minimumGap: 0.1}|environments[0].minimumGap: only with features 'rows'",
        "{type: logistic, arms: 3, dimension: 2, noise: 0.1}|environments[0].noise: unknown field",
        "{type: replay, csv: log.csv}|environments[0].arms: is required",
        "{type: replay, csv: log.csv, arms: 3, sharedDimension: 1}|environments[0].csv:",
        "{type: replay, binary: log.csv, arms: 2}|environments[0].arms: only with 'csv'",
        "{type: replay, csv: log.csv, arms: 2, sharedDimension: 1, shuffle: 1}|environments[0].shuffle: must be true or false",
        "{type: linear, arms: 3, dimension: 2, noise: 0.1, feedbackBatch: 0}|environments[0].feedbackBatch: must be in [1, 1000000000], was 0",
        "{type: logistic, arms: 3, dimension: 2, feedbackBatch: 2.5}|environments[0].feedbackBatch: must be an integer",
        "{type: replay, csv: log.csv, arms: 2, sharedDimension: 1, feedbackBatch: -1}|environments[0].feedbackBatch: must be in [1,",
      })
  void badEntriesNameTheField(String env, String expected) {
    String text =
        "name: x\nhorizon: 10\nreplications: 1\nenvironments:\n  - " + env + "\npolicies: []\n";
    ConfigException e = assertThrows(ConfigException.class, () -> parse(text));
    assertTrue(
        e.getMessage().contains(expected), "<" + e.getMessage() + "> lacks <" + expected + ">");
  }

  @Test
  void aReplayLogShorterThanTheHorizonIsRejected() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                parse(
                    """
                    name: x
                    horizon: 1000
                    replications: 1
                    environments: [{type: replay, csv: log.csv, arms: 2, sharedDimension: 1}]
                    policies: []
                    """));
    assertEquals(
        "environments[0]: the log has 400 rounds, fewer than the horizon 1000", e.getMessage());
  }
}
