package org.bandits4j.algorithms.heavytail;

import java.util.Arrays;

/**
 * The truncated empirical mean of Bubeck, Cesa-Bianchi and Lugosi (2013, Lemma 1): with {@code
 * E|X|^{1+ε} <= u} and level {@code ℓ = ln(1/δ)},
 *
 * <pre>{@code μ̂ = (1/n) sum_{k=1}^{n} X_k 1{|X_k| <= B_k},   B_k = (u k / ℓ)^{1/(1+ε)}}</pre>
 *
 * ({@code k} the arrival position), and with probability at least {@code 1 - δ}, {@code μ̂ <= μ + 4
 * u^{1/(1+ε)} (ℓ/n)^{ε/(1+ε)}}; the width is that term.
 *
 * <p>Exact incremental evaluation: {@code |X_k| <= B_k} is {@code ℓ <= c_k} with {@code c_k = u k /
 * |X_k|^{1+ε}} (a constant of the sample; {@code +∞} for {@code X_k = 0}), so a sample drops out
 * once and for all when the level passes {@code c_k}. The included samples are kept in a min-heap
 * on {@code c_k}; the sum of the included samples is extended when a sample arrives and recomputed
 * in arrival order when one drops out (rare: a sample with {@code c_k} below {@code 2 ln T}), or
 * rebuilt if the level ever decreases (arm removal). The cached sum therefore always equals the
 * arrival-order sum over {@code {k : c_k >= ℓ}}: the estimator as published, to the bit.
 */
final class TruncatedMeanSamples extends ArmSamples {

  private final double u;
  private final double power;
  private final double widthScale;
  private final double exponent;
  private double[] threshold = new double[8];
  private int[] heap = new int[8];
  private int heapSize;
  private double sum;
  private double cachedLevel;

  /** {@code n^{-ε/(1+ε)}}, so that the width costs one multiply per arm and round. */
  private double countFactor;

  TruncatedMeanSamples(double epsilon, double u) {
    this.u = u;
    this.power = 1.0 + epsilon;
    this.widthScale = 4.0 * Math.pow(u, 1.0 / (1.0 + epsilon));
    this.exponent = epsilon / (1.0 + epsilon);
  }

  @Override
  void grow(int capacity) {
    threshold = Arrays.copyOf(threshold, capacity);
    heap = Arrays.copyOf(heap, capacity);
  }

  @Override
  void added(double value) {
    countFactor = Math.pow(n, -exponent);
    int k = n - 1;
    double c = value == 0.0 ? Double.POSITIVE_INFINITY : u * n / Math.pow(Math.abs(value), power);
    threshold[k] = c;
    if (c >= cachedLevel) {
      sum += value;
      push(k);
    }
  }

  @Override
  long required(double level, long t) {
    return 1;
  }

  @Override
  double estimate(double level, long t, double[] scratch) {
    if (level < cachedLevel) {
      rebuild(level);
    } else if (heapSize > 0 && threshold[heap[0]] < level) {
      while (heapSize > 0 && threshold[heap[0]] < level) {
        pop();
      }
      cachedLevel = level;
      double s = 0.0;
      for (int i = 0; i < n; i++) {
        if (threshold[i] >= level) {
          s += x[i];
        }
      }
      sum = s;
    } else {
      cachedLevel = level;
    }
    return sum / n;
  }

  @Override
  double levelFactor(double level, long t) {
    return widthScale * Math.pow(level, exponent);
  }

  @Override
  double width(double levelFactor) {
    return levelFactor * countFactor;
  }

  private void rebuild(double level) {
    cachedLevel = level;
    heapSize = 0;
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      if (threshold[i] >= level) {
        s += x[i];
        push(i);
      }
    }
    sum = s;
  }

  private void push(int sample) {
    int j = heapSize++;
    double c = threshold[sample];
    while (j > 0) {
      int parent = (j - 1) >>> 1;
      if (threshold[heap[parent]] <= c) {
        break;
      }
      heap[j] = heap[parent];
      j = parent;
    }
    heap[j] = sample;
  }

  private void pop() {
    int last = heap[--heapSize];
    double c = threshold[last];
    int j = 0;
    while (true) {
      int child = 2 * j + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && threshold[heap[child + 1]] < threshold[heap[child]]) {
        child++;
      }
      if (threshold[heap[child]] >= c) {
        break;
      }
      heap[j] = heap[child];
      j = child;
    }
    heap[j] = last;
  }
}
