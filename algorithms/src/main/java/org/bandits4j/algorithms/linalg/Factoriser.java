package org.bandits4j.algorithms.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Refactorisation of a ridge matrix {@code V = λI + G} with EJML: its upper Cholesky factor, its
 * log-determinant and, for the Sherman–Morrison kernel, its inverse.
 *
 * <p>If the Cholesky decomposition fails (a matrix made indefinite by rounding), a jitter of {@code
 * 1e-10 · trace(V) / d} is added to the diagonal, growing tenfold per retry (spec §0.2.5): expected
 * numerical degeneracy is regularised, not thrown.
 *
 * <p>Not thread-safe: it owns EJML workspaces. Deterministic.
 */
public final class Factoriser {

  private static final int MAX_JITTER_TRIES = 12;

  private final int d;
  private final DMatrixRMaj v;
  private final DMatrixRMaj t;
  private final DMatrixRMaj inverse;
  private final CholeskyDecomposition_F64<DMatrixRMaj> chol;

  /**
   * A factoriser for matrices of order {@code d >= 1}.
   *
   * @throws IllegalArgumentException if {@code d < 1}
   */
  public Factoriser(int d) {
    if (d < 1) {
      throw new IllegalArgumentException("order must be >= 1, was " + d);
    }
    this.d = d;
    this.v = new DMatrixRMaj(d, d);
    this.t = new DMatrixRMaj(d, d);
    this.inverse = new DMatrixRMaj(d, d);
    this.chol = DecompositionFactory_DDRM.chol(d, false);
  }

  /**
   * Factorises {@code λI + gram} (only its upper triangle is read): writes the upper factor into
   * {@code u} (zeros below the diagonal), {@code 1/U_kk} into {@code inverseDiagonal}, and returns
   * {@code log det V = 2 Σ ln U_kk}.
   */
  public double cholesky(double[] gram, double lambda, double[] u, double[] inverseDiagonal) {
    double jitter = 0.0;
    for (int attempt = 0; ; attempt++) {
      fill(gram, lambda + jitter);
      if (chol.decompose(v) && diagonalIsPositive(chol.getT(t))) {
        break;
      }
      if (attempt == MAX_JITTER_TRIES) {
        throw new IllegalStateException(
            "ridge matrix is not positive definite even with jitter " + jitter);
      }
      double trace = 0.0;
      for (int i = 0; i < d; i++) {
        trace += gram[i * d + i] + lambda;
      }
      jitter = jitter == 0.0 ? 1e-10 * trace / d : 10.0 * jitter;
    }
    double[] tt = t.data;
    double logDet = 0.0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        u[i * d + j] = j >= i ? tt[i * d + j] : 0.0;
      }
      double uii = u[i * d + i];
      inverseDiagonal[i] = 1.0 / uii;
      logDet += Math.log(uii);
    }
    return 2.0 * logDet;
  }

  /**
   * The inverse {@code P = U⁻¹U⁻ᵀ} from an upper factor, written exactly symmetric into {@code p}.
   */
  public void inverseFromFactor(double[] u, double[] p) {
    // L = Uᵀ is lower; invert it in place, then P = L⁻ᵀ L⁻¹.
    double[] l = t.data;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        l[i * d + j] = j <= i ? u[j * d + i] : 0.0;
      }
    }
    TriangularSolver_DDRM.invertLower(l, d);
    CommonOps_DDRM.multTransA(t, t, inverse);
    double[] q = inverse.data;
    for (int i = 0; i < d; i++) {
      p[i * d + i] = q[i * d + i];
      for (int j = i + 1; j < d; j++) {
        double s = 0.5 * (q[i * d + j] + q[j * d + i]);
        p[i * d + j] = s;
        p[j * d + i] = s;
      }
    }
  }

  private void fill(double[] gram, double diagonal) {
    double[] a = v.data;
    System.arraycopy(gram, 0, a, 0, d * d);
    for (int i = 0; i < d; i++) {
      a[i * d + i] += diagonal;
    }
  }

  private boolean diagonalIsPositive(DMatrixRMaj f) {
    for (int i = 0; i < d; i++) {
      double uii = f.data[i * d + i];
      if (!(uii > 0.0) || !Double.isFinite(uii)) {
        return false;
      }
    }
    return true;
  }
}
