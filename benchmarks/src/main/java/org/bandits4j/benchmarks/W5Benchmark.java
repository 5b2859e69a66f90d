package org.bandits4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.contextual.FeatureDistribution;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearModel;
import org.bandits4j.simulators.random.RandomStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W5: W3 at scale, {@code d ∈ {20, 100, 500}}, {@code K ∈ {10, 100, 1000}}, for disjoint LinUCB and
 * per-arm linear Thompson sampling (shared context {@code x ~ N(0, I)}, {@code θ_k ~ N(0, I/d)}, K
 * per-arm models) and OFUL (one shared model over K unit-sphere rows per round, {@code ‖θ*‖ = 1}).
 * One operation is one round (select + update) of a policy trained for {@code 2K} rounds in setup;
 * the contexts cycle through a pool of 32 recorded rounds. Score: µs per round.
 *
 * <p>Expected scaling: O(K d²) per round for all three (K quadratic forms or triangular solves of
 * order d; the update is O(d²)). Memory: about {@code 2 d²} doubles per per-arm model, so the cell
 * {@code d = 500, K = 1000} of LinUCB and LinTS needs about 4 GB of heap ({@code -Xmx6g} is set).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class W5Benchmark {

  private static final int POOL = 32;

  @Param({"linucb", "lints", "oful"})
  public String policy;

  @Param({"20", "100", "500"})
  public int d;

  @Param({"10", "100", "1000"})
  public int k;

  private ContextualBandit bandit;
  private ContextualWorkloads.Table table;
  private RandomStream rng;
  private int t;

  @Setup(Level.Trial)
  public void setUp() {
    RandomStream master = RandomStream.of(2026);
    boolean shared = policy.equals("oful");
    LinearEnvironment env =
        shared
            ? new LinearEnvironment(
                LinearModel.builder(k)
                    .rows(d, true)
                    .contexts(FeatureDistribution.SPHERE, 1.0)
                    .coefficients(FeatureDistribution.SPHERE, 1.0)
                    .build(),
                ContextualWorkloads.W3_NOISE)
            : ContextualWorkloads.w3(d, k);
    table = ContextualWorkloads.record(env, POOL, master.split());
    rng = master.split();
    bandit = ContextualWorkloads.policy(policy, d).create(ArmSet.ofSize(k));
    for (int i = 0; i < 2 * k; i++) {
      round();
    }
  }

  /** One round: select, then learn the recorded reward. */
  @Benchmark
  public int round() {
    int i = t++ % POOL;
    Context c = table.contexts()[i];
    Selection s = bandit.select(c, rng);
    int arm = s.arm().index();
    bandit.update(c, s, table.rewards()[i][arm]);
    return arm;
  }
}
