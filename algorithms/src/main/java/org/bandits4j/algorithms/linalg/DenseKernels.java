package org.bandits4j.algorithms.linalg;

/**
 * The dense loops on the hot paths of the ridge models: dot products, symmetric matrix–vector
 * products, triangular solves and rank-one updates, on flat row-major {@code double[]} arrays of
 * order {@code d}.
 *
 * <p>They exist because EJML's per-call overhead (wrapping arrays in matrix objects, shape checks,
 * general strides) dominates at the sizes of contextual bandits ({@code d} from 5 to a few
 * hundred): the JMH benchmark {@code KernelBenchmark} compares each loop with the EJML call it
 * replaces, and {@code DenseKernelsTest} checks every loop against EJML to 1e-12. The loops are
 * written so that HotSpot's superword optimisation vectorises them: the inner loops are
 * element-wise updates ({@code y[i] += a * x[i]}) over contiguous rows, and reductions use four
 * independent accumulators.
 *
 * <p>Conventions: a symmetric matrix is stored in full (both triangles, exactly symmetric); a
 * Cholesky factor is stored as the upper triangle {@code U} of {@code V = UᵀU} (row {@code k} of
 * {@code U} is column {@code k} of the lower factor {@code L = Uᵀ}); entries below the diagonal of
 * {@code U} are zero and never read.
 *
 * <p>Every method is deterministic (same inputs, same bits, on every JVM), allocates nothing and is
 * thread-safe as long as callers do not share output arrays.
 */
public final class DenseKernels {

  private DenseKernels() {}

  /** {@code Σ_{i<n} a[i] b[i]} with four accumulators. */
  public static double dot(double[] a, double[] b, int n) {
    return dot(a, 0, b, 0, n);
  }

  /** {@code Σ_{i<n} a[aOff + i] b[bOff + i]} with four accumulators (a fixed summation order). */
  public static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[aOff + i] * b[bOff + i];
      s1 += a[aOff + i + 1] * b[bOff + i + 1];
      s2 += a[aOff + i + 2] * b[bOff + i + 2];
      s3 += a[aOff + i + 3] * b[bOff + i + 3];
    }
    for (; i < n; i++) {
      s0 += a[aOff + i] * b[bOff + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** {@code y[yOff + i] += s * x[xOff + i]} for {@code i < n}. */
  public static void axpy(double s, double[] x, int xOff, double[] y, int yOff, int n) {
    for (int i = 0; i < n; i++) {
      y[yOff + i] += s * x[xOff + i];
    }
  }

  /**
   * {@code out = P x} for a symmetric {@code P} (order {@code d}), as a sum of rows {@code Σ_j x_j
   * P[j, ·]} (a vectorisable sequence of axpys; equal to the row-by-column product because {@code
   * P} is symmetric).
   */
  public static void symmetricMultiply(double[] p, int d, double[] x, double[] out) {
    java.util.Arrays.fill(out, 0, d, 0.0);
    for (int j = 0; j < d; j++) {
      double xj = x[j];
      if (xj != 0.0) {
        axpy(xj, p, j * d, out, 0, d);
      }
    }
  }

  /**
   * {@code xᵀ P x} for a symmetric {@code P}; {@code scratch} (length {@code >= d}) is clobbered.
   */
  public static double quadraticForm(double[] p, int d, double[] x, double[] scratch) {
    symmetricMultiply(p, d, x, scratch);
    return dot(x, scratch, d);
  }

  /**
   * Solves {@code Uᵀ y = x} (forward substitution with the lower factor {@code L = Uᵀ}) by columns:
   * {@code y_j = w_j / U_jj}, then {@code w[j+1..] -= y_j U[j, j+1..]}. {@code y} may be {@code x}.
   *
   * @param inverseDiagonal {@code 1 / U_jj} for every {@code j}
   */
  public static void forwardSolve(
      double[] u, double[] inverseDiagonal, int d, double[] x, double[] y) {
    if (y != x) {
      System.arraycopy(x, 0, y, 0, d);
    }
    for (int j = 0; j < d; j++) {
      double yj = y[j] * inverseDiagonal[j];
      y[j] = yj;
      if (yj != 0.0) {
        int row = j * d;
        for (int i = j + 1; i < d; i++) {
          y[i] -= yj * u[row + i];
        }
      }
    }
  }

  /**
   * Solves {@code U z = y} (back substitution): {@code z_j = (y_j - Σ_{i>j} U_ji z_i) / U_jj}, for
   * {@code j = d-1..0}. {@code z} may be {@code y}.
   */
  public static void backSolve(
      double[] u, double[] inverseDiagonal, int d, double[] y, double[] z) {
    for (int j = d - 1; j >= 0; j--) {
      double s = y[j] - dot(u, j * d + j + 1, z, j + 1, d - j - 1);
      z[j] = s * inverseDiagonal[j];
    }
  }

  /**
   * Rank-one update of a Cholesky factor: given {@code V = UᵀU}, overwrites {@code U} with the
   * factor of {@code V + w wᵀ} (the classical sequence of Givens-like rotations, LINPACK {@code
   * dchud}; O(d²)). Keeps {@code inverseDiagonal} in step. Clobbers {@code w}.
   */
  public static void choleskyUpdate(double[] u, double[] inverseDiagonal, int d, double[] w) {
    for (int k = 0; k < d; k++) {
      int row = k * d;
      double ukk = u[row + k];
      double wk = w[k];
      if (wk == 0.0) {
        continue;
      }
      double r = Math.sqrt(ukk * ukk + wk * wk);
      double inverseR = 1.0 / r;
      double c = r / ukk;
      double inverseC = ukk * inverseR;
      double s = wk / ukk;
      u[row + k] = r;
      inverseDiagonal[k] = inverseR;
      for (int i = k + 1; i < d; i++) {
        double uki = (u[row + i] + s * w[i]) * inverseC;
        u[row + i] = uki;
        w[i] = c * w[i] - s * uki;
      }
    }
  }

  /**
   * {@code P -= c cᵀ} for a symmetric {@code P}; exactly symmetric afterwards because {@code c_i
   * c_j == c_j c_i} in floating point.
   */
  public static void subtractOuter(double[] p, int d, double[] c) {
    for (int i = 0; i < d; i++) {
      double ci = c[i];
      if (ci != 0.0) {
        axpy(-ci, c, 0, p, i * d, d);
      }
    }
  }

  /**
   * {@code G += x xᵀ}; exactly symmetric afterwards when {@code G} was, because {@code x_i x_j ==
   * x_j x_i} in floating point.
   */
  public static void addOuter(double[] g, int d, double[] x) {
    for (int i = 0; i < d; i++) {
      double xi = x[i];
      if (xi != 0.0) {
        axpy(xi, x, 0, g, i * d, d);
      }
    }
  }
}
