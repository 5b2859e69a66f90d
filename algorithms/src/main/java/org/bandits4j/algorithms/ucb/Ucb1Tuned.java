package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.CachedLog;
import org.bandits4j.algorithms.core.MomentBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * UCB1-Tuned: play each arm once, then the arm with the largest index
 *
 * <pre>{@code I_i = mean_i + sqrt( (ln t / N_i) min(1/4, V_i + sqrt(2 ln t / N_i)) )}</pre>
 *
 * where {@code mean_i} and {@code V_i = M2_i / N_i} (the biased empirical variance, {@code (1/N)
 * sum x² - mean²} computed by Welford's update, see {@link MomentBandit}) are those of the arm's
 * rewards rescaled to {@code [0, 1]}, {@code N_i} is its number of learned rewards and {@code t}
 * the number of rewards learned so far. {@code 1/4} is the largest variance of a {@code [0, 1]}
 * reward, so the bonus is never larger than UCB1's {@code sqrt(2 ln t/N_i)} divided by {@code
 * sqrt(8)}.
 *
 * <p>Paper: P. Auer, N. Cesa-Bianchi, P. Fischer, "Finite-time analysis of the multiarmed bandit
 * problem", Machine Learning 47, 2002, Section 4 (the variance bound {@code V_j(s) = (1/s) sum
 * X²_{j,τ} - X̄²_{j,s} + sqrt(2 ln t / s)} inside {@code min(1/4, ·)}). The paper states no regret
 * bound for this variant (recalled, not re-read); its experiments show it ahead of UCB1 and UCB2,
 * most on arms with small variance. Checked: the formula against the paper's restatement in
 * third-party implementations (SMPyBandits' {@code UCBtuned.py} drops the {@code min(1/4, ·)}; we
 * keep it, as the paper does).
 *
 * <p>Rewards outside {@code [rewardMin, rewardMax]} or non-finite are rejected. Conventions: arms
 * without a reward are played first, lowest index first (propensity 1); exact ties on the index are
 * broken uniformly at random, and the propensity is then {@code 1/ties}; the variance enters the
 * index rounded to single precision ({@link MomentBandit#tieStable}), so that arms whose statistics
 * are equal in exact arithmetic tie exactly.
 *
 * <p>Evaluation: {@code mean_i}, {@code V_i}, {@code 1/N_i} and {@code sqrt(1/N_i)} are cached per
 * arm when its statistics change, so a decision costs one logarithm (usually from {@link
 * CachedLog}) and one square root per arm.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K), update O(1); neither
 * allocates beyond the returned selection.
 */
public final class Ucb1Tuned extends MomentBandit {

  private static final double MAX_VARIANCE = 0.25;

  private final RewardScale scale;
  private final CachedLog log = new CachedLog();
  private final ArgMax argMax = new ArgMax();
  private double[] scaledMean;
  private double[] scaledVariance;
  private double[] inversePulls;
  private double[] inverseRootPulls;
  private double[] index;

  Ucb1Tuned(Ucb1TunedSpec spec, ArmSet arms) {
    super(spec, arms, spec.rewardMin(), spec.rewardMax());
    this.scale = RewardScale.of(spec.rewardMin(), spec.rewardMax());
    initCaches();
  }

  Ucb1Tuned(Ucb1TunedSpec spec, PolicyState state) {
    super(spec, state, spec.rewardMin(), spec.rewardMax());
    this.scale = RewardScale.of(spec.rewardMin(), spec.rewardMax());
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    double lnT = log.ln(plays());
    double root2LnT = Math.sqrt(2.0 * lnT);
    double[] values = index;
    for (int i = 0; i < values.length; i++) {
      double v = Math.min(MAX_VARIANCE, scaledVariance[i] + root2LnT * inverseRootPulls[i]);
      values[i] = scaledMean[i] + Math.sqrt(lnT * inversePulls[i] * v);
    }
    int best = argMax.select(values, rng);
    return choose(best, 1.0 / argMax.ties());
  }

  @Override
  protected void resize(int armCount) {
    scaledMean = new double[armCount];
    scaledVariance = new double[armCount];
    inversePulls = new double[armCount];
    inverseRootPulls = new double[armCount];
    index = new double[armCount];
  }

  @Override
  protected void refresh(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      scaledMean[arm] = 0.0;
      scaledVariance[arm] = 0.0;
      inversePulls[arm] = 0.0;
      inverseRootPulls[arm] = 0.0;
    } else {
      double inverse = 1.0 / n;
      inversePulls[arm] = inverse;
      inverseRootPulls[arm] = Math.sqrt(inverse);
      scaledMean[arm] = scale.unit(sum(arm) * inverse);
      scaledVariance[arm] =
          tieStable(m2(arm) * inverse * scale.inverseRange() * scale.inverseRange());
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Mean in reward units; uncertainty is the exploration bonus in reward units at the current
   * {@code t}, infinite for an arm not yet played.
   */
  @Override
  protected ArmEstimate estimate(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      return new ArmEstimate(arms().get(arm), 0, Double.NaN, Double.POSITIVE_INFINITY);
    }
    double lnT = Math.log((double) Math.max(1, plays()));
    double v =
        Math.min(MAX_VARIANCE, scaledVariance[arm] + Math.sqrt(2.0 * lnT * inversePulls[arm]));
    return new ArmEstimate(
        arms().get(arm), n, sum(arm) / n, scale.range() * Math.sqrt(lnT * inversePulls[arm] * v));
  }
}
