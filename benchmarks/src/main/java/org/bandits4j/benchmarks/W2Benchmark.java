package org.bandits4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;
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
 * W2: 100 independent replications of T = 10 000 on W1's bandit, on {@code threads} worker threads
 * (default 2, both cores). One operation is one round; the score is wall-clock ns per round, so
 * rounds per second = 1e9 / score.
 *
 * <ul>
 *   <li>{@code runner}: the replication runner as experiments use it: live Bernoulli draws from
 *       per-arm streams, regret meter, split streams per replication.
 *   <li>{@code lookup}: the workload protocol's cost, "select + update, looking the reward up":
 *       each replication's rewards are drawn once (setup) into a T x K table, and the 100
 *       replications are split between the threads.
 * </ul>
 *
 * <p>Mean ± sd of the final regret: {@code java -cp benchmarks.jar
 * org.bandits4j.benchmarks.WorkloadRegret}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class W2Benchmark {

  private static final int ROUNDS = Workloads.W2_REPLICATIONS * Workloads.W2_HORIZON;

  @Param({"ucb1", "thompson"})
  public String policy;

  @Param({"2"})
  public int threads;

  private PolicySpec<? extends Bandit> spec;
  private BernoulliEnvironment env;
  private long seed;
  private byte[][] tables;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    spec = Workloads.policy(policy);
    env = Workloads.w1Environment();
    tables = new byte[Workloads.W2_REPLICATIONS][];
    RandomStream master = RandomStream.of(2026);
    for (int r = 0; r < tables.length; r++) {
      var process = env.start(master.split());
      byte[] table = new byte[Workloads.W2_HORIZON * Workloads.W1_MEANS.length];
      for (int t = 0; t < Workloads.W2_HORIZON; t++) {
        for (int i = 0; i < Workloads.W1_MEANS.length; i++) {
          table[t * Workloads.W1_MEANS.length + i] = (byte) process.pull(t + 1, i);
        }
      }
      tables[r] = table;
    }
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** One W2 batch through the replication runner (live draws, regret meter). */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public RegretCurves runner() {
    return runner(seed++, threads).run(env, spec);
  }

  /** One W2 batch on pre-drawn reward tables, replications split between the threads. */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public double lookup() throws InterruptedException, ExecutionException {
    List<Future<Double>> parts = new ArrayList<>(threads);
    RandomStream master = RandomStream.of(seed++);
    RandomStream[] streams = new RandomStream[tables.length];
    for (int r = 0; r < streams.length; r++) {
      streams[r] = master.split();
    }
    for (int w = 0; w < threads; w++) {
      int worker = w;
      parts.add(
          pool.submit(
              () -> {
                double regret = 0;
                for (int r = worker; r < tables.length; r += threads) {
                  regret += replication(tables[r], streams[r]);
                }
                return regret;
              }));
    }
    double total = 0;
    for (Future<Double> part : parts) {
      total += part.get();
    }
    return total;
  }

  private double replication(byte[] table, RandomStream rng) {
    Bandit p = spec.create(ArmSet.ofSize(Workloads.W1_MEANS.length));
    ArmSet arms = p.arms();
    int k = arms.size();
    double regret = 0;
    for (int t = 1; t <= Workloads.W2_HORIZON; t++) {
      Selection s = t <= k ? Selection.forced(arms.get(t - 1)) : p.select(rng);
      int arm = s.arm().index();
      p.update(s, table[(t - 1) * k + arm]);
      regret += 0.5 - Workloads.W1_MEANS[arm];
    }
    return regret;
  }

  static ReplicationRunner runner(long seed, int threads) {
    return ReplicationRunner.builder()
        .horizon(Workloads.W2_HORIZON)
        .replications(Workloads.W2_REPLICATIONS)
        .seed(seed)
        .threads(threads)
        .roundRobinStart(true)
        .checkpoints(Workloads.W2_HORIZON)
        .build();
  }
}
