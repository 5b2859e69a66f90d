package org.bandits4j.experiments.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReproductionSuiteTest {

  @TempDir Path dir;

  @Test
  void theBuiltInSuiteIsValidInBothModes() {
    ReproductionSuite suite = ReproductionSuite.standard();
    assertEquals(
        List.of(
            "ucb1", "thompson-beta", "epsilon-greedy", "kl-ucb", "moss", "ucb-v", "rmed1", "oful"),
        suite.reproductions().stream().map(Reproduction::name).toList());
    List<ExperimentConfig> full = suite.configs(false, Registry.standard());
    List<ExperimentConfig> quick = suite.configs(true, Registry.standard());
    assertEquals(100_000, full.get(0).maxHorizon());
    assertEquals(10_000, quick.get(0).maxHorizon());
    assertEquals(1000, full.get(1).replications(), "Thompson sampling needs 1000 (heavy tail)");
  }

  private static final String BASE =
      """
      name: r
      algorithm: UCB1
      title: t
      source: s
      experiment:
        seed: 1
        horizon: 1000
        replications: 4
        checkpoints: [10, 100, 1000]
        environments: [{label: E, type: bernoulli, means: [0.9, 0.8]}]
        policies: [{label: U, type: ucb1}, {label: T, type: thompson-beta}]
      criteria:
        - CRITERION
      """;

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{setting: E, policy: U, statistic: median, comparison: '<=', bound: ucb1-auer}|r.yaml: criteria[0].statistic: unknown value 'median'; known: mean, log-slope, increment",
        "{setting: E, policy: T, statistic: mean, comparison: '<=', bound: ucb1-auer}|r.yaml: criteria[0].bound: bound 'ucb1-auer' does not apply to 'T' on 'E'",
        "{setting: E, policy: U, statistic: mean, comparison: '<=', bound: kl-ucb}|r.yaml: criteria[0].bound: unknown bound 'kl-ucb'",
        "{setting: F, policy: U, statistic: mean, comparison: '<=', bound: ucb1-auer}|r.yaml: criteria[0].setting: no environment labelled 'F'",
        "{setting: E, policy: V, statistic: mean, comparison: '<=', bound: ucb1-auer}|r.yaml: criteria[0].policy: no policy labelled 'V'",
        "{setting: E, policy: U, statistic: mean, at: 500, comparison: '<=', bound: ucb1-auer}|r.yaml: criteria[0]: round 500 is not a checkpoint",
        "{setting: E, policy: U, statistic: log-slope, from: 10, to: 300, comparison: '<=', bound: ucb1-auer}|r.yaml: criteria[0]: round 300 is not a checkpoint",
        "{setting: E, policy: U, statistic: mean, comparison: within, factors: [2, 1], bound: ucb1-auer}|r.yaml: criteria[0].factors: must be [low, high]",
        "{setting: E, policy: U, statistic: mean, comparison: agrees, bound: ucb1-auer}|r.yaml: criteria[0]: 'agrees' takes a 'reference'",
        "{setting: E, policy: U, statistic: mean, comparison: '<=', bound: ucb1-auer, only: sometimes}|r.yaml: criteria[0].only: must be 'full' or 'quick'",
        "{setting: E, policy: U, statistic: mean, comparison: '<', bound: ucb1-auer}|r.yaml: criteria[0].comparison: unknown value '<'",
      })
  void badReproductionFilesNameTheFileAndField(String criterion, String expected)
      throws IOException {
    Path folder = dir.resolve("suite");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("r.yaml"), BASE.replace("CRITERION", criterion));
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ReproductionSuite.fromFolder(folder).configs(false, Registry.standard()));
    assertTrue(
        e.getMessage().startsWith(expected), "<" + e.getMessage() + "> lacks <" + expected + ">");
  }

  /**
   * Results with hand-made regret: replication 0 has R(10) = 2, R(100) = 6; replication 1 has 4,
   * 12.
   */
  private static ExperimentResults handMade() {
    ExperimentConfig config =
        new ConfigReader()
            .parse(
                """
                name: hand
                horizon: 100
                replications: 2
                checkpoints: [10]
                environments: [{label: E, type: bernoulli, means: [0.9, 0.8]}]
                policies: [{label: U, type: ucb1}]
                """,
                Path.of("."));
    double[][][] values = {{{2, 6}, {4, 12}}, {{0, 0}, {0, 0}}};
    CellCurves curves =
        new CellCurves(
            new long[] {10, 100}, List.of(RegretKind.PSEUDO, RegretKind.REALISED), values);
    var cell =
        new ExperimentResults.Cell(
            config.environments().get(0),
            config.policies().get(0),
            100,
            config.policies().get(0).spec(100),
            curves);
    return new ExperimentResults(config, List.of(cell), 0, 0);
  }

  private static Verdict verdict(String criterion) {
    Reproduction r =
        Reproduction.parse(
            ConfigReader.tree(BASE.replace("CRITERION", criterion), true), "hand.yaml");
    return Evaluator.evaluate(r, r.criteria().get(0), handMade(), Registry.standard()).get(0);
  }

  @Test
  void statisticsAreComputedAsByHand() {
    // log-slope per replication: (6 - 2)/ln 10 = 1.737, (12 - 4)/ln 10 = 3.474; mean 2.606,
    // sd |3.474 - 1.737|/sqrt 2 = 1.228, SE 0.869; + 2 SE = 4.343.
    // Auer bound's log-slope over [10, 100]: 8 (ln 100 - ln 10)/0.1 / ln 10 = 80.
    Verdict slope =
        verdict(
            "{setting: E, policy: U, statistic: log-slope, from: 10, to: 100, se: 2, comparison: '<=', bound: ucb1-auer}");
    assertEquals("4.34", slope.value());
    assertEquals("<= ucb1-auer: 80.0", slope.bound());
    assertTrue(slope.pass());
    // increment: 4 and 8, mean 6, SE 2; the bound's increment is 8 ln(10) / 0.1 = 184.2, and
    // [0.03, 0.04] x 184.2 = [5.53, 7.37] holds 6 (no margin)
    Verdict increment =
        verdict(
            "{setting: E, policy: U, statistic: increment, from: 10, to: 100, comparison: within, factors: [0.03, 0.04], bound: ucb1-auer}");
    assertEquals("6.00 ± 2.00", increment.value());
    assertEquals("within [0.03 x ucb1-auer, 0.04 x ucb1-auer]: [5.53, 7.37]", increment.bound());
    assertTrue(increment.pass());
    // mean at 100: 9, SE 3; agrees with 9 +- max(0.45, 3 x 3) but not with 20 (|9 - 20| > 9)
    assertTrue(
        verdict(
                "{setting: E, policy: U, statistic: mean, at: 100, comparison: agrees, reference: {mean: 9.5, se: 0}}")
            .pass());
    Verdict far =
        verdict(
            "{setting: E, policy: U, statistic: mean, at: 100, comparison: agrees, reference: {mean: 20, se: 0}}");
    assertFalse(far.pass());
    assertEquals("20.0 ± 9.00", far.bound().substring(far.bound().lastIndexOf(": ") + 2));
    // every checkpoint: the tightest is reported; R <= 0.2 x lai-robbins fails at t = 100
    Verdict every =
        verdict(
            "{setting: E, policy: U, statistic: mean, at: every, comparison: '<=', factor: 0.2, bound: lai-robbins}");
    assertFalse(every.pass());
    assertTrue(every.value().endsWith("(tightest at t = 100)"), every.value());
  }

  @Test
  void aSuiteRunsReportsAndFailsOnAFailedCriterion() throws IOException {
    Path folder = dir.resolve("suite");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("r.yaml"),
        BASE.replace("horizon: 1000", "horizon: 1000\n  # quick below")
            .replace(
                "- CRITERION",
                """
                - {setting: E, policy: U, statistic: mean, at: every, se: 2, comparison: '<=', bound: ucb1-auer}
                  - {setting: E, policy: T, statistic: mean, comparison: '<=', factor: 0.01, bound: lai-robbins, only: full}
                """)
            .replace("criteria:", "quick: {replications: 3}\ncriteria:"));
    Path out = dir.resolve("out");
    assertEquals(
        0,
        org.bandits4j.experiments.cli.BanditsCli.execute(
            "reproduce", "--quick", "--suite", folder.toString(), "-o", out.toString(), "-q"));
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("1 of 1 criteria pass."), report);
    assertTrue(Files.exists(out.resolve("r").resolve("report.html")));
    assertEquals(
        1,
        org.bandits4j.experiments.cli.BanditsCli.execute(
            "reproduce", "--suite", folder.toString(), "-o", out.toString(), "-q"),
        "the full mode has a failing criterion");
    assertTrue(Files.readString(out.resolve("report.html")).contains("class=\"fail\">FAIL"));
  }
}
