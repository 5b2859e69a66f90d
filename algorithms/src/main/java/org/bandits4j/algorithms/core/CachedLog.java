package org.bandits4j.algorithms.core;

/**
 * {@code ln t} for positive integers {@code t}, with one {@link Math#log} per block of consecutive
 * values instead of one per call.
 *
 * <p>The integers are split into blocks of {@code B = 2^max(0, bits(t) - 11)} values starting at
 * {@code t0 = t - (t mod B)}; within a block {@code ln t = ln t0 + log1p(δ)}, {@code δ = (t -
 * t0)/t0 < 2^-10}, with {@code log1p} from its series to the fifth power (truncation error below
 * {@code δ⁶/6 < 2e-19}). The result is within a few ulps of {@code Math.log(t)}, and it is a
 * function of {@code t} alone (not of the call history), so a restored policy computes the same
 * values as the original. Below 2048 every value is its own block and the result is exactly {@code
 * Math.log(t)}.
 *
 * <p>Index policies call it once per decision; it saves most of the cost of the logarithm, which
 * otherwise dominates the decision of UCB-type policies on few arms.
 *
 * <p>Thread safety: not thread-safe (it caches the current block). Allocation: none.
 */
public final class CachedLog {

  /** Values below this come from the table. */
  static final int TABLE = 4096;

  private static final double[] LOGS = new double[TABLE];

  static {
    for (int t = 1; t < TABLE; t++) {
      LOGS[t] = Math.log(t);
    }
  }

  private long blockStart = -1;
  private double logStart;
  private double inverseStart;

  /**
   * {@code ln t}.
   *
   * @param t a positive integer
   */
  public double ln(long t) {
    if (t < TABLE) {
      return LOGS[(int) t];
    }
    int shift = 64 - Long.numberOfLeadingZeros(t) - 11;
    long start = (t >>> shift) << shift;
    if (start != blockStart) {
      blockStart = start;
      logStart = Math.log((double) start);
      inverseStart = 1.0 / start;
    }
    if (start == t) {
      return logStart;
    }
    double d = (t - start) * inverseStart;
    double d2 = d * d;
    // log1p(d) = d - d²/2 + d³/3 - d⁴/4 + d⁵/5, grouped to shorten the dependency chain
    double series = (d - d2 * 0.5) + d2 * d * ((1.0 / 3.0 - d * 0.25) + d2 * 0.2);
    return logStart + series;
  }
}
