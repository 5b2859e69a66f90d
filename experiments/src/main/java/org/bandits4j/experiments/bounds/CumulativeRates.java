package org.bandits4j.experiments.bounds;

/**
 * Closed forms of {@code sum_{s=1}^t min(1, c / s)} and {@code sum_{s=1}^t min(1, c / sqrt(s))},
 * the cumulative exploration of decaying ε-greedy schedules, in O(1) for any {@code t}.
 *
 * <p>The harmonic sums use the Euler–Maclaurin expansions {@code H_n = ln n + γ + 1/(2n) - 1/(12n²)
 * + 1/(120n⁴)} and {@code sum 1/sqrt(s) = 2 sqrt(n) + ζ(1/2) + 1/(2 sqrt(n)) - 1/(24 n^{3/2})}
 * beyond 64 terms (relative error below 1e-12) and direct sums below.
 */
final class CumulativeRates {

  private static final double EULER_GAMMA = 0.5772156649015329;
  private static final double ZETA_HALF = -1.4603545088095868;
  private static final long DIRECT = 64;

  private CumulativeRates() {}

  /** {@code sum_{s=1}^t min(1, c/s)} for {@code c >= 0}. */
  static double inverse(double c, long t) {
    long ones = Math.min(t, (long) Math.floor(c));
    return ones + c * (harmonic(t) - harmonic(ones));
  }

  /** {@code sum_{s=1}^t min(1, c/sqrt(s))} for {@code c >= 0}. */
  static double inverseSqrt(double c, long t) {
    long ones = Math.min(t, (long) Math.floor(c * c));
    return ones + c * (sqrtHarmonic(t) - sqrtHarmonic(ones));
  }

  static double harmonic(long n) {
    if (n <= DIRECT) {
      double s = 0;
      for (long k = 1; k <= n; k++) {
        s += 1.0 / k;
      }
      return s;
    }
    double x = (double) n;
    return Math.log(x) + EULER_GAMMA + 1 / (2 * x) - 1 / (12 * x * x) + 1 / (120 * x * x * x * x);
  }

  static double sqrtHarmonic(long n) {
    if (n <= DIRECT) {
      double s = 0;
      for (long k = 1; k <= n; k++) {
        s += 1.0 / Math.sqrt((double) k);
      }
      return s;
    }
    double r = Math.sqrt((double) n); // n < 2^53 here: exact
    return 2 * r + ZETA_HALF + 1 / (2 * r) - 1 / (24 * r * r * r);
  }
}
