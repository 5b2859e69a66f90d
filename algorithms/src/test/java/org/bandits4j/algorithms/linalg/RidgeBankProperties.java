package org.bandits4j.algorithms.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property cases for the CPU ridge bank: against a direct EJML ridge solve, between kernels,
 * for mini-batches, lazy switching, drift control and restore lockstep.
 */
class RidgeBankProperties {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(1L, 1, RidgeKernel.SHERMAN_MORRISON, 1.0),
        Arguments.of(2L, 3, RidgeKernel.CHOLESKY, 0.5),
        Arguments.of(3L, 8, RidgeKernel.SHERMAN_MORRISON, 2.0),
        Arguments.of(4L, 8, RidgeKernel.CHOLESKY, 1.0),
        Arguments.of(5L, 20, RidgeKernel.SHERMAN_MORRISON, 1.0),
        Arguments.of(6L, 20, RidgeKernel.CHOLESKY, 0.1));
  }

  /** Direct ridge: θ = (λI + XᵀX)⁻¹ Xᵀr, the variance xᵀV⁻¹x and log det V, by EJML. */
  @SuppressWarnings("ArrayRecordComponent") // a test-local value holder, never compared
  record Direct(double[] theta, DMatrixRMaj inverse, double logDet) {
    static Direct of(double[][] xs, double[] rs, int n, int d, double lambda) {
      DMatrixRMaj v = new DMatrixRMaj(d, d);
      double[] b = new double[d];
      for (int i = 0; i < d; i++) {
        v.set(i, i, lambda);
      }
      for (int t = 0; t < n; t++) {
        for (int i = 0; i < d; i++) {
          b[i] += rs[t] * xs[t][i];
          for (int j = 0; j < d; j++) {
            v.add(i, j, xs[t][i] * xs[t][j]);
          }
        }
      }
      DMatrixRMaj inverse = new DMatrixRMaj(d, d);
      CommonOps_DDRM.invert(v, inverse);
      DMatrixRMaj theta = new DMatrixRMaj(d, 1);
      CommonOps_DDRM.mult(inverse, new DMatrixRMaj(d, 1, true, b), theta);
      return new Direct(theta.data, inverse, Math.log(CommonOps_DDRM.det(v)));
    }

    double variance(double[] x) {
      DMatrixRMaj xm = new DMatrixRMaj(x.length, 1, true, x);
      DMatrixRMaj vx = new DMatrixRMaj(x.length, 1);
      CommonOps_DDRM.mult(inverse, xm, vx);
      return CommonOps_DDRM.dot(xm, vx);
    }
  }

  static double[][] rows(SplittableRandom rng, int n, int d) {
    double[][] xs = new double[n][d];
    for (double[] x : xs) {
      for (int i = 0; i < d; i++) {
        x[i] = rng.nextGaussian() / Math.sqrt(d);
      }
    }
    return xs;
  }

  static double[] rewards(SplittableRandom rng, int n) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = rng.nextGaussian();
    }
    return r;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sequentialUpdatesMatchTheDirectRidgeSolution(
      long seed, int d, RidgeKernel kernel, double lambda) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 3000;
    double[][] xs = rows(rng, n, d);
    double[] rs = rewards(rng, n);
    RidgeBank bank = RidgeBackend.cpu().create(2, d, new RidgeOptions(lambda, kernel, 0, 0));
    for (int t = 0; t < n; t++) {
      bank.update(t % 2, xs[t], rs[t]);
    }
    double[][] even = new double[(n + 1) / 2][];
    double[] evenR = new double[even.length];
    for (int t = 0; t < n; t += 2) {
      even[t / 2] = xs[t];
      evenR[t / 2] = rs[t];
    }
    Direct direct = Direct.of(even, evenR, even.length, d, lambda);
    double[] theta = new double[d];
    bank.theta(0, theta);
    for (int i = 0; i < d; i++) {
      assertEquals(direct.theta()[i], theta[i], 1e-9, "theta " + i);
    }
    double[] probe = rows(rng, 1, d)[0];
    assertEquals(direct.variance(probe), bank.variance(0, probe), 1e-10);
    assertEquals(direct.logDet(), bank.logDet(0), 1e-8 * Math.max(1, Math.abs(direct.logDet())));
    assertEquals(even.length, bank.count(0));
    double[] solved = new double[d];
    bank.solve(0, probe, solved);
    DMatrixRMaj expected = new DMatrixRMaj(d, 1);
    CommonOps_DDRM.mult(direct.inverse(), new DMatrixRMaj(d, 1, true, probe), expected);
    for (int i = 0; i < d; i++) {
      assertEquals(expected.data[i], solved[i], 1e-10);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void miniBatchesEqualSequentialUpdates(long seed, int d, RidgeKernel kernel, double lambda) {
    SplittableRandom rng = new SplittableRandom(seed + 50);
    RidgeOptions options = new RidgeOptions(lambda, kernel, 0, 0);
    RidgeBank sequential = RidgeBackend.cpu().create(3, d, options);
    RidgeBank batched = RidgeBackend.cpu().create(3, d, options);
    for (int batch = 0; batch < 6; batch++) {
      int n = 1 + rng.nextInt(3 * d + 2); // blocks below and above d rows per model
      double[][] xs = rows(rng, n, d);
      double[] rs = rewards(rng, n);
      int[] models = new int[n];
      for (int i = 0; i < n; i++) {
        models[i] = rng.nextInt(3);
        sequential.update(models[i], xs[i], rs[i]);
      }
      batched.update(models, xs, rs);
    }
    double[] a = new double[d];
    double[] b = new double[d];
    double[] probe = rows(rng, 1, d)[0];
    for (int m = 0; m < 3; m++) {
      assertEquals(sequential.count(m), batched.count(m));
      sequential.theta(m, a);
      batched.theta(m, b);
      for (int i = 0; i < d; i++) {
        assertEquals(a[i], b[i], 1e-9);
      }
      assertEquals(sequential.variance(m, probe), batched.variance(m, probe), 1e-10);
      assertEquals(sequential.logDet(m), batched.logDet(m), 1e-9 * Math.max(1, d));
      RidgeStatistics s = sequential.statistics(m);
      RidgeStatistics t = batched.statistics(m);
      for (int i = 0; i < d; i++) {
        assertEquals(s.moment(i), t.moment(i), 1e-12 * (1 + Math.abs(s.moment(i))));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void restoredBanksAnswerBitForBitAfterNormalise(
      long seed, int d, RidgeKernel kernel, double lambda) {
    SplittableRandom rng = new SplittableRandom(seed + 99);
    RidgeOptions options = new RidgeOptions(lambda, kernel, 0, 0.5);
    RidgeBank original = RidgeBackend.cpu().create(2, d, options);
    for (int t = 0; t < 700; t++) {
      original.update(t % 2, rows(rng, 1, d)[0], rng.nextGaussian());
    }
    original.normalise();
    RidgeBank restored = RidgeBackend.cpu().create(2, d, options);
    for (int m = 0; m < 2; m++) {
      restored.restore(m, original.statistics(m), original.publishedStatistics(m));
    }
    for (int t = 0; t < 700; t++) {
      double[] x = rows(rng, 1, d)[0];
      double r = rng.nextGaussian();
      int m = t % 2;
      assertEquals(original.mean(m, x), restored.mean(m, x), 0.0);
      assertEquals(original.variance(m, x), restored.variance(m, x), 0.0);
      assertEquals(original.logDet(m), restored.logDet(m), 0.0);
      original.update(m, x, r);
      restored.update(m, x, r);
    }
    assertEquals(original.statistics(1), restored.statistics(1));
  }

  @Test
  void lazyBanksAnswerFromTheLastSwitchUntilTheDeterminantDoubles() {
    SplittableRandom rng = new SplittableRandom(7);
    int d = 4;
    RidgeBank lazy =
        RidgeBackend.cpu().create(1, d, new RidgeOptions(1.0, RidgeKernel.CHOLESKY, 0, 1.0));
    RidgeBank eager = RidgeBackend.cpu().create(1, d, RidgeOptions.of(1.0, RidgeKernel.CHOLESKY));
    double published = lazy.logDet(0);
    int switches = 0;
    for (int t = 0; t < 2000; t++) {
      double[] x = rows(rng, 1, d)[0];
      double r = rng.nextGaussian();
      lazy.update(0, x, r);
      eager.update(0, x, r);
      if (lazy.logDet(0) != published) {
        switches++;
        assertTrue(lazy.logDet(0) - published >= Math.log(2.0) - 1e-12, "switch too early");
        assertEquals(eager.logDet(0), lazy.logDet(0), 1e-9, "a switch publishes the current state");
        published = lazy.logDet(0);
      } else {
        assertTrue(eager.logDet(0) - published < Math.log(2.0), "a switch was missed");
      }
    }
    // det grows from 1 to about (1 + n/d)^d: about d log2(n/d) switches.
    assertTrue(switches >= 20 && switches <= 60, "switches: " + switches);
    assertNotEquals(lazy.statistics(0), lazy.publishedStatistics(0));
  }

  @Test
  void driftIsCaughtByTheProbeAndRefactorisation() {
    // Near-collinear rows with a tiny ridge make Sherman–Morrison drift; the periodic
    // refactorisation and the probe keep P within tolerance of the inverse of V.
    int d = 6;
    SplittableRandom rng = new SplittableRandom(11);
    RidgeOptions options = new RidgeOptions(1e-6, RidgeKernel.SHERMAN_MORRISON, 0, 0);
    RidgeBank bank = RidgeBackend.cpu().create(1, d, options);
    double[][] xs = new double[20_000][];
    double[] rs = new double[xs.length];
    double[] base = rows(rng, 1, d)[0];
    for (int t = 0; t < xs.length; t++) {
      xs[t] = base.clone();
      for (int i = 0; i < d; i++) {
        xs[t][i] += 1e-3 * rng.nextGaussian();
      }
      rs[t] = rng.nextGaussian();
      bank.update(0, xs[t], rs[t]);
    }
    Direct direct = Direct.of(xs, rs, xs.length, d, 1e-6);
    double[] probe = rows(rng, 1, d)[0];
    double exact = direct.variance(probe);
    assertEquals(exact, bank.variance(0, probe), 1e-6 * Math.abs(exact));
  }

  @Test
  void samplingNeedsTheCholeskyKernelAndFollowsTheFactor() {
    RidgeBank sm =
        RidgeBackend.cpu().create(1, 2, RidgeOptions.of(1.0, RidgeKernel.SHERMAN_MORRISON));
    assertThrows(
        IllegalStateException.class, () -> sm.sample(0, new double[2], 1.0, new double[2]));
    // V = 4I (λ = 4, no data): U = 2I, so the draw is θ̂ + scale z / 2 = (0.5, -1.5) for z = (1,
    // -3).
    RidgeBank ch = RidgeBackend.cpu().create(1, 2, RidgeOptions.of(4.0, RidgeKernel.CHOLESKY));
    double[] out = new double[2];
    ch.sample(0, new double[] {1, -3}, 1.0, out);
    assertEquals(0.5, out[0], 0.0);
    assertEquals(-1.5, out[1], 0.0);
  }
}
