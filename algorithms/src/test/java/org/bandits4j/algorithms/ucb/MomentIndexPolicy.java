package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.MomentBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;

/**
 * A test-only (broken) variance-aware index policy: plays each arm once (lowest index first), then
 * the first arm with the largest index computed from the arm's count, sum and {@code M2} (no
 * randomness, propensity 1). Estimates are the plain means.
 */
abstract class MomentIndexPolicy extends MomentBandit {

  MomentIndexPolicy(PolicySpec<?> spec, ArmSet arms, double rewardMin, double rewardMax) {
    super(spec, arms, rewardMin, rewardMax);
    initCaches();
  }

  /** The index of arm {@code i}, which has at least one reward, at {@code ln t}. */
  abstract double index(int i, double lnT);

  @Override
  protected void resize(int armCount) {}

  @Override
  protected void refresh(int arm) {}

  @Override
  protected ArmEstimate estimate(int arm) {
    return new ArmEstimate(arms().get(arm), pulls(arm), sum(arm) / pulls(arm), Double.NaN);
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    double lnT = Math.log((double) plays());
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < armCount(); i++) {
      double index = index(i, lnT);
      if (index > top) {
        top = index;
        best = i;
      }
    }
    return choose(best, 1.0);
  }
}
