package org.bandits4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentRunner;
import org.bandits4j.experiments.run.FileResultStore;
import org.bandits4j.experiments.run.ProgressListener;
import org.bandits4j.experiments.run.ResultStore;
import org.bandits4j.simulators.regret.RegretCurves;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The experiment runner's overhead over the bare replication loop on W2 (UCB1 on W1's bandit, 100
 * replications of T = 10 000, round-robin start, {@code threads} workers). One operation is one
 * round; the score is wall-clock ns per round, so {@code runner / bare - 1} is the overhead.
 *
 * <ul>
 *   <li>{@code bare}: the simulators' {@code ReplicationRunner.run}, as {@link W2Benchmark#runner}.
 *   <li>{@code runner}: {@code ExperimentRunner} on the same experiment given as a config (shared
 *       task queue, per-replication results, block bookkeeping), without saving.
 *   <li>{@code runnerSaving}: the same, saving finished replications to a fresh folder for resume,
 *       as {@code ./bandits run} does (one block here; deleting it afterwards is not timed).
 * </ul>
 *
 * Outputs (CSV, plots, report) are written once per run and not part of this comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RunnerOverheadBenchmark {

  private static final int ROUNDS = Workloads.W2_REPLICATIONS * Workloads.W2_HORIZON;

  @Param({"2"})
  public int threads;

  private ExperimentConfig config;
  private ExperimentRunner inMemory;
  private Path folder;
  private long seed;
  private Path saved;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StringBuilder means = new StringBuilder();
    for (double m : Workloads.W1_MEANS) {
      means.append(means.length() == 0 ? "" : ", ").append(m);
    }
    config =
        new ConfigReader()
            .parse(
                "{\"name\": \"w2\", \"seed\": 0, \"horizon\": "
                    + Workloads.W2_HORIZON
                    + ", \"replications\": "
                    + Workloads.W2_REPLICATIONS
                    + ", \"checkpoints\": ["
                    + Workloads.W2_HORIZON
                    + "], \"roundRobinStart\": true, \"environments\": [{\"type\": \"bernoulli\","
                    + " \"means\": ["
                    + means
                    + "]}], \"policies\": [{\"type\": \"ucb1\"}]}",
                Path.of("."));
    if (!config.policies().get(0).spec(Workloads.W2_HORIZON).equals(Ucb1Spec.defaults())) {
      throw new IllegalStateException("the config must run W2's UCB1");
    }
    inMemory = runner(ResultStore.none());
    folder = Files.createTempDirectory("bandits4j-overhead-");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    FileResultStore.deleteTree(folder);
  }

  private ExperimentRunner runner(ResultStore store) {
    return new ExperimentRunner(
        threads,
        ExperimentRunner.DEFAULT_BLOCK_ROUNDS,
        store,
        ProgressListener.none(),
        StandardPolicies.registry());
  }

  /** The simulators' replication runner (seed 0, as the runner's config). */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public RegretCurves bare() {
    return W2Benchmark.runner(0, threads).run(Workloads.w1Environment(), Ucb1Spec.defaults());
  }

  /** The experiment runner without saving. */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public ExperimentResults runner() {
    return inMemory.run(config);
  }

  /** A fresh folder for each invocation of {@link #runnerSaving} (not timed). */
  @Setup(Level.Invocation)
  public void freshFolder() {
    saved = folder.resolve(Long.toString(seed++));
  }

  /** Deletes what {@link #runnerSaving} saved (not timed). */
  @TearDown(Level.Invocation)
  public void deleteSaved() throws IOException {
    FileResultStore.deleteTree(saved);
  }

  /** The experiment runner saving the finished block to a fresh folder, as the CLI does. */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public ExperimentResults runnerSaving() {
    return runner(new FileResultStore(saved)).run(config);
  }
}
