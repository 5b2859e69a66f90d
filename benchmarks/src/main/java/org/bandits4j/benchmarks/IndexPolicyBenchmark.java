package org.bandits4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bandits4j.algorithms.adversarial.Exp3IxSpec;
import org.bandits4j.algorithms.adversarial.Exp3Spec;
import org.bandits4j.algorithms.greedy.BoltzmannSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedThompsonSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedUcbSpec;
import org.bandits4j.algorithms.nonstationary.SlidingWindowUcbSpec;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.KlFamily;
import org.bandits4j.algorithms.ucb.KlUcbPlusPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbSpec;
import org.bandits4j.algorithms.ucb.MossAnytimeSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
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
 * The W1 shape at scale for the index, softmax, adversarial and non-stationary policies: a
 * Bernoulli bandit with K ∈ {10, 100, 1000} arms whose means are spread evenly over [0.05, 0.5],
 * one run through the public API, single thread. The score is <b>ns per arm per round</b>: one
 * operation is one arm of one round (a round is one select and one update, the reward drawn from a
 * {@link SplittableRandom}, about 2 ns per round), so an invocation plays {@code 10^6 / K} rounds.
 *
 * <p>Each iteration starts a fresh policy and plays {@code 20 K} warm-up rounds (past the
 * initialisation), then the invocations continue the same run, so the score is the cost of a
 * learning policy in its first {@code 10^5}-odd rounds, as in W1. Horizon-tuned policies are tuned
 * to 10^6 rounds. Targets (issue 3): closed-form indices at most 10 ns, KL-UCB at most 150 ns,
 * Thompson samplers at most 40 ns per arm per round; allocation per round: only the returned
 * selection ({@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndexPolicyBenchmark {

  /** Arm-rounds per invocation. */
  static final int ARM_ROUNDS = 1_000_000;

  @Param({"10", "100", "1000"})
  public int arms;

  @Param({
    "ucb1",
    "moss",
    "moss-anytime",
    "kl-ucb",
    "kl-ucb-plus",
    "kl-ucb-plus-plus",
    "boltzmann",
    "exp3",
    "exp3-ix",
    "thompson-beta",
    "sliding-window-ucb",
    "discounted-ucb",
    "discounted-thompson"
  })
  public String policy;

  private double[] means;
  private Bandit bandit;
  private SplittableRandom rng;

  /** The policy of a benchmark parameter, tuned to 10^6 rounds where it needs a horizon. */
  static PolicySpec<? extends Bandit> spec(String name) {
    long horizon = 1_000_000;
    return switch (name) {
      case "ucb1" -> Ucb1Spec.defaults();
      case "moss" -> new MossSpec(horizon);
      case "moss-anytime" -> MossAnytimeSpec.defaults();
      case "kl-ucb" -> KlUcbSpec.of(KlFamily.BERNOULLI);
      case "kl-ucb-plus" -> KlUcbPlusSpec.defaults();
      case "kl-ucb-plus-plus" -> KlUcbPlusPlusSpec.bernoulli(horizon);
      case "boltzmann" -> BoltzmannSpec.constant(0.05);
      case "exp3" -> Exp3Spec.forHorizon(horizon);
      case "exp3-ix" -> Exp3IxSpec.forHorizon(horizon);
      case "thompson-beta" -> BetaThompsonSpec.defaults();
      case "sliding-window-ucb" -> SlidingWindowUcbSpec.tuned(horizon, 4);
      case "discounted-ucb" -> DiscountedUcbSpec.tuned(horizon, 4);
      case "discounted-thompson" -> DiscountedThompsonSpec.withGamma(0.999);
      default -> throw new IllegalArgumentException("unknown policy " + name);
    };
  }

  @Setup(Level.Iteration)
  public void setUp() {
    means = new double[arms];
    for (int i = 0; i < arms; i++) {
      means[i] = 0.05 + 0.45 * i / (arms - 1);
    }
    rng = new SplittableRandom(2026);
    bandit = spec(policy).create(ArmSet.ofSize(arms));
    play(20 * arms);
  }

  private double play(int rounds) {
    double regret = 0;
    Bandit p = bandit;
    SplittableRandom r = rng;
    for (int t = 0; t < rounds; t++) {
      Selection s = p.select(r);
      int arm = s.arm().index();
      p.update(s, r.nextDouble() < means[arm] ? 1.0 : 0.0);
      regret += 0.5 - means[arm];
    }
    return regret;
  }

  /** {@code 10^6 / K} rounds; the score divides by {@code 10^6}: ns per arm per round. */
  @Benchmark
  @OperationsPerInvocation(ARM_ROUNDS)
  public double rounds() {
    return play(ARM_ROUNDS / arms);
  }
}
