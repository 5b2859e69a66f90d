package org.bandits4j.algorithms;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;

/**
 * A test-only baseline or broken policy: plays each arm once (lowest index first), then the argmax
 * of a per-arm score, ties broken uniformly (propensity {@code 1/ties}); any finite reward
 * accepted.
 */
public abstract class IndexPolicy extends SampleMeanBandit {
  private final ArgMax argMax = new ArgMax();
  private double[] values;

  protected IndexPolicy(PolicySpec<?> spec, ArmSet arms) {
    super(spec, arms, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    initCaches();
  }

  /** The score of arm {@code i}, every arm having at least one reward. */
  protected abstract double index(int i, RandomGenerator rng);

  @Override
  protected void resize(int armCount) {
    values = new double[armCount];
  }

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
    for (int i = 0; i < values.length; i++) {
      values[i] = index(i, rng);
    }
    int best = argMax.select(values, rng);
    return choose(best, 1.0 / argMax.ties());
  }
}
