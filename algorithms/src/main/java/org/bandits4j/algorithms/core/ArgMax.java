package org.bandits4j.algorithms.core;

import java.util.random.RandomGenerator;

/**
 * Single-pass argmax with uniform random tie-breaking, allocation-free and reusable.
 *
 * <p>Exact ties on the maximum are broken by reservoir sampling: the {@code j}-th value equal to
 * the running maximum replaces the current choice with probability {@code 1/j}, so every tied index
 * is chosen with probability {@code 1/ties}. The random generator is consulted only on ties, so
 * tie-free decisions consume no randomness. NaN values are never chosen unless all values are NaN,
 * in which case the first index is.
 *
 * <p>Thread safety: not thread-safe; one instance per policy.
 */
public final class ArgMax {

  private int best;
  private double max;
  private int ties;

  /** Forgets previous offers. */
  public void reset() {
    best = -1;
    max = Double.NEGATIVE_INFINITY;
    ties = 0;
  }

  /** Offers index {@code i} with value {@code v}. */
  public void offer(int i, double v, RandomGenerator rng) {
    if (ties == 0 || v > max || Double.isNaN(max)) {
      best = i;
      max = v;
      ties = 1;
    } else if (v == max && rng.nextInt(++ties) == 0) {
      best = i;
    }
  }

  /** The chosen index, or -1 if nothing was offered. */
  public int best() {
    return best;
  }

  /** The maximum value offered. */
  public double max() {
    return max;
  }

  /** How many offered values equal the maximum (at least 1 once something was offered). */
  public int ties() {
    return ties;
  }
}
