package org.bandits4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.RewardProcess;
import org.bandits4j.simulators.env.TableEnvironment;
import org.bandits4j.simulators.random.RandomStream;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1: one run of T = 100 000 rounds on the 10-arm Bernoulli bandit, single thread, through the
 * public API. One operation is one round: select, look the reward up, update; the score is ns per
 * round. Rewards are drawn once per trial into a 100 000 x 10 table (a {@link TableEnvironment}, as
 * when comparing libraries on identical draws), so the score is the policy's cost plus a table
 * lookup. Rounds 1..K play arm t (round-robin), as the workload protocol prescribes.
 *
 * <p>{@code bare} does the same work with plain arrays and no API (same table, same Gamma sampler),
 * so the API's overhead reads as a ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class W1Benchmark {

  @Param({"ucb1", "thompson"})
  public String policy;

  /**
   * The policy's random generator: {@code stream} is the simulators' {@link RandomStream} (Commons
   * RNG L64X128Mix with Commons' ziggurat normals, identical on every JDK); {@code splittable} is
   * the JDK's {@link SplittableRandom} (SplitMix64 with the JDK's ziggurat normals).
   */
  @Param({"stream", "splittable"})
  public String rng;

  private PolicySpec<? extends Bandit> spec;
  private TableEnvironment table;
  private RandomStream master;
  private long seed;

  @Setup(Level.Trial)
  public void setUp() {
    spec = Workloads.policy(policy);
    master = RandomStream.of(2026);
    table = Workloads.w1Table(master.split());
  }

  /** One W1 run through the public API; returns the pseudo-regret. */
  @Benchmark
  @OperationsPerInvocation(Workloads.W1_HORIZON)
  public double api() {
    RandomGenerator rng = generator();
    RewardProcess rewards = table.start(master);
    Bandit p = spec.create(table.arms());
    ArmSet arms = p.arms();
    int k = arms.size();
    double regret = 0;
    for (int t = 1; t <= Workloads.W1_HORIZON; t++) {
      Selection s = t <= k ? Selection.forced(arms.get(t - 1)) : p.select(rng);
      int arm = s.arm().index();
      p.update(s, rewards.pull(t, arm));
      regret += 0.5 - Workloads.W1_MEANS[arm];
    }
    return regret;
  }

  /** The same run as a bare loop: UCB1 or Beta Thompson sampling on arrays, no API. */
  @Benchmark
  @OperationsPerInvocation(Workloads.W1_HORIZON)
  public double bare() {
    RandomGenerator rng = generator();
    RewardProcess rewards = table.start(master);
    return policy.equals("ucb1") ? bareUcb1(rewards) : bareThompson(rewards, rng);
  }

  private RandomGenerator generator() {
    return rng.equals("stream") ? master.split() : new SplittableRandom(seed++);
  }

  private static double bareUcb1(RewardProcess rewards) {
    int k = Workloads.W1_MEANS.length;
    double[] n = new double[k];
    double[] s = new double[k];
    double regret = 0;
    for (int t = 1; t <= Workloads.W1_HORIZON; t++) {
      int arm = t - 1;
      if (t > k) {
        double logT = 2.0 * Math.log(t - 1);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
          double index = s[i] / n[i] + Math.sqrt(logT / n[i]);
          if (index > best) {
            best = index;
            arm = i;
          }
        }
      }
      double x = rewards.pull(t, arm);
      n[arm] += 1;
      s[arm] += x;
      regret += 0.5 - Workloads.W1_MEANS[arm];
    }
    return regret;
  }

  private static double bareThompson(RewardProcess rewards, RandomGenerator rng) {
    int k = Workloads.W1_MEANS.length;
    GammaTable alpha = new GammaTable(k);
    GammaTable beta = new GammaTable(k);
    double[] a = new double[k];
    double[] b = new double[k];
    java.util.Arrays.fill(a, 1.0);
    java.util.Arrays.fill(b, 1.0);
    double regret = 0;
    for (int t = 1; t <= Workloads.W1_HORIZON; t++) {
      int arm = t - 1;
      if (t > k) {
        double best = -1;
        for (int i = 0; i < k; i++) {
          double x = alpha.sample(i, rng);
          double theta = x / (x + beta.sample(i, rng));
          if (theta > best) {
            best = theta;
            arm = i;
          }
        }
      }
      double r = rewards.pull(t, arm);
      a[arm] += r;
      b[arm] += 1 - r;
      alpha.set(arm, a[arm]);
      beta.set(arm, b[arm]);
      regret += 0.5 - Workloads.W1_MEANS[arm];
    }
    return regret;
  }
}
