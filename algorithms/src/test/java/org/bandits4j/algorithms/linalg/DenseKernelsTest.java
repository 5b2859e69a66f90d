package org.bandits4j.algorithms.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every hand-written loop against the EJML operation it replaces, on seeded random matrices. */
class DenseKernelsTest {

  private static final double TOL = 1e-12;

  /** A random symmetric positive-definite matrix {@code I + A Aᵀ} of order d. */
  static DMatrixRMaj spd(SplittableRandom rng, int d) {
    DMatrixRMaj a = new DMatrixRMaj(d, d);
    for (int i = 0; i < d * d; i++) {
      a.data[i] = rng.nextGaussian();
    }
    DMatrixRMaj v = new DMatrixRMaj(d, d);
    CommonOps_DDRM.multTransB(a, a, v);
    for (int i = 0; i < d; i++) {
      v.add(i, i, 1.0);
    }
    for (int i = 0; i < d; i++) { // exact symmetry
      for (int j = i + 1; j < d; j++) {
        v.set(j, i, v.get(i, j));
      }
    }
    return v;
  }

  static double[] vector(SplittableRandom rng, int d) {
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = rng.nextGaussian();
    }
    return x;
  }

  static DMatrixRMaj upperFactor(DMatrixRMaj v) {
    CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(v.numRows, false);
    chol.decompose(v.copy());
    return chol.getT(null);
  }

  static double[] inverseDiagonal(DMatrixRMaj u) {
    double[] inv = new double[u.numRows];
    for (int i = 0; i < inv.length; i++) {
      inv[i] = 1.0 / u.get(i, i);
    }
    return inv;
  }

  static void assertClose(double[] expected, double[] actual, double scale) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], TOL * scale, "entry " + i);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8, 20, 33})
  void productsAndSolvesMatchEjml(int d) {
    SplittableRandom rng = new SplittableRandom(d);
    DMatrixRMaj v = spd(rng, d);
    double[] x = vector(rng, d);
    DMatrixRMaj xm = new DMatrixRMaj(d, 1, true, x);

    DMatrixRMaj vx = new DMatrixRMaj(d, 1);
    CommonOps_DDRM.mult(v, xm, vx);
    double[] out = new double[d];
    DenseKernels.symmetricMultiply(v.data, d, x, out);
    assertClose(vx.data, out, 10 * d);
    assertEquals(
        CommonOps_DDRM.dot(xm, vx), DenseKernels.quadraticForm(v.data, d, x, out), TOL * 100 * d);
    assertEquals(CommonOps_DDRM.dot(xm, xm), DenseKernels.dot(x, x, d), TOL * d);

    DMatrixRMaj u = upperFactor(v);
    double[] inv = inverseDiagonal(u);
    // forward: Uᵀ y = x
    DMatrixRMaj y = new DMatrixRMaj(d, 1);
    CommonOps_DDRM.solve(CommonOps_DDRM.transpose(u, null), xm, y);
    double[] yOurs = new double[d];
    DenseKernels.forwardSolve(u.data, inv, d, x, yOurs);
    assertClose(y.data, yOurs, 10 * d);
    // back: U z = y
    DMatrixRMaj z = new DMatrixRMaj(d, 1);
    CommonOps_DDRM.solve(u, y, z);
    double[] zOurs = new double[d];
    DenseKernels.backSolve(u.data, inv, d, yOurs, zOurs);
    assertClose(z.data, zOurs, 100 * d);
    // in place
    double[] inPlace = yOurs.clone();
    DenseKernels.backSolve(u.data, inv, d, inPlace, inPlace);
    assertClose(zOurs, inPlace, 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 7, 20, 50})
  void rankOneUpdatesMatchRefactorisation(int d) {
    SplittableRandom rng = new SplittableRandom(100 + d);
    DMatrixRMaj v = spd(rng, d);
    double[] u = upperFactor(v).data.clone();
    double[] inv = inverseDiagonal(upperFactor(v));
    double[] p = new double[d * d];
    DMatrixRMaj vInverse = new DMatrixRMaj(d, d);
    CommonOps_DDRM.invert(v, vInverse);
    for (int i = 0; i < d; i++) { // an exactly symmetric start
      for (int j = 0; j < d; j++) {
        p[i * d + j] = vInverse.get(Math.min(i, j), Math.max(i, j));
      }
    }
    for (int step = 0; step < 10; step++) {
      double[] x = vector(rng, d);
      // Cholesky path
      DenseKernels.choleskyUpdate(u, inv, d, x.clone());
      // Sherman–Morrison path: P -= (Px)(Px)ᵀ / (1 + xᵀPx)
      double[] px = new double[d];
      DenseKernels.symmetricMultiply(p, d, x, px);
      double s = 1.0 + DenseKernels.dot(x, px, d);
      double[] c = new double[d];
      for (int i = 0; i < d; i++) {
        c[i] = px[i] / Math.sqrt(s);
      }
      DenseKernels.subtractOuter(p, d, c);
      DenseKernels.addOuter(v.data, d, x);
    }
    DMatrixRMaj expectedU = upperFactor(v);
    assertClose(expectedU.data, u, 1e3 * d);
    assertClose(inverseDiagonal(expectedU), inv, 1e3 * d);
    DMatrixRMaj expectedP = new DMatrixRMaj(d, d);
    CommonOps_DDRM.invert(v, expectedP);
    assertClose(expectedP.data, p, 1e3 * d);
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        assertEquals(p[i * d + j], p[j * d + i], 0.0, "P stays exactly symmetric");
        assertEquals(v.data[i * d + j], v.data[j * d + i], 0.0, "G stays exactly symmetric");
      }
    }
  }

  /** {@code dotPair} gives each dot product bit for bit as {@code dot} does, for every length. */
  /**
   * The packed (upper-triangle) kernels against EJML on the full matrix: {@code P x} (rows in
   * pairs, so odd and even orders), the quadratic form through the packed weights, the rank-one
   * updates, and pack/unpack as an exact round trip.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 8, 19, 20, 33})
  void packedKernelsMatchEjml(int d) {
    SplittableRandom rng = new SplittableRandom(100 + d);
    DMatrixRMaj v = spd(rng, d);
    double[] x = vector(rng, d);
    DMatrixRMaj xm = new DMatrixRMaj(d, 1, true, x);
    double[] packed = new double[DenseKernels.packedSize(d)];
    DenseKernels.pack(v.data, d, packed);
    double[] full = new double[d * d];
    DenseKernels.unpack(packed, d, full);
    assertClose(v.data, full, 0.0);

    DMatrixRMaj vx = new DMatrixRMaj(d, 1);
    CommonOps_DDRM.mult(v, xm, vx);
    double[] out = new double[d];
    DenseKernels.packedMultiply(packed, d, x, out);
    assertClose(vx.data, out, 10 * d);
    double[] scratch = new double[packed.length];
    assertEquals(
        CommonOps_DDRM.dot(xm, vx),
        DenseKernels.packedQuadraticForm(packed, d, x, scratch),
        TOL * 100 * d);

    DMatrixRMaj outer = new DMatrixRMaj(d, d);
    CommonOps_DDRM.multTransB(xm, xm, outer);
    DMatrixRMaj plus = new DMatrixRMaj(d, d);
    CommonOps_DDRM.add(v, outer, plus);
    DenseKernels.packedAddOuter(packed, d, x);
    DenseKernels.unpack(packed, d, full);
    assertClose(plus.data, full, 10 * d);
    DenseKernels.packedSubtractOuter(packed, d, x);
    DenseKernels.unpack(packed, d, full);
    assertClose(v.data, full, 10 * d);
  }

  @Test
  void dotPairEqualsTwoDotsExactly() {
    SplittableRandom rng = new SplittableRandom(41);
    double[] out = new double[4];
    for (int n = 0; n <= 40; n++) {
      double[] a = vector(rng, n);
      double[] b = vector(rng, n);
      double[] w = vector(rng, n);
      DenseKernels.dotPair(a, b, w, n, out, 1);
      assertEquals(DenseKernels.dot(a, w, n), out[1], 0.0, "first, n = " + n);
      assertEquals(DenseKernels.dot(b, w, n), out[2], 0.0, "second, n = " + n);
    }
  }

  /** {@code forwardSolvePair} gives each solution as {@code forwardSolve} does. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8, 20, 33})
  void forwardSolvePairEqualsTwoSolvesExactly(int d) {
    SplittableRandom rng = new SplittableRandom(43 + d);
    DMatrixRMaj u1 = upperFactor(spd(rng, d));
    DMatrixRMaj u2 = upperFactor(spd(rng, d));
    double[] x = vector(rng, d);
    x[0] = 0.0; // so y_0 = 0: a zero multiplier, which only forwardSolve skips
    double[] y1 = new double[d];
    double[] y2 = new double[d];
    DenseKernels.forwardSolvePair(
        u1.data, inverseDiagonal(u1), u2.data, inverseDiagonal(u2), d, x, y1, y2);
    double[] e1 = new double[d];
    double[] e2 = new double[d];
    DenseKernels.forwardSolve(u1.data, inverseDiagonal(u1), d, x, e1);
    DenseKernels.forwardSolve(u2.data, inverseDiagonal(u2), d, x, e2);
    for (int i = 0; i < d; i++) {
      assertEquals(0.0, e1[i] - y1[i], 0.0, "first, entry " + i);
      assertEquals(0.0, e2[i] - y2[i], 0.0, "second, entry " + i);
    }
  }
}
