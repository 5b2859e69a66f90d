package org.bandits4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.heavytail.RobustUcbSpec;
import org.bandits4j.algorithms.thompson.GaussianThompsonSpec;
import org.bandits4j.algorithms.thompson.NormalGammaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1TunedSpec;
import org.bandits4j.algorithms.ucb.UcbVSpec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
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
 * The variance-aware, Bayesian and heavy-tail policies on the W1 shape at K = 10, 100 and 1000
 * arms: a Bernoulli bandit with means spread evenly over {@code [0.05, 0.50]} (at K = 10, exactly
 * W1's means), single thread, through the public API. One invocation plays the K round-robin rounds
 * of the workload protocol, then {@value #ROUNDS} rounds chosen by the policy (select, look the
 * reward up, update); the score is ns per arm per round ({@code kN} divides by {@code N *} {@value
 * #ROUNDS}), the unit of the targets (closed-form index 10, Thompson samplers 40). The
 * round-robin rounds and the policy's creation add under 0.1% at every K.
 *
 * <p>Rewards: one uniform per round, drawn once per trial, and arm {@code i} pays {@code 1} if it
 * is below {@code μ_i} (common random numbers across arms; each arm's rewards are Bernoulli), so
 * the table stays small at K = 1000 and the score is the policy's cost plus an array read. Expected
 * allocation ({@code -prof gc}): one {@link Selection} per round unless escape analysis removes it,
 * plus the policy's arrays once per invocation; anything more is a hot-path allocation.
 *
 * <p>Policies: Gaussian TS (prior {@code N(0, 10^4)}, noise variance 1/4), Normal-Gamma TS (the
 * VarTS sampler, prior {@code (0, 1, 1, 1)}), UCB-V ({@code b = 1}), UCB1-Tuned on {@code [0, 1]},
 * and Robust UCB with the truncated mean ({@code ε = 1}, {@code u = 1}, valid for {@code [0, 1]}).
 *
 * <p>The policy's random generator is a parameter, as in {@link W1Benchmark}: the simulators'
 * {@link RandomStream} or the JDK's {@link SplittableRandom} (the generator {@link
 * IndexPolicyBenchmark} uses). The samplers draw their normals and uniforms from it, so the
 * Thompson samplers' cost depends on it; the index policies draw nothing but tie-breaks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BayesianPolicyBenchmark {

  /** Rounds chosen by the policy per invocation, after the K round-robin rounds. */
  static final int ROUNDS = 10_000;

  @Param({"thompson-gaussian", "thompson-normal-gamma", "ucb-v", "ucb1-tuned", "robust-ucb"})
  public String policy;

  /** The policy's generator: {@code stream} ({@link RandomStream}) or {@code splittable}. */
  @Param({"stream", "splittable"})
  public String rng;

  private PolicySpec<? extends Bandit> spec;
  private RandomStream master;
  private long seed;
  private double[] uniforms;

  @Setup(Level.Trial)
  public void setUp() {
    spec = spec(policy);
    master = RandomStream.of(2026);
    RandomGenerator draws = master.split();
    uniforms = new double[ROUNDS + 1000];
    for (int t = 0; t < uniforms.length; t++) {
      uniforms[t] = draws.nextDouble();
    }
  }

  static PolicySpec<? extends Bandit> spec(String name) {
    return switch (name) {
      case "thompson-gaussian" -> GaussianThompsonSpec.common(0.0, 1e4, 0.25);
      case "thompson-normal-gamma" -> NormalGammaThompsonSpec.defaults();
      case "ucb-v" -> UcbVSpec.defaults();
      case "ucb1-tuned" -> Ucb1TunedSpec.defaults();
      case "robust-ucb" -> RobustUcbSpec.truncatedMean(1.0, 1.0);
      default -> throw new IllegalArgumentException("unknown policy " + name);
    };
  }

  /** W1's means at K = 10 ({@code 0.05, 0.10, ..., 0.50}), spread evenly for other K. */
  static double[] means(int k) {
    double[] means = new double[k];
    for (int i = 0; i < k; i++) {
      means[i] = 0.05 + 0.45 * i / (k - 1);
    }
    return means;
  }

  /** 10 arms; score in ns per arm per round. */
  @Benchmark
  @OperationsPerInvocation(10 * ROUNDS)
  public double k10() {
    return run(10);
  }

  /** 100 arms; score in ns per arm per round. */
  @Benchmark
  @OperationsPerInvocation(100 * ROUNDS)
  public double k100() {
    return run(100);
  }

  /** 1000 arms; score in ns per arm per round. */
  @Benchmark
  @OperationsPerInvocation(1000 * ROUNDS)
  public double k1000() {
    return run(1000);
  }

  /** K round-robin rounds, then {@link #ROUNDS} policy rounds; returns the pseudo-regret. */
  private double run(int k) {
    double[] means = means(k);
    double best = means[k - 1];
    RandomGenerator generator =
        rng.equals("stream") ? master.split() : new SplittableRandom(seed++);
    Bandit p = spec.create(ArmSet.ofSize(k));
    ArmSet arms = p.arms();
    double regret = 0;
    for (int t = 1; t <= k + ROUNDS; t++) {
      Selection s = t <= k ? Selection.forced(arms.get(t - 1)) : p.select(generator);
      int arm = s.arm().index();
      p.update(s, uniforms[t - 1] < means[arm] ? 1.0 : 0.0);
      regret += best - means[arm];
    }
    return regret;
  }
}
