package org.bandits4j.algorithms.core;

import java.util.random.RandomGenerator;

/**
 * Argmax with uniform random tie-breaking, allocation-free and reusable.
 *
 * <p>{@link #select(double[], RandomGenerator)} finds the maximum; if {@code g > 1} values equal it
 * exactly, it draws one {@code rng.nextInt(g)} and returns the tied index of that rank (in index
 * order), so every tied index has probability {@code 1/g}. The generator is consulted only when the
 * maximum is tied. Values must not be NaN (policies' indices and draws never are).
 *
 * <p>Thread safety: not thread-safe; one instance per policy.
 */
public final class ArgMax {

  private int first;
  private double max;
  private int ties;

  /**
   * The index of a largest value among {@code values}, ties broken uniformly: {@link #scan}
   * followed by {@link #pick}.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public int select(double[] values, RandomGenerator rng) {
    scan(values);
    return pick(values, rng);
  }

  /**
   * The index of a largest {@code a[i] + s * b[i]} (a product and a sum, not fused), ties broken as
   * by {@link #select}: one pass with a running maximum, then, only if the maximum is tied, the
   * values written to {@code scratch} and {@link #select} on them. Index policies' values change
   * little between decisions, so the running maximum's branch is well predicted, and one pass over
   * two arrays is cheaper than writing the values and scanning them twice. Values must not be NaN.
   *
   * @throws IllegalArgumentException if {@code a} is empty
   */
  public int selectAffine(double[] a, double s, double[] b, double[] scratch, RandomGenerator rng) {
    if (a.length == 0) {
      throw new IllegalArgumentException("argmax of no values");
    }
    int best = 0;
    double top = a[0] + s * b[0];
    int count = 1;
    for (int i = 1; i < a.length; i++) {
      double v = a[i] + s * b[i];
      if (v > top) {
        top = v;
        best = i;
        count = 1;
      } else if (v == top) {
        count++;
      }
    }
    if (count == 1) {
      first = best;
      max = top;
      ties = 1;
      return best;
    }
    for (int i = 0; i < a.length; i++) {
      scratch[i] = a[i] + s * b[i];
    }
    return select(scratch, rng);
  }

  /**
   * Finds the maximum and how many values equal it, without randomness: the maximum by a
   * branch-free reduction ({@code Math.max} in two interleaved chains), then one pass that counts
   * the values equal to it and finds the first. With random values (Thompson draws) a running "new
   * maximum?" branch is mispredicted often; here the only data-dependent branch is taken once per
   * tie. Signed zeros compare equal, as before. A NaN, which the contract excludes, falls back to
   * the running scan that earlier versions used, so such input gives the same answer as before.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public void scan(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("argmax of no values");
    }
    int n = values.length;
    double even = values[0];
    double odd = n > 1 ? values[1] : even;
    int i = 2;
    for (; i + 1 < n; i += 2) {
      even = Math.max(even, values[i]);
      odd = Math.max(odd, values[i + 1]);
    }
    if (i < n) {
      even = Math.max(even, values[i]);
    }
    double top = Math.max(even, odd);
    if (Double.isNaN(top)) {
      scanSkippingNaN(values);
      return;
    }
    int best = -1;
    int count = 0;
    for (int j = n - 1; j >= 0; j--) {
      if (values[j] == top) {
        best = j;
        count++;
      }
    }
    first = best;
    max = top;
    ties = count;
  }

  /** The running scan: each value above the running maximum replaces it, each equal one ties. */
  private void scanSkippingNaN(double[] values) {
    int best = 0;
    double top = values[0];
    int count = 1;
    for (int i = 1; i < values.length; i++) {
      double v = values[i];
      if (v > top) {
        top = v;
        best = i;
        count = 1;
      } else if (v == top) {
        count++;
      }
    }
    first = best;
    max = top;
    ties = count;
  }

  /**
   * After {@link #scan} of the same values: the first maximal index if it is unique, otherwise the
   * tied index of rank {@code rng.nextInt(ties())}.
   */
  public int pick(double[] values, RandomGenerator rng) {
    if (ties == 1) {
      return first;
    }
    int rank = rng.nextInt(ties);
    for (int i = first; i < values.length; i++) {
      if (values[i] == max && rank-- == 0) {
        return i;
      }
    }
    throw new AssertionError("tied maximum not found");
  }

  /** The maximum found by the last scan. */
  public double max() {
    return max;
  }

  /** How many values equalled the maximum in the last scan (at least 1). */
  public int ties() {
    return ties;
  }
}
