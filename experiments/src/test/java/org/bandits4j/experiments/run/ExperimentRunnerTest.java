package org.bandits4j.experiments.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.run.ExperimentResults.Cell;
import org.bandits4j.experiments.scenario.BanditScenario;
import org.bandits4j.experiments.testing.HorizonTunedSpec;
import org.bandits4j.experiments.testing.TestRegistry;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {

  private static final String EXPERIMENT =
      """
      name: runner
      seed: 17
      horizons: [300, 2000]
      replications: 9
      checkpointsPerDecade: 3
      environments:
        - {label: bern, type: bernoulli, means: [0.3, 0.5, 0.7]}
        - {label: bern2, type: bernoulli, means: [0.1, 0.2]}
      policies:
        - {label: UCB1, type: ucb1}
        - {label: TS, type: thompson-beta}
        - {label: eps, type: epsilon-greedy, epsilon: 0.2}
      """;

  private static ExperimentConfig config(String text, Registry registry) {
    return new ConfigReader(registry).parse(text, Path.of("."));
  }

  private static ExperimentResults run(ExperimentConfig config, int threads, ResultStore store) {
    return new ExperimentRunner(
            threads, 5_000, store, ProgressListener.none(), StandardPolicies.registry())
        .run(config);
  }

  private static ExperimentResults run(ExperimentConfig config, int threads) {
    return run(config, threads, ResultStore.none());
  }

  @Test
  void resultsAreIdenticalForAnyThreadCount() {
    ExperimentConfig config = config(EXPERIMENT, Registry.standard());
    ExperimentResults one = run(config, 1);
    for (int threads : new int[] {2, 3, 8}) {
      ExperimentResults many = run(config, threads);
      assertEquals(one.cells().size(), many.cells().size());
      for (int i = 0; i < one.cells().size(); i++) {
        assertEquals(
            one.cells().get(i).curves(), many.cells().get(i).curves(), threads + " threads");
      }
    }
  }

  @Test
  void aCellEqualsTheReplicationRunnerWithTheSameSeed() {
    ExperimentConfig config = config(EXPERIMENT, Registry.standard());
    ExperimentResults results = run(config, 2);
    for (Cell cell : results.cells()) {
      @SuppressWarnings("unchecked") // the config reader checked that these make Bandits
      PolicySpec<? extends Bandit> spec = (PolicySpec<? extends Bandit>) cell.spec();
      RegretCurves expected =
          ReplicationRunner.builder()
              .horizon(cell.horizon())
              .replications(config.replications())
              .seed(config.seed())
              .checkpoints(config.grid().at(cell.horizon()))
              .threads(1)
              .build()
              .run(((BanditScenario) cell.environment().scenario()).environment(), spec);
      CellCurves got = cell.curves();
      assertArrayEquals(expected.checkpoints(), got.checkpoints());
      for (int j = 0; j < got.checkpoints().length; j++) {
        assertArrayEquals(expected.at(RegretKind.PSEUDO, j), got.at(RegretKind.PSEUDO, j));
        assertArrayEquals(expected.at(RegretKind.REALISED, j), got.at(RegretKind.REALISED, j));
      }
    }
  }

  @Test
  void cellsComeInEnvironmentPolicyHorizonOrder() {
    ExperimentResults results = run(config(EXPERIMENT, Registry.standard()), 2);
    List<String> order = new ArrayList<>();
    for (Cell c : results.cells()) {
      order.add(c.environment().label() + "/" + c.policy().label() + "/" + c.horizon());
    }
    assertEquals(
        List.of(
            "bern/UCB1/300",
            "bern/UCB1/2000",
            "bern/TS/300",
            "bern/TS/2000",
            "bern/eps/300",
            "bern/eps/2000",
            "bern2/UCB1/300",
            "bern2/UCB1/2000",
            "bern2/TS/300",
            "bern2/TS/2000",
            "bern2/eps/300",
            "bern2/eps/2000"),
        order);
  }

  @Test
  void allPoliciesOnAnEnvironmentSeeTheSameRewards() {
    // With a round-robin start every policy pulls arms 0, 1, 2 in rounds 1-3; with common random
    // numbers they then see the same rewards, so their realised regret at t = 3 agrees in every
    // replication, whatever they do later. Another seed gives other rewards.
    String text =
        """
        name: crn
        seed: 5
        horizon: 200
        replications: 12
        checkpoints: [3, 50]
        roundRobinStart: true
        environments: [{type: bernoulli, means: [0.3, 0.5, 0.7]}]
        policies: [{type: ucb1}, {type: thompson-beta}, {type: epsilon-greedy}]
        """;
    ExperimentResults results = run(config(text, Registry.standard()), 2);
    double[] first = results.cells().get(0).curves().at(RegretKind.REALISED, 0);
    for (Cell c : results.cells()) {
      assertArrayEquals(first, c.curves().at(RegretKind.REALISED, 0), c.policy().label());
    }
    assertNotEquals(
        results.cells().get(0).curves().at(RegretKind.REALISED, 1)[0],
        results.cells().get(1).curves().at(RegretKind.REALISED, 1)[0],
        "the policies differ later");
    ExperimentResults other =
        run(config(text.replace("seed: 5", "seed: 6"), Registry.standard()), 2);
    assertNotEquals(
        java.util.Arrays.toString(first),
        java.util.Arrays.toString(other.cells().get(0).curves().at(RegretKind.REALISED, 0)));
  }

  @Test
  void anAnytimePolicyRunsOnceAndItsShortHorizonEqualsASeparateRun() {
    ExperimentConfig both = config(EXPERIMENT, Registry.standard());
    ExperimentConfig shortOnly =
        config(EXPERIMENT.replace("horizons: [300, 2000]", "horizon: 300"), Registry.standard());
    assertEquals(2 * 3, RunPlan.of(both, StandardPolicies.registry()).units().size());
    ExperimentResults a = run(both, 2);
    ExperimentResults b = run(shortOnly, 2);
    for (Cell cell : b.cells()) {
      Cell same =
          a.cells().stream()
              .filter(
                  c ->
                      c.environment().label().equals(cell.environment().label())
                          && c.policy().label().equals(cell.policy().label())
                          && c.horizon() == 300)
              .findFirst()
              .orElseThrow();
      assertEquals(cell.curves(), same.curves());
    }
  }

  @Test
  void aHorizonTunedPolicyRunsOncePerHorizonWithThatHorizon() {
    Registry registry = TestRegistry.withHorizonTuned();
    ExperimentConfig config =
        config(
            """
            name: tuned
            horizons: [100, 1000]
            replications: 3
            environments: [{type: bernoulli, means: [0.4, 0.6]}]
            policies: [{label: tuned, type: horizon-tuned}, {type: ucb1}]
            """,
            registry);
    RunPlan plan = RunPlan.of(config, registry.policies());
    assertEquals(3, plan.units().size());
    assertEquals(new HorizonTunedSpec(100, 0.5), plan.units().get(0).spec());
    assertEquals(100, plan.units().get(0).horizon());
    assertEquals(new HorizonTunedSpec(1000, 0.5), plan.units().get(1).spec());
    assertEquals(List.of(100L, 1000L), plan.units().get(2).servedHorizons());
    ExperimentResults results =
        new ExperimentRunner(
                2, 1000, ResultStore.none(), ProgressListener.none(), registry.policies())
            .run(plan);
    assertEquals(new HorizonTunedSpec(1000, 0.5), results.cells().get(1).spec());
    assertEquals(1000, results.cells().get(1).curves().horizon());
  }

  @Test
  void finishedBlocksAreSavedAndAResumedRunComputesOnlyTheRest() {
    ExperimentConfig config = config(EXPERIMENT, Registry.standard());
    MemoryStore store = new MemoryStore();
    ExperimentResults full = run(config, 2, store);
    assertEquals(6 * 9, full.computed());
    // 5000-round blocks of 2000-round replications: blocks of 2, so 5 blocks per run
    assertEquals(6 * 5, store.blocks.size());
    // forget two blocks, as if the run had been killed before saving them
    List<String> keys = new ArrayList<>(store.blocks.keySet());
    store.blocks.remove(keys.get(0));
    store.blocks.remove(keys.get(7));
    CountingProgress progress = new CountingProgress();
    ExperimentResults resumed =
        new ExperimentRunner(3, 5_000, store, progress, StandardPolicies.registry()).run(config);
    assertTrue(resumed.computed() >= 2 && resumed.computed() <= 4, "" + resumed.computed());
    assertEquals(6 * 9 - resumed.computed(), resumed.reused());
    assertEquals(resumed.computed(), progress.replications.get());
    for (int i = 0; i < full.cells().size(); i++) {
      assertEquals(full.cells().get(i).curves(), resumed.cells().get(i).curves());
    }
  }

  @Test
  void aFailingReplicationNamesThePolicyEnvironmentAndReplication() {
    // Beta Thompson sampling rejects Gaussian rewards outside [0, 1]
    ExperimentConfig config =
        config(
            """
            name: bad
            horizon: 50
            replications: 4
            environments: [{label: wide, type: gaussian, means: [0, 1], sigma: 5}]
            policies: [{label: TS, type: thompson-beta}]
            """,
            Registry.standard());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(config, 2));
    assertTrue(
        e.getMessage()
            .matches(
                "replication \\d of policy 'TS' on environment 'wide' \\(horizon 50\\) failed: .*"),
        e.getMessage());
  }

  /** A store in memory that keeps blocks by key and range. */
  static final class MemoryStore implements ResultStore {
    final Map<String, double[][][]> blocks = new java.util.TreeMap<>();
    private final Map<String, Integer> from = new ConcurrentHashMap<>();

    @Override
    public synchronized Map<Integer, double[][]> load(Unit unit, int replications, int kinds) {
      Map<Integer, double[][]> out = new java.util.HashMap<>();
      blocks.forEach(
          (k, rows) -> {
            if (k.startsWith(unit.key())) {
              int start = from.get(k);
              for (int i = 0; i < rows.length; i++) {
                out.put(start + i, rows[i]);
              }
            }
          });
      return out;
    }

    @Override
    public synchronized void save(Unit unit, int start, double[][][] rows) {
      String k = unit.key() + String.format("-%06d", start);
      blocks.put(k, rows);
      from.put(k, start);
    }
  }

  /** Counts replications reported to a progress listener. */
  static final class CountingProgress implements ProgressListener {
    final AtomicLong replications = new AtomicLong();

    @Override
    public void start(long totalRounds, long toRun, long reused) {}

    @Override
    public void advance(long rounds) {
      replications.incrementAndGet();
    }

    @Override
    public void finish() {}
  }
}
