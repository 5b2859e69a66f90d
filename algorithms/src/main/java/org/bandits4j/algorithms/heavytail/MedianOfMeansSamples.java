package org.bandits4j.algorithms.heavytail;

import java.util.Arrays;

/**
 * The median-of-means estimator of Bubeck, Cesa-Bianchi and Lugosi (2013, Lemma 2): with {@code E|X
 * - μ|^{1+ε} <= v} and level {@code ℓ = ln(1/δ)}, split the first {@code k b} rewards (arrival
 * order) into {@code k = floor(min(8 ln(e^{1/8}/δ), n/2)) = floor(min(1 + 8ℓ, n/2))} blocks of
 * {@code b = floor(n/k)} and take the median of the block means; with probability at least {@code 1
 * - δ}, {@code μ̂ <= μ + (12v)^{1/(1+ε)} (16 ln(e^{1/8}/δ)/n)^{ε/(1+ε)}}, i.e. the width {@code
 * (12v)^{1/(1+ε)} ((16ℓ + 2)/n)^{ε/(1+ε)}}.
 *
 * <p>The median of an even number of block means is the lower one (the {@code ceil(k/2)}-th
 * smallest). Evaluation: block sums are differences of compensated prefix sums (each prefix is a
 * pair {@code hi + lo} with the rounding error of every addition kept exactly in {@code lo}), so
 * each block sum is accurate to a few ulps and costs O(1); the estimate changes only when {@code
 * (k, b)} change, and is recomputed then in O(k log k).
 */
final class MedianOfMeansSamples extends ArmSamples {

  /** The largest number of blocks: {@code 1 + 16 ln t} for any {@code t < 2^63}. */
  static final int MAX_BLOCKS = 1 + (int) Math.ceil(16 * Math.log(Long.MAX_VALUE));

  private final double widthScale;
  private final double exponent;
  private double[] prefixHi = new double[9];
  private double[] prefixLo = new double[9];
  private int cachedBlocks = -1;

  /** {@code n^{-ε/(1+ε)}}, so that the width costs one multiply per arm and round. */
  private double countFactor;

  private int cachedLength = -1;
  private double cachedValue;

  MedianOfMeansSamples(double epsilon, double v) {
    this.widthScale = Math.pow(12.0 * v, 1.0 / (1.0 + epsilon));
    this.exponent = epsilon / (1.0 + epsilon);
  }

  @Override
  void grow(int capacity) {
    prefixHi = Arrays.copyOf(prefixHi, capacity + 1);
    prefixLo = Arrays.copyOf(prefixLo, capacity + 1);
  }

  @Override
  void added(double value) {
    countFactor = Math.pow(n, -exponent);
    double a = prefixHi[n - 1];
    double s = a + value;
    double bb = s - a;
    double error = (a - (s - bb)) + (value - bb); // TwoSum: a + value = s + error exactly
    prefixHi[n] = s;
    prefixLo[n] = prefixLo[n - 1] + error;
  }

  @Override
  long required(double level, long t) {
    return 2;
  }

  @Override
  double estimate(double level, long t, double[] scratch) {
    int k = (int) Math.max(1.0, Math.floor(Math.min(1.0 + 8.0 * level, n / 2.0)));
    int b = n / k;
    if (k == cachedBlocks && b == cachedLength) {
      return cachedValue;
    }
    for (int j = 0; j < k; j++) {
      int from = j * b;
      int to = from + b;
      double blockSum = (prefixHi[to] - prefixHi[from]) + (prefixLo[to] - prefixLo[from]);
      scratch[j] = blockSum / b;
    }
    Arrays.sort(scratch, 0, k);
    cachedBlocks = k;
    cachedLength = b;
    cachedValue = scratch[(k - 1) / 2];
    return cachedValue;
  }

  @Override
  double levelFactor(double level, long t) {
    return widthScale * Math.pow(16.0 * level + 2.0, exponent);
  }

  @Override
  double width(double levelFactor) {
    return levelFactor * countFactor;
  }
}
