package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.CachedLog;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * UCB1: play each arm once, then the arm with the largest upper confidence index
 *
 * <pre>{@code I_i = mean_i + sqrt(c * ln t / N_i)}</pre>
 *
 * where {@code mean_i} is the arm's mean reward rescaled to {@code [0, 1]}, {@code N_i} its number
 * of learned rewards and {@code t = sum_i N_i} the number of rewards learned so far.
 *
 * <p>Paper: P. Auer, N. Cesa-Bianchi, P. Fischer, "Finite-time analysis of the multiarmed bandit
 * problem", Machine Learning 47, 2002, Theorem 1: with {@code c = 2} and rewards in {@code [0, 1]},
 * for every horizon {@code n}, {@code R_n <= 8 sum_{i: Δ_i > 0} ln(n) / Δ_i + (1 + π²/3) sum_i
 * Δ_i}. Checked: the index and the bound match the paper's statement as restated in Lattimore and
 * Szepesvári, "Bandit Algorithms" (2020), and SMPyBandits' {@code UCB.py}.
 *
 * <p>Conventions: arms without a reward are played first, lowest index first (propensity 1); exact
 * ties on the index are broken uniformly at random, and the propensity is then {@code 1/ties}. With
 * delayed feedback the arm chosen for initialisation stays "unplayed" until its reward arrives, so
 * it is chosen again meanwhile (no pending-decision table, by design).
 *
 * <p>Rewards outside {@code [rewardMin, rewardMax]} or non-finite are rejected.
 *
 * <p>Evaluation: the index is computed as {@code mean_i + sqrt(c ln t) * sqrt(1/N_i)}, with {@code
 * sqrt(1/N_i)} cached per arm when its count changes and {@code ln t} from {@link
 * org.bandits4j.algorithms.core.CachedLog}, so a decision costs one square root, K multiply-adds
 * and rarely a logarithm. This differs from evaluating {@code sqrt(c ln t / N_i)} directly only in
 * the last bits of rounding; exact ties (arms with equal counts and sums) stay exact ties, and
 * randomness is drawn only to break them.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K), update O(1); neither
 * allocates beyond the returned selection.
 */
public final class Ucb1 extends SampleMeanBandit {

  private final double c;
  private final RewardScale scale;
  private final ArgMax argMax = new ArgMax();
  private final CachedLog log = new CachedLog();
  private double[] scaledMean;
  private double[] inverseRootPulls;
  private double[] scratch;

  Ucb1(Ucb1Spec spec, ArmSet arms) {
    super(spec, arms, spec.rewardMin(), spec.rewardMax());
    this.c = spec.c();
    this.scale = RewardScale.of(spec.rewardMin(), spec.rewardMax());
    initCaches();
  }

  Ucb1(Ucb1Spec spec, PolicyState state) {
    super(spec, state, spec.rewardMin(), spec.rewardMax());
    this.c = spec.c();
    this.scale = RewardScale.of(spec.rewardMin(), spec.rewardMax());
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    double bonusScale = Math.sqrt(c * log.ln(plays()));
    int best = argMax.selectAffine(scaledMean, bonusScale, inverseRootPulls, scratch, rng);
    return choose(best, 1.0 / argMax.ties());
  }

  @Override
  protected void resize(int armCount) {
    scaledMean = new double[armCount];
    inverseRootPulls = new double[armCount];
    scratch = new double[armCount];
  }

  @Override
  protected void refresh(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      scaledMean[arm] = 0.0;
      inverseRootPulls[arm] = 0.0;
    } else {
      double inverse = 1.0 / n;
      inverseRootPulls[arm] = Math.sqrt(inverse);
      scaledMean[arm] = scale.unit(sum(arm) * inverse);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Mean in reward units; uncertainty is the exploration bonus in reward units, {@code
   * (rewardMax - rewardMin) sqrt(c ln t / N_i)}, infinite for an arm not yet played.
   */
  @Override
  protected ArmEstimate estimate(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      return new ArmEstimate(arms().get(arm), 0, Double.NaN, Double.POSITIVE_INFINITY);
    }
    double bonus = scale.range() * Math.sqrt(c * Math.log((double) Math.max(1, plays())) / n);
    return new ArmEstimate(arms().get(arm), n, sum(arm) / n, bonus);
  }
}
