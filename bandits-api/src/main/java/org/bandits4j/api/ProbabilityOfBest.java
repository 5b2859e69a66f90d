package org.bandits4j.api;

import java.util.random.RandomGenerator;

/**
 * Facet: the probability that each arm is the best one, as traffic weights (what A/B-testing
 * products call P(best)).
 *
 * <p>Thread safety: as the policy it belongs to; it reads the state and does not change it.
 */
public interface ProbabilityOfBest {

  /**
   * One probability per arm, in arm-set order, summing to 1. Bayesian policies estimate it by Monte
   * Carlo from their posterior; deterministic index policies put all mass on their current choice
   * (split evenly among ties).
   *
   * @param samples number of Monte-Carlo draws, {@code >= 1} (ignored by exact implementations)
   * @param rng source of randomness for the draws
   * @throws IllegalArgumentException if {@code samples < 1}
   */
  double[] probabilityOfBest(int samples, RandomGenerator rng);
}
