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
 * written for instruction-level parallelism: reductions run eight independent chains of {@link
 * Math#fma} (one instruction on every x86-64 and AArch64 processor with FMA, exactly specified by
 * Java, so results are identical across platforms; a JVM on hardware without FMA falls back to a
 * slow software path), and the other inner loops are element-wise updates over contiguous rows,
 * which HotSpot's superword optimisation vectorises for long rows.
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

  /** {@code Σ_{i<n} a[i] b[i]}; see {@link #dot(double[], int, double[], int, int)}. */
  public static double dot(double[] a, double[] b, int n) {
    return dot(a, 0, b, 0, n);
  }

  /**
   * {@code Σ_{i<n} a[aOff + i] b[bOff + i]}, as eight interleaved fused multiply-add chains (a
   * fixed summation order, so the same bits everywhere).
   */
  public static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    double s4 = 0.0;
    double s5 = 0.0;
    double s6 = 0.0;
    double s7 = 0.0;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      s0 = Math.fma(a[aOff + i], b[bOff + i], s0);
      s1 = Math.fma(a[aOff + i + 1], b[bOff + i + 1], s1);
      s2 = Math.fma(a[aOff + i + 2], b[bOff + i + 2], s2);
      s3 = Math.fma(a[aOff + i + 3], b[bOff + i + 3], s3);
      s4 = Math.fma(a[aOff + i + 4], b[bOff + i + 4], s4);
      s5 = Math.fma(a[aOff + i + 5], b[bOff + i + 5], s5);
      s6 = Math.fma(a[aOff + i + 6], b[bOff + i + 6], s6);
      s7 = Math.fma(a[aOff + i + 7], b[bOff + i + 7], s7);
    }
    for (; i < n; i++) {
      s0 = Math.fma(a[aOff + i], b[bOff + i], s0);
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  /**
   * Two dot products with a shared vector, {@code out[m] = dot(a, w, n)} and {@code out[m + 1] =
   * dot(b, w, n)}, each bit for bit as {@link #dot(double[], double[], int)} computes it (the same
   * eight chains, the same final sum). One pass loads each {@code w[i]} once for both, which is why
   * it exists: a quadratic form against the packed weights of a context is load-bound, and pairing
   * the models of a bank cuts its loads by a quarter (W3 LinUCB about 10% faster, {@code
   * W3Benchmark}).
   */
  public static void dotPair(double[] a, double[] b, double[] w, int n, double[] out, int m) {
    double a0 = 0.0;
    double a1 = 0.0;
    double a2 = 0.0;
    double a3 = 0.0;
    double a4 = 0.0;
    double a5 = 0.0;
    double a6 = 0.0;
    double a7 = 0.0;
    double b0 = 0.0;
    double b1 = 0.0;
    double b2 = 0.0;
    double b3 = 0.0;
    double b4 = 0.0;
    double b5 = 0.0;
    double b6 = 0.0;
    double b7 = 0.0;
    int i = 0;
    for (; i + 7 < n; i += 8) {
      double w0 = w[i];
      double w1 = w[i + 1];
      double w2 = w[i + 2];
      double w3 = w[i + 3];
      double w4 = w[i + 4];
      double w5 = w[i + 5];
      double w6 = w[i + 6];
      double w7 = w[i + 7];
      a0 = Math.fma(a[i], w0, a0);
      a1 = Math.fma(a[i + 1], w1, a1);
      a2 = Math.fma(a[i + 2], w2, a2);
      a3 = Math.fma(a[i + 3], w3, a3);
      a4 = Math.fma(a[i + 4], w4, a4);
      a5 = Math.fma(a[i + 5], w5, a5);
      a6 = Math.fma(a[i + 6], w6, a6);
      a7 = Math.fma(a[i + 7], w7, a7);
      b0 = Math.fma(b[i], w0, b0);
      b1 = Math.fma(b[i + 1], w1, b1);
      b2 = Math.fma(b[i + 2], w2, b2);
      b3 = Math.fma(b[i + 3], w3, b3);
      b4 = Math.fma(b[i + 4], w4, b4);
      b5 = Math.fma(b[i + 5], w5, b5);
      b6 = Math.fma(b[i + 6], w6, b6);
      b7 = Math.fma(b[i + 7], w7, b7);
    }
    for (; i < n; i++) {
      a0 = Math.fma(a[i], w[i], a0);
      b0 = Math.fma(b[i], w[i], b0);
    }
    out[m] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    out[m + 1] = ((b0 + b1) + (b2 + b3)) + ((b4 + b5) + (b6 + b7));
  }

  /** {@code y[yOff + i] += s * x[xOff + i]} for {@code i < n}, fused. */
  public static void axpy(double s, double[] x, int xOff, double[] y, int yOff, int n) {
    for (int i = 0; i < n; i++) {
      y[yOff + i] = Math.fma(s, x[xOff + i], y[yOff + i]);
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
          y[i] = Math.fma(-yj, u[row + i], y[i]);
        }
      }
    }
  }

  /**
   * Two forward substitutions with the same right-hand side, {@code U1ᵀ y1 = x} and {@code U2ᵀ y2 =
   * x}, interleaved column by column so that the two chains of dependent updates overlap. Each
   * solution has the values {@link #forwardSolve} gives (the same operations in the same order; a
   * zero may differ in sign, because this loop does not skip zero multipliers).
   */
  public static void forwardSolvePair(
      double[] u1,
      double[] inverseDiagonal1,
      double[] u2,
      double[] inverseDiagonal2,
      int d,
      double[] x,
      double[] y1,
      double[] y2) {
    System.arraycopy(x, 0, y1, 0, d);
    System.arraycopy(x, 0, y2, 0, d);
    for (int j = 0; j < d; j++) {
      double a = y1[j] * inverseDiagonal1[j];
      double b = y2[j] * inverseDiagonal2[j];
      y1[j] = a;
      y2[j] = b;
      int row = j * d;
      for (int i = j + 1; i < d; i++) {
        y1[i] = Math.fma(-a, u1[row + i], y1[i]);
        y2[i] = Math.fma(-b, u2[row + i], y2[i]);
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

  // ---------------------------------------------------------------- packed symmetric storage

  /** Entries of a packed symmetric matrix of order {@code d}: {@code d (d + 1) / 2}. */
  public static int packedSize(int d) {
    return d * (d + 1) / 2;
  }

  /** Offset of row {@code i} (entries {@code (i, i..d-1)}) in packed upper storage. */
  public static int packedRow(int i, int d) {
    return i * d - i * (i - 1) / 2;
  }

  /** Packs the upper triangle of a full row-major symmetric matrix. */
  public static void pack(double[] full, int d, double[] packed) {
    for (int i = 0, k = 0; i < d; i++) {
      System.arraycopy(full, i * d + i, packed, k, d - i);
      k += d - i;
    }
  }

  /** Unpacks into a full, exactly symmetric row-major matrix. */
  public static void unpack(double[] packed, int d, double[] full) {
    for (int i = 0, k = 0; i < d; i++) {
      for (int j = i; j < d; j++, k++) {
        full[i * d + j] = packed[k];
        full[j * d + i] = packed[k];
      }
    }
  }

  /**
   * {@code out = P x} for a packed symmetric {@code P}. Packed row {@code i} holds {@code P[i,
   * i..d-1]}: its entries right of the diagonal feed {@code out[i]} (a dot product with {@code
   * x[i+1..]}) and, by symmetry, {@code out[i+1..]} (an axpy with {@code x_i}). Rows go in pairs:
   * one pass over {@code j >= i+2} loads {@code x_j} and {@code out[j]} once for both rows, and
   * each row's dot product runs in two chains (even and odd {@code j}). Short rows made the
   * row-at-a-time form latency-bound: at {@code d = 20} this is about twice as fast.
   */
  public static void packedMultiply(double[] p, int d, double[] x, double[] out) {
    java.util.Arrays.fill(out, 0, d, 0.0);
    int i = 0;
    int k = 0; // start of packed row i
    for (; i + 1 < d; i += 2) {
      int next = k + d - i; // start of packed row i + 1
      double xi = x[i];
      double xn = x[i + 1];
      double shared = p[k + 1]; // P[i, i+1]
      double evenI = p[k] * xi + shared * xn;
      double evenN = shared * xi + p[next] * xn;
      double oddI = 0.0;
      double oddN = 0.0;
      for (int j = i + 2, a = k + 2, b = next + 1; j < d; j++, a++, b++) {
        double pa = p[a]; // P[i, j]
        double pb = p[b]; // P[i+1, j]
        double xj = x[j];
        out[j] = Math.fma(xn, pb, Math.fma(xi, pa, out[j]));
        // the chains alternate: this entry goes into "even", which then swaps with "odd"
        double sumI = Math.fma(pa, xj, evenI);
        double sumN = Math.fma(pb, xj, evenN);
        evenI = oddI;
        evenN = oddN;
        oddI = sumI;
        oddN = sumN;
      }
      out[i] += evenI + oddI;
      out[i + 1] += evenN + oddN;
      k = next + d - i - 1;
    }
    if (i < d) {
      out[i] += p[k] * x[i];
    }
  }

  /**
   * The weights {@code w} with {@code xᵀ P x = Σ_k w_k p_k} for packed {@code P}: {@code x_i²} on
   * the diagonal, {@code 2 x_i x_j} off it. Computed once per context, they make each quadratic
   * form one dot product of length {@code d (d + 1) / 2}.
   */
  public static void packedWeights(double[] x, int d, double[] w) {
    for (int i = 0, k = 0; i < d; i++) {
      double xi = x[i];
      double twoXi = 2.0 * xi;
      w[k++] = xi * xi;
      for (int j = i + 1; j < d; j++) {
        w[k++] = twoXi * x[j];
      }
    }
  }

  /**
   * {@code xᵀ P x} for packed {@code P}; {@code scratch} (length {@code >= d(d+1)/2}) clobbered.
   */
  public static double packedQuadraticForm(double[] p, int d, double[] x, double[] scratch) {
    packedWeights(x, d, scratch);
    return dot(p, 0, scratch, 0, packedSize(d));
  }

  /** {@code P -= c cᵀ} for packed {@code P}; see {@link #packedOuter}. */
  public static void packedSubtractOuter(double[] p, int d, double[] c) {
    packedOuter(p, d, c, -1.0);
  }

  /** {@code G += x xᵀ} for packed {@code G}; see {@link #packedOuter}. */
  public static void packedAddOuter(double[] g, int d, double[] x) {
    packedOuter(g, d, x, 1.0);
  }

  /**
   * {@code P += sign · c cᵀ} for packed {@code P}: row {@code i} gets {@code fma(sign c_i, c_j,
   * P_ij)} for {@code j >= i}, and rows with {@code c_i = 0} are skipped (so no signed zero is
   * added). Rows go in pairs that share one pass over {@code c[i+2..]}, which halves the loop
   * overhead of the short rows; each entry gets the same single fused multiply-add as row by row,
   * so the result is the same bits.
   */
  private static void packedOuter(double[] p, int d, double[] c, double sign) {
    int i = 0;
    int k = 0; // start of packed row i
    for (; i + 1 < d; i += 2) {
      int next = k + d - i; // start of packed row i + 1
      double a = sign * c[i];
      double b = sign * c[i + 1];
      if (a != 0.0 && b != 0.0) {
        p[k] = Math.fma(a, c[i], p[k]);
        p[k + 1] = Math.fma(a, c[i + 1], p[k + 1]);
        p[next] = Math.fma(b, c[i + 1], p[next]);
        for (int j = i + 2, x = k + 2, y = next + 1; j < d; j++, x++, y++) {
          double cj = c[j];
          p[x] = Math.fma(a, cj, p[x]);
          p[y] = Math.fma(b, cj, p[y]);
        }
      } else {
        if (a != 0.0) {
          axpy(a, c, i, p, k, d - i);
        }
        if (b != 0.0) {
          axpy(b, c, i + 1, p, next, d - i - 1);
        }
      }
      k = next + d - i - 1;
    }
    if (i < d) {
      double a = sign * c[i];
      if (a != 0.0) {
        p[k] = Math.fma(a, c[i], p[k]);
      }
    }
  }
}
