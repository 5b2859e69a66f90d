package org.bandits4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W2: 100 independent replications of T = 10 000 on W1's bandit, run by the replication runner on
 * {@code threads} worker threads (default 2, both cores). One operation is one round; the score is
 * wall-clock ns per round, so rounds per second = 1e9 / score. The runner's regret meter is
 * included.
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

  @Param({"ucb1", "thompson"})
  public String policy;

  @Param({"2"})
  public int threads;

  private PolicySpec<? extends Bandit> spec;
  private BernoulliEnvironment env;
  private long seed;

  @Setup
  public void setUp() {
    spec = Workloads.policy(policy);
    env = Workloads.w1Environment();
  }

  /** One W2 batch: 100 replications x 10 000 rounds. */
  @Benchmark
  @OperationsPerInvocation(Workloads.W2_REPLICATIONS * Workloads.W2_HORIZON)
  public RegretCurves run() {
    return runner(seed++, threads).run(env, spec);
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
