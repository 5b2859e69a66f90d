package org.bandits4j.algorithms.glm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.algorithms.linear.SamplerMoments;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.Selection;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.api.Test;

/**
 * Logistic Thompson sampling's Laplace sampler: draws {@code θ̃ ~ N(θ̂, a² H⁻¹)} with {@code θ̂}
 * the MAP estimate and {@code H = Σ μ'(x_sᵀθ̂) x_s x_sᵀ + λI} the Hessian of the negative log
 * posterior at it. On 200 rows ({@code d = 3}, {@code x ~ N(0, I)}, Bernoulli rewards of {@code θ*
 * = (1.5, −1, 0.5)}) the test computes {@code θ̂} by its own Newton iterations (plain arrays and
 * EJML, not {@link LogisticFit}) and {@code H⁻¹} with EJML, then compares 10⁵ draws of {@link
 * LogisticTs#sampleParameter} (the code path {@code select} uses) by the spec's A4b criterion in
 * {@link SamplerMoments} (covariance within 2% relative Frobenius, mean within 3 SE; false-alarm
 * rate below 0.3%). Broken Laplace samplers must fail it: the unweighted design matrix {@code λI +
 * Σ x xᵀ} in place of {@code H}, the Hessian at {@code θ = 0} instead of at {@code θ̂}, and {@code
 * a} in place of {@code a²}.
 */
class LogisticTsSamplerTest {

  private static final int D = 3;
  private static final int ROWS = 200;
  private static final int DRAWS = 100_000;
  private static final double LAMBDA = 1.0;

  @Test
  void laplaceDrawsHaveTheInverseHessianAtTheMapEstimate() {
    SplittableRandom data = new SplittableRandom(5);
    double[] truth = {1.5, -1.0, 0.5};
    double[][] x = new double[ROWS][D];
    double[] r = new double[ROWS];
    for (int s = 0; s < ROWS; s++) {
      double eta = 0;
      for (int j = 0; j < D; j++) {
        x[s][j] = NormalSampler.sample(data);
        eta += x[s][j] * truth[j];
      }
      r[s] = data.nextDouble() < 1.0 / (1.0 + Math.exp(-eta)) ? 1.0 : 0.0;
    }
    double[] map = newtonMap(x, r);
    for (double a : new double[] {1.0, 1.5}) {
      LogisticTs p = new LogisticTsSpec(D, LAMBDA, a).create(ArmSet.of("only"));
      for (int s = 0; s < ROWS; s++) {
        p.update(Context.ofArms(new double[][] {x[s]}), Selection.forced(p.arms().get(0)), r[s]);
      }
      assertArrayEquals(map, p.estimate(), 1e-9, "the policy's MAP estimate");
      DMatrixRMaj target = inverse(hessian(x, map));
      CommonOps_DDRM.scale(a * a, target);
      SplittableRandom rng = new SplittableRandom(6);
      SamplerMoments m = SamplerMoments.of(DRAWS, () -> p.sampleParameter(rng));
      assertNull(m.mismatch(map, target), "Laplace sampler with a = " + a);
      System.out.println(
          "Laplace a=" + a + ": covariance error " + m.relativeCovarianceError(target));

      DMatrixRMaj design = hessian(x, null);
      DMatrixRMaj atZero = hessian(x, new double[D]);
      for (DMatrixRMaj wrong : new DMatrixRMaj[] {design, atZero}) {
        DMatrixRMaj factor = inverseFactor(wrong);
        SamplerMoments broken =
            SamplerMoments.of(DRAWS, () -> SamplerMoments.draw(map, factor, a, rng));
        assertCaught(broken.mismatch(map, target), "a wrong precision matrix must be caught");
      }
      DMatrixRMaj factor = inverseFactor(hessian(x, map));
      SamplerMoments right =
          SamplerMoments.of(DRAWS, () -> SamplerMoments.draw(map, factor, a, rng));
      assertNull(right.mismatch(map, target), "the test's own correct sampler (sanity)");
    }
    LogisticTs linearScale = new LogisticTsSpec(D, LAMBDA, Math.sqrt(1.5)).create(ArmSet.of("o"));
    for (int s = 0; s < ROWS; s++) {
      linearScale.update(
          Context.ofArms(new double[][] {x[s]}), Selection.forced(linearScale.arms().get(0)), r[s]);
    }
    DMatrixRMaj target = inverse(hessian(x, map));
    CommonOps_DDRM.scale(1.5 * 1.5, target);
    SplittableRandom rng = new SplittableRandom(7);
    assertCaught(
        SamplerMoments.of(DRAWS, () -> linearScale.sampleParameter(rng)).mismatch(map, target),
        "a instead of a² must be caught");
  }

  /** The MAP estimate by undamped Newton steps from 0 until the step is below 1e-14. */
  private static double[] newtonMap(double[][] x, double[] r) {
    double[] theta = new double[D];
    for (int it = 0; it < 100; it++) {
      DMatrixRMaj g = new DMatrixRMaj(D, 1);
      for (int j = 0; j < D; j++) {
        g.set(j, 0, LAMBDA * theta[j]);
      }
      for (int s = 0; s < x.length; s++) {
        double mu = 1.0 / (1.0 + Math.exp(-dot(x[s], theta)));
        for (int j = 0; j < D; j++) {
          g.add(j, 0, (mu - r[s]) * x[s][j]);
        }
      }
      DMatrixRMaj step = new DMatrixRMaj(D, 1);
      assertTrue(CommonOps_DDRM.solve(hessian(x, theta), g, step));
      double size = 0;
      for (int j = 0; j < D; j++) {
        theta[j] -= step.get(j, 0);
        size = Math.max(size, Math.abs(step.get(j, 0)));
      }
      if (size < 1e-14) {
        return theta;
      }
    }
    return theta;
  }

  /** {@code Σ w_s x_s x_sᵀ + λI} with {@code w_s = μ'(x_sᵀθ)}, or 1 when {@code theta} is null. */
  private static DMatrixRMaj hessian(double[][] x, double[] theta) {
    DMatrixRMaj h = CommonOps_DDRM.identity(D);
    CommonOps_DDRM.scale(LAMBDA, h);
    for (double[] row : x) {
      double w = 1.0;
      if (theta != null) {
        double mu = 1.0 / (1.0 + Math.exp(-dot(row, theta)));
        w = mu * (1.0 - mu);
      }
      for (int i = 0; i < D; i++) {
        for (int j = 0; j < D; j++) {
          h.add(i, j, w * row[i] * row[j]);
        }
      }
    }
    return h;
  }

  private static DMatrixRMaj inverse(DMatrixRMaj m) {
    DMatrixRMaj out = new DMatrixRMaj(D, D);
    assertTrue(CommonOps_DDRM.invert(m, out));
    return out;
  }

  /**
   * {@code L⁻ᵀ} for {@code precision = L Lᵀ}: {@code mean + a L⁻ᵀ z} is a draw from {@code N(mean,
   * a² precision⁻¹)}.
   */
  private static DMatrixRMaj inverseFactor(DMatrixRMaj precision) {
    CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(D, true);
    assertTrue(chol.decompose(precision.copy()));
    DMatrixRMaj lowerInverse = new DMatrixRMaj(D, D);
    assertTrue(CommonOps_DDRM.invert(chol.getT(null), lowerInverse));
    return CommonOps_DDRM.transpose(lowerInverse, null);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Asserts that a broken variant was rejected, and logs why. */
  private static void assertCaught(String why, String variant) {
    System.out.println("broken variant (" + variant + "): " + why);
    assertNotNull(why, variant);
  }
}
