package org.bandits4j.algorithms.nonstationary;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.FixedArmsBandit;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.algorithms.state.ArmVectorsState;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.ProbabilityOfBest;
import org.bandits4j.api.Selection;

/**
 * Discounted Thompson sampling: Beta–Bernoulli Thompson sampling whose pseudo-counts decay. Each
 * round it draws {@code θ_i ~ Beta(a_0 + S̃_i, b_0 + F̃_i)} for every arm and plays the largest
 * draw (ties broken uniformly at random); after each learned reward {@code x} of arm {@code a},
 * every arm's discounted successes and failures are multiplied by {@code γ}, then {@code S̃_a += x,
 * F̃_a += 1 - x}.
 *
 * <p>Rewards must lie in {@code [0, 1]}; a fractional reward is a fractional pseudo-count, as in
 * {@link org.bandits4j.algorithms.thompson.BetaThompsonSampling}. The statistics are kept as the
 * discounted count {@code Ñ_i = S̃_i + F̃_i} and the discounted reward sum {@code S̃_i} (the same
 * state as {@link DiscountedUcb}); {@code F̃_i = max(0, Ñ_i - S̃_i)}.
 *
 * <p>Paper: V. Raj and S. Kalyani, "Taming non-stationary bandits: a Bayesian approach", arXiv
 * 1707.09727 (2017): an empirical paper, with no regret bound (none is claimed here either).
 * Checked against the spec (algorithms-mab.md §G.3) and SMPyBandits' {@code DiscountedThompson.py}
 * and {@code Posterior/DiscountedBeta.py}: the docstring's update discounts all arms, while its
 * posterior's {@code update} also discounts the played arm; here the all-arm discount is applied
 * exactly once per learned reward, before the played arm's increment.
 *
 * <p>Beta draws are {@code X/(X + Y)} with Gamma variates from {@link GammaTable}. As every arm's
 * shapes change with each discount, the draw computes them, and the sampler's constants, from the
 * discounted statistics itself. The statistics are discounted lazily ({@link LazyDiscount}, as
 * {@link DiscountedUcb}): the policy keeps {@code W S̃_i} and {@code W Ñ_i} with a running factor
 * {@code W}, an update is O(1), and a select takes the shapes as {@code a_0 + (W S̃_i) · (1/W)} and
 * {@code b_0 + max(0, W Ñ_i - W S̃_i) · (1/W)}, equal to the definition's up to rounding (below
 * 5e-13 relative at {@code γ = 0.99}); the same draws are consumed, so decisions differ from the
 * eager definition's only if two arms' Beta draws come within that rounding of each other ({@code
 * DiscountedTest} checks 20 000 identical decisions). {@link #snapshot()} rescales to {@code W = 1}
 * first, so the state holds the true discounted statistics. The propensity is {@code NaN} (no
 * closed form); {@link #probabilityOfBest()} estimates it by Monte Carlo.
 *
 * <p>No merger and no arm editor. Thread safety: not thread-safe (single writer; {@link
 * #snapshot()} rescales, so it is a write too). Complexity: select O(K) with two Gamma draws per
 * arm; update O(1), O(K) at a rescale (once every {@code 64 ln 2 / -ln γ} rewards) or for {@code γ}
 * so small that inflated sums could overflow ({@code 1/γ >= 2^64}, eager discount); neither
 * allocates beyond the returned selection.
 */
public final class DiscountedThompsonSampling extends FixedArmsBandit {

  private final LazyDiscount discount;
  private final double priorAlpha;
  private final double priorBeta;
  private final long[] pulls;
  private final double[] counts;
  private final double[] sums;
  private final double[] scratch;
  private final ArgMax argMax = new ArgMax();

  DiscountedThompsonSampling(DiscountedThompsonSpec spec, ArmSet arms) {
    this(spec, arms, 0);
  }

  DiscountedThompsonSampling(DiscountedThompsonSpec spec, PolicyState state) {
    this(spec, checkedState(spec, state, ArmVectorsState.class).arms(), state.step());
    Discounting.load(
        this, (ArmVectorsState) state, DiscountedUcb.VECTORS, pulls, counts, sums, 1.0);
  }

  private DiscountedThompsonSampling(DiscountedThompsonSpec spec, ArmSet arms, long step) {
    super(spec, arms, step, 0.0, 1.0);
    this.discount = new LazyDiscount(arms.size(), spec.gamma(), 1.0);
    this.priorAlpha = spec.priorAlpha();
    this.priorBeta = spec.priorBeta();
    int k = arms.size();
    this.pulls = new long[k];
    this.counts = discount.counts;
    this.sums = discount.sums;
    this.scratch = new double[k];
  }

  @Override
  public Selection select(RandomGenerator rng) {
    double[] theta = scratch;
    double deflation = discount.deflation();
    for (int i = 0; i < theta.length; i++) {
      theta[i] = draw(i, deflation, rng);
    }
    return choose(argMax.select(theta, rng), Double.NaN);
  }

  /**
   * Arm {@code i}'s Beta draw; {@code deflation} is {@code 1/W} ({@link LazyDiscount#deflation}).
   */
  private double draw(int i, double deflation, RandomGenerator rng) {
    double a = alphaShape(i, deflation);
    double b = betaShape(i, deflation);
    return GammaTable.beta(GammaTable.sample(a, rng), GammaTable.sample(b, rng), a, b, rng);
  }

  private double alphaShape(int i, double deflation) {
    return priorAlpha + sums[i] * deflation;
  }

  private double betaShape(int i, double deflation) {
    return priorBeta + Math.max(0.0, counts[i] - sums[i]) * deflation;
  }

  @Override
  public void update(Selection selection, double reward) {
    int arm = checkFeedback(selection, reward);
    discount.learn(arm, reward);
    if (discount.needsRescale()) {
      discount.rescale();
    }
    pulls[arm]++;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Rescales first ({@code W = 1}), so the vectors are the true discounted counts and sums and
   * the policy continues exactly like one restored from the returned state.
   */
  @Override
  public ArmVectorsState snapshot() {
    discount.rescale();
    return new ArmVectorsState(
        descriptor(), arms(), step(), pulls, DiscountedUcb.VECTORS, List.of(counts, sums));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Lifetime pulls; the mean and standard deviation of the discounted Beta posterior.
   */
  @Override
  protected ArmEstimate estimate(int i) {
    double deflation = discount.deflation();
    double a = alphaShape(i, deflation);
    double b = betaShape(i, deflation);
    double n = a + b;
    return new ArmEstimate(arms().get(i), pulls[i], a / n, Math.sqrt(a * b / (n * n * (n + 1.0))));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Monte Carlo: the fraction of {@code samples} joint posterior draws in which each arm has the
   * largest draw. Reads the state, changes nothing.
   */
  @Override
  public Optional<ProbabilityOfBest> probabilityOfBest() {
    return Optional.of(
        (samples, rng) -> {
          if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, was " + samples);
          }
          double[] wins = new double[armCount()];
          double[] theta = new double[armCount()];
          ArgMax best = new ArgMax();
          double deflation = discount.deflation();
          for (int s = 0; s < samples; s++) {
            for (int i = 0; i < theta.length; i++) {
              theta[i] = draw(i, deflation, rng);
            }
            wins[best.select(theta, rng)] += 1.0 / samples;
          }
          return wins;
        });
  }
}
