package org.bandits4j.api;

import java.util.Arrays;

/**
 * What a contextual policy sees before it chooses: a shared feature vector, per-arm feature
 * vectors, or both.
 *
 * <p>The factories copy their arguments, so later changes to the caller's arrays do not leak in.
 * The accessors return the context's own arrays without copying (contextual policies read them on
 * the hot path); callers must treat them as read-only.
 *
 * <p>Every feature must be finite. A context-free policy ignores its context; {@link #EMPTY} is the
 * context with no features.
 *
 * <p>Thread safety: immutable as long as callers honour the read-only contract of the accessors.
 */
public final class Context {

  /** The context with no features, used by context-free policies. */
  public static final Context EMPTY = new Context(null, null);

  private final double[] shared;
  private final double[][] perArm;

  private Context(double[] shared, double[][] perArm) {
    this.shared = shared;
    this.perArm = perArm;
  }

  /**
   * A context with one shared feature vector (the same for every arm).
   *
   * @throws IllegalArgumentException if the vector is empty or has a non-finite entry
   */
  public static Context of(double[] shared) {
    return new Context(checked("shared", shared), null);
  }

  /**
   * A context with one feature vector per arm, all of the same dimension.
   *
   * @throws IllegalArgumentException if there are no rows, rows differ in length, or an entry is
   *     non-finite
   */
  public static Context ofArms(double[][] perArm) {
    return new Context(null, checkedRows(perArm));
  }

  /**
   * A context with a shared vector and per-arm vectors (e.g. hybrid LinUCB: user features and
   * article features).
   *
   * @throws IllegalArgumentException as {@link #of(double[])} and {@link #ofArms(double[][])}
   */
  public static Context of(double[] shared, double[][] perArm) {
    return new Context(checked("shared", shared), checkedRows(perArm));
  }

  /** Whether a shared feature vector is present. */
  public boolean hasShared() {
    return shared != null;
  }

  /** Whether per-arm feature vectors are present. */
  public boolean hasPerArm() {
    return perArm != null;
  }

  /**
   * The shared features (read-only; not copied).
   *
   * @throws IllegalStateException if the context has no shared vector
   */
  public double[] shared() {
    if (shared == null) {
      throw new IllegalStateException("context has no shared feature vector");
    }
    return shared;
  }

  /** Dimension of the shared vector, 0 if absent. */
  public int sharedDimension() {
    return shared == null ? 0 : shared.length;
  }

  /** Number of per-arm vectors, 0 if absent. */
  public int armCount() {
    return perArm == null ? 0 : perArm.length;
  }

  /** Dimension of each per-arm vector, 0 if absent. */
  public int armDimension() {
    return perArm == null ? 0 : perArm[0].length;
  }

  /**
   * The feature vector of arm {@code index} (read-only; not copied).
   *
   * @throws IllegalStateException if the context has no per-arm vectors
   * @throws IllegalArgumentException if the index is out of range
   */
  public double[] arm(int index) {
    if (perArm == null) {
      throw new IllegalStateException("context has no per-arm feature vectors");
    }
    if (index < 0 || index >= perArm.length) {
      throw new IllegalArgumentException(
          "per-arm context index must be in [0, " + perArm.length + "), was " + index);
    }
    return perArm[index];
  }

  private static double[] checked(String name, double[] v) {
    if (v == null || v.length == 0) {
      throw new IllegalArgumentException(name + " features must be a non-empty vector");
    }
    for (int j = 0; j < v.length; j++) {
      if (!Double.isFinite(v[j])) {
        throw new IllegalArgumentException(
            name + " features must be finite, entry " + j + " was " + v[j]);
      }
    }
    return v.clone();
  }

  private static double[][] checkedRows(double[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("per-arm features need at least one row");
    }
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = checked("arm " + i, rows[i]);
      if (copy[i].length != copy[0].length) {
        throw new IllegalArgumentException(
            "per-arm features must share one dimension: arm 0 has "
                + copy[0].length
                + ", arm "
                + i
                + " has "
                + copy[i].length);
      }
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Context c
        && Arrays.equals(shared, c.shared)
        && Arrays.deepEquals(perArm, c.perArm);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shared) + Arrays.deepHashCode(perArm);
  }

  @Override
  public String toString() {
    if (shared == null && perArm == null) {
      return "Context[]";
    }
    return "Context[shared="
        + sharedDimension()
        + ", arms="
        + armCount()
        + "x"
        + armDimension()
        + "]";
  }
}
