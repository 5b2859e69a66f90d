package org.bandits4j.algorithms.greedy;

import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Base of the greedy-family policies that decide from the arms' mean rewards alone (ε-greedy,
 * Boltzmann): it accepts any finite reward, keeps the per-arm means as a cache and reports them as
 * the estimates, with a NaN uncertainty (these policies keep none). Subclasses call {@link
 * #initCaches()} last in their constructors, as {@link SampleMeanBandit} requires.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: refresh O(1).
 */
abstract class MeanRewardBandit extends SampleMeanBandit {

  private double[] means;

  /** A fresh policy over {@code arms}. */
  MeanRewardBandit(PolicySpec<?> spec, ArmSet arms) {
    super(spec, arms, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** A policy restored from {@code state} (see {@link SampleMeanBandit}). */
  MeanRewardBandit(PolicySpec<?> spec, PolicyState state) {
    super(spec, state, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** The per-arm mean rewards, 0 for an arm not yet played: the cache itself, not a copy. */
  final double[] means() {
    return means;
  }

  /** {@inheritDoc} Subclasses with more caches call this first. */
  @Override
  protected void resize(int armCount) {
    means = new double[armCount];
  }

  @Override
  protected final void refresh(int arm) {
    long n = pulls(arm);
    means[arm] = n == 0 ? 0.0 : sum(arm) / n;
  }

  /** {@inheritDoc} Mean reward; the uncertainty is NaN. */
  @Override
  protected final ArmEstimate estimate(int arm) {
    long n = pulls(arm);
    return new ArmEstimate(arms().get(arm), n, n == 0 ? Double.NaN : means[arm], Double.NaN);
  }
}
