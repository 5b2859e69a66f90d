package org.bandits4j.algorithms.linalg;

import java.util.Arrays;

/**
 * The raw sufficient statistics of one ridge model: the Gram matrix {@code G = Σ x xᵀ} (without the
 * ridge term), the moment vector {@code b = Σ r x} and the number of rows learned.
 *
 * <p>They are sums, so two models' statistics add exactly (up to floating-point summation order)
 * and a common base subtracts; the derived factors of a model are recomputed from them. {@code G}
 * is stored in full, row-major, and must be exactly symmetric.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares every bit.
 */
public final class RidgeStatistics {

  private final int dimension;
  private final double[] gram;
  private final double[] moment;
  private final long count;

  /**
   * Copies and validates the statistics.
   *
   * @param gram {@code d × d}, row-major, finite, exactly symmetric, non-negative diagonal
   * @param moment {@code d} finite entries
   * @param count rows learned, {@code >= 0}; with 0 rows the sums must be zero
   * @throws IllegalArgumentException naming the first bad entry
   */
  public RidgeStatistics(double[] gram, double[] moment, long count) {
    if (gram == null || moment == null) {
      throw new IllegalArgumentException("gram and moment must not be null");
    }
    int d = moment.length;
    if (d < 1 || gram.length != d * d) {
      throw new IllegalArgumentException(
          "gram must be "
              + d
              + " x "
              + d
              + " ("
              + d * d
              + " entries) for a moment of "
              + d
              + " entries, has "
              + gram.length
              + " entries");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
    for (int i = 0; i < d; i++) {
      if (!Double.isFinite(moment[i])) {
        throw new IllegalArgumentException("moment[" + i + "] must be finite, was " + moment[i]);
      }
      for (int j = 0; j < d; j++) {
        double g = gram[i * d + j];
        if (!Double.isFinite(g)) {
          throw new IllegalArgumentException("gram[" + i + "][" + j + "] must be finite, was " + g);
        }
        if (g != gram[j * d + i]) {
          throw new IllegalArgumentException(
              "gram must be symmetric: ["
                  + i
                  + "]["
                  + j
                  + "] = "
                  + g
                  + " but ["
                  + j
                  + "]["
                  + i
                  + "] = "
                  + gram[j * d + i]);
        }
      }
      if (gram[i * d + i] < 0.0) {
        throw new IllegalArgumentException(
            "gram[" + i + "][" + i + "] must be >= 0 (a sum of squares), was " + gram[i * d + i]);
      }
    }
    if (count == 0) {
      for (double g : gram) {
        if (g != 0.0) {
          throw new IllegalArgumentException("gram must be zero when count is 0, has entry " + g);
        }
      }
      for (double m : moment) {
        if (m != 0.0) {
          throw new IllegalArgumentException("moment must be zero when count is 0, has entry " + m);
        }
      }
    }
    this.dimension = d;
    this.gram = gram.clone();
    this.moment = moment.clone();
    this.count = count;
  }

  /** Empty statistics of dimension {@code d >= 1}. */
  public static RidgeStatistics empty(int d) {
    if (d < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, was " + d);
    }
    return new RidgeStatistics(new double[d * d], new double[d], 0);
  }

  /** The dimension {@code d}. */
  public int dimension() {
    return dimension;
  }

  /** A copy of {@code G}, row-major. */
  public double[] gram() {
    return gram.clone();
  }

  /** A copy of {@code b}. */
  public double[] moment() {
    return moment.clone();
  }

  /** Rows learned. */
  public long count() {
    return count;
  }

  /** {@code G[i][j]}. */
  public double gram(int i, int j) {
    return gram[i * dimension + j];
  }

  /** {@code b[i]}. */
  public double moment(int i) {
    return moment[i];
  }

  /**
   * The statistics of both data sets.
   *
   * @throws IllegalArgumentException if the dimensions differ
   */
  public RidgeStatistics plus(RidgeStatistics other) {
    return combine(other, 1.0);
  }

  /**
   * The statistics of this data set without {@code base}'s rows (a common base of two replicas).
   *
   * @throws IllegalArgumentException if the dimensions differ or {@code base} has more rows
   */
  public RidgeStatistics minus(RidgeStatistics base) {
    if (base.count > count) {
      throw new IllegalArgumentException(
          "cannot subtract a base of " + base.count + " rows from statistics of " + count);
    }
    return combine(base, -1.0);
  }

  private RidgeStatistics combine(RidgeStatistics other, double sign) {
    if (other.dimension != dimension) {
      throw new IllegalArgumentException(
          "statistics of dimension " + other.dimension + " cannot combine with " + dimension);
    }
    double[] g = new double[gram.length];
    for (int i = 0; i < dimension; i++) {
      for (int j = i; j < dimension; j++) {
        double v = gram[i * dimension + j] + sign * other.gram[i * dimension + j];
        g[i * dimension + j] = v;
        g[j * dimension + i] = v;
      }
    }
    double[] m = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      m[i] = moment[i] + sign * other.moment[i];
    }
    long n = count + ((long) sign) * other.count;
    if (n == 0) {
      return empty(dimension);
    }
    return new RidgeStatistics(g, m, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RidgeStatistics s
        && count == s.count
        && Arrays.equals(gram, s.gram)
        && Arrays.equals(moment, s.moment);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Long.hashCode(count) + Arrays.hashCode(gram)) + Arrays.hashCode(moment);
  }

  @Override
  public String toString() {
    return "RidgeStatistics[d=" + dimension + ", count=" + count + "]";
  }
}
