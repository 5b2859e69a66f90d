package org.bandits4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bandits4j.algorithms.Policies;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Selection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Contended selects: two threads share one policy and each, per operation, selects and (one time in
 * {@code updateEvery}) learns a reward. Compares the lock-guarded view with the read-mostly view
 * (lock-free selects on replicas published every 256 updates). Throughput in operations per
 * microsecond, both threads together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class ContendedSelectBenchmark {

  @Param({"synchronized", "readMostly"})
  public String view;

  @Param({"ucb1", "thompson"})
  public String policy;

  @Param({"10"})
  public int updateEvery;

  private Bandit shared;

  @Setup
  public void setUp() {
    Bandit inner = Workloads.policy(policy).create(ArmSet.ofSize(Workloads.W1_MEANS.length));
    shared =
        view.equals("synchronized")
            ? Policies.synchronizedView(inner)
            : Policies.readMostlyView(inner, 256);
  }

  /** Per-thread random generator and counter. */
  @State(Scope.Thread)
  public static class Caller {
    final SplittableRandom rng = new SplittableRandom(Thread.currentThread().getId());
    int n;
  }

  @Benchmark
  public Selection selectMostly(Caller caller) {
    Selection s = shared.select(caller.rng);
    if (++caller.n % updateEvery == 0) {
      int arm = s.arm().index();
      shared.update(s, caller.rng.nextDouble() < Workloads.W1_MEANS[arm] ? 1.0 : 0.0);
    }
    return s;
  }
}
