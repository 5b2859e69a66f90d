package org.bandits4j.simulators.regret;

import java.util.Arrays;

/** Summary statistics of samples: mean, sample standard deviation, quantiles. */
public final class Summary {

  private Summary() {}

  /** Column {@code j} of a replications × checkpoints table: one value per replication. */
  public static double[] column(double[][] rows, int j) {
    double[] v = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      v[r] = rows[r][j];
    }
    return v;
  }

  /** Arithmetic mean (pairwise-stable for the sizes used here). */
  public static double mean(double[] v) {
    double s = 0.0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** Sample standard deviation (n - 1 denominator), 0 for fewer than two values. */
  public static double standardDeviation(double[] v) {
    if (v.length < 2) {
      return 0.0;
    }
    double m = mean(v);
    double ss = 0.0;
    for (double x : v) {
      ss += (x - m) * (x - m);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  /**
   * Empirical quantile with linear interpolation between order statistics (type 7).
   *
   * @throws IllegalArgumentException if {@code q} is outside {@code [0, 1]}
   */
  public static double quantile(double[] v, double q) {
    if (!(q >= 0.0 && q <= 1.0)) {
      throw new IllegalArgumentException("quantile must be in [0, 1], was " + q);
    }
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
