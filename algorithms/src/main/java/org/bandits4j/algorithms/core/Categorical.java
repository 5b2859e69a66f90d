package org.bandits4j.algorithms.core;

import java.util.random.RandomGenerator;

/**
 * Draws an index from unnormalised non-negative weights by inversion: one uniform {@code U}, and
 * the first index whose cumulative weight exceeds {@code U W}. Index {@code i} is drawn with
 * probability {@code w_i / W} (up to the rounding of the cumulative sums); zero weights are never
 * drawn.
 *
 * <p>Thread safety: stateless. Complexity: O(K), one random double, no allocation.
 */
public final class Categorical {

  private Categorical() {}

  /**
   * An index drawn with probability proportional to its weight.
   *
   * @param weights non-negative, finite weights, at least one positive
   * @param total their sum, accumulated in index order (so that the last cumulative sum equals it)
   * @param rng the source of the uniform
   */
  public static int sample(double[] weights, double total, RandomGenerator rng) {
    double u = rng.nextDouble() * total;
    double cumulative = 0.0;
    int last = -1;
    for (int i = 0; i < weights.length; i++) {
      double w = weights[i];
      if (w > 0.0) {
        cumulative += w;
        last = i;
        if (u < cumulative) {
          return i;
        }
      }
    }
    return last; // U W rounded up to W: the last positive weight owns that point
  }
}
