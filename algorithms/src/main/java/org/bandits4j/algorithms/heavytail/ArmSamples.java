package org.bandits4j.algorithms.heavytail;

import java.util.Arrays;

/**
 * One arm's rewards in arrival order, with a robust estimator of their mean and its confidence
 * width at level {@code ℓ = ln(1/δ)}.
 *
 * <p>Every cached value is a pure function of the rewards and {@code ℓ} (sums are taken in arrival
 * order), so a policy rebuilt from a snapshot computes bit-identical indices.
 *
 * <p>Not thread-safe. Storage grows by doubling: {@link #add} allocates only when the capacity is
 * exhausted (amortised O(1)).
 */
abstract class ArmSamples {

  /** Rewards in arrival order; entries {@code [0, n)} are used. */
  double[] x = new double[8];

  /** Number of rewards. */
  int n;

  /** Appends a reward (already validated) and updates the estimator's caches. */
  final void add(double value) {
    if (n == x.length) {
      x = Arrays.copyOf(x, 2 * n);
      grow(2 * n);
    }
    x[n++] = value;
    added(value);
  }

  /** A copy of the rewards. */
  final double[] copy() {
    return Arrays.copyOf(x, n);
  }

  /** The plain sample mean, summed in arrival order (NaN without rewards). */
  final double sampleMean() {
    return sampleMean(n);
  }

  /** The mean of the first {@code count} rewards, summed in arrival order. */
  final double sampleMean(int count) {
    double sum = 0.0;
    for (int i = 0; i < count; i++) {
      sum += x[i];
    }
    return sum / count;
  }

  /** Grows the estimator's own per-sample arrays to {@code capacity}. */
  abstract void grow(int capacity);

  /** Updates the caches after {@code x[n - 1] = value} was appended. */
  abstract void added(double value);

  /**
   * The number of rewards the estimator needs at level {@code ℓ} in round {@code t} (below it the
   * arm is forced).
   */
  abstract long required(double level, long t);

  /**
   * The estimate at level {@code ℓ = ln(1/δ)} in round {@code t}; needs {@code n >=
   * required(level)}.
   *
   * @param scratch space of at least {@link MedianOfMeansSamples#MAX_BLOCKS} entries
   */
  abstract double estimate(double level, long t, double[] scratch);

  /** The confidence width at level {@code ℓ} in round {@code t}; after {@link #estimate}. */
  final double width(double level, long t) {
    return width(levelFactor(level, t));
  }

  /**
   * The factor of the width that depends on the level and the round only: the same for every arm of
   * one policy, so a policy computes it once per round and passes it to {@link #width(double)}.
   */
  abstract double levelFactor(double level, long t);

  /** The confidence width from this round's {@link #levelFactor}; after {@link #estimate}. */
  abstract double width(double levelFactor);
}
