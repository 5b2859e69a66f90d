package org.bandits4j.algorithms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Welford updates and Chan–Golub–LeVeque merges against the two-pass sum of squared deviations, on
 * seeded random samples (one case per seed), including a large common offset that defeats the
 * one-pass {@code sum x² - S²/n}.
 */
class MomentStatisticsProperties {

  private static double twoPass(double[] x, int from, int to) {
    double mean = 0;
    for (int i = from; i < to; i++) {
      mean += x[i];
    }
    mean /= to - from;
    double m2 = 0;
    for (int i = from; i < to; i++) {
      m2 += (x[i] - mean) * (x[i] - mean);
    }
    return m2;
  }

  /** Welford: the sample folded in one reward at a time. */
  private static double[] welford(double[] x, int from, int to) {
    long n = 0;
    double s = 0;
    double m2 = 0;
    for (int i = from; i < to; i++) {
      m2 = MomentBandit.pooledM2(n, s, m2, 1, x[i], 0);
      s += x[i];
      n++;
    }
    return new double[] {n, s, m2};
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void welfordAndPairwiseMergesMatchTheTwoPassSum(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 2 + rng.nextInt(500);
    double offset = seed % 2 == 0 ? 1e6 : 0; // a large mean: the one-pass formula would cancel
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = offset + rng.nextGaussian() * (1 + rng.nextInt(3));
    }
    double exact = twoPass(x, 0, n);
    double[] all = welford(x, 0, n);
    assertEquals(exact, all[2], 1e-9 * exact, "Welford");
    int cut = 1 + rng.nextInt(n - 1);
    double[] a = welford(x, 0, cut);
    double[] b = welford(x, cut, n);
    double pooled = MomentBandit.pooledM2((long) a[0], a[1], a[2], (long) b[0], b[1], b[2]);
    assertEquals(exact, pooled, 1e-9 * exact, "Chan merge");
    // removing b from the whole gives a back
    double remainder = MomentBandit.remainderM2(n, all[1], all[2], (long) b[0], b[1], b[2]);
    assertEquals(twoPass(x, 0, cut), remainder, 1e-6 * exact + 1e-9, "Chan remainder");
  }
}
