package org.bandits4j.algorithms.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
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
 * Spec A4b (algorithms-linear.md §A4): LinTS's sampler draws from {@code N(θ̂, v² B⁻¹)}. The
 * posterior is built from 300 random rank-1 updates with correlated rows ({@code x = G g}, {@code
 * G} a random 6×6 matrix, {@code g ~ N(0, I)}), so {@code B = I + Σ x xᵀ} is far from diagonal; the
 * test computes {@code B⁻¹} and {@code θ̂ = B⁻¹ Σ r x} independently with EJML and compares 10⁵
 * draws made through the policy's own code path ({@link LinTs#sampleParameter}, {@link
 * LinTs#sampleScores}) by the criterion of {@link SamplerMoments} (covariance within 2% relative
 * Frobenius, mean within 3 SE; false-alarm rates there). Each criterion is shown to reject broken
 * samplers: {@code v} instead of {@code v²} (the scale's square root through the real path), the
 * Cholesky factor instead of its inverse transpose, the wrong triangular solve, a draw centred at
 * the prior mean, and (per-arm mode) one normal shared by all arms.
 */
class LinTsSamplerTest {

  private static final int D = 6;
  private static final int UPDATES = 300;
  private static final int DRAWS = 100_000;
  private static final double V = 0.7;

  /** Rows {@code x = G g} and rewards {@code xᵀθ + 0.1 ε}, from a fixed seed. */
  private static final class Data {
    private final double[][] x;
    private final double[] r;

    private Data(double[][] x, double[] r) {
      this.x = x;
      this.r = r;
    }

    double[][] x() {
      return x;
    }

    double[] r() {
      return r;
    }

    static Data random(long seed) {
      SplittableRandom rng = new SplittableRandom(seed);
      double[][] g = new double[D][D];
      double[] theta = new double[D];
      for (int i = 0; i < D; i++) {
        theta[i] = NormalSampler.sample(rng) / Math.sqrt(D);
        for (int j = 0; j < D; j++) {
          g[i][j] = NormalSampler.sample(rng) / Math.sqrt(D);
        }
      }
      double[][] x = new double[UPDATES][D];
      double[] r = new double[UPDATES];
      double[] e = new double[D];
      for (int t = 0; t < UPDATES; t++) {
        for (int j = 0; j < D; j++) {
          e[j] = NormalSampler.sample(rng);
        }
        for (int i = 0; i < D; i++) {
          for (int j = 0; j < D; j++) {
            x[t][i] += g[i][j] * e[j];
          }
          r[t] += x[t][i] * theta[i];
        }
        r[t] += 0.1 * NormalSampler.sample(rng);
      }
      return new Data(x, r);
    }

    /** {@code B = I + Σ x xᵀ} (λ = 1). */
    DMatrixRMaj gram() {
      DMatrixRMaj b = CommonOps_DDRM.identity(D);
      for (double[] row : x) {
        for (int i = 0; i < D; i++) {
          for (int j = 0; j < D; j++) {
            b.add(i, j, row[i] * row[j]);
          }
        }
      }
      return b;
    }

    /** {@code θ̂ = B⁻¹ Σ r x}. */
    double[] estimate() {
      DMatrixRMaj f = new DMatrixRMaj(D, 1);
      for (int t = 0; t < x.length; t++) {
        for (int i = 0; i < D; i++) {
          f.add(i, 0, r[t] * x[t][i]);
        }
      }
      DMatrixRMaj out = new DMatrixRMaj(D, 1);
      assertTrue(CommonOps_DDRM.solve(gram(), f, out));
      return out.data.clone();
    }

    /** {@code v² B⁻¹}. */
    DMatrixRMaj covariance(double v) {
      DMatrixRMaj inv = new DMatrixRMaj(D, D);
      assertTrue(CommonOps_DDRM.invert(gram(), inv));
      CommonOps_DDRM.scale(v * v, inv);
      return inv;
    }
  }

  /** A shared-model LinTS that learned every row of {@code data} (one arm, per-arm row). */
  private static LinTs sharedPolicy(LinTsSpec spec, Data data) {
    LinTs p = spec.create(ArmSet.of("a"));
    for (int t = 0; t < data.x().length; t++) {
      Context c = Context.ofArms(new double[][] {data.x()[t]});
      p.update(c, Selection.forced(p.arms().get(0)), data.r()[t]);
    }
    return p;
  }

  @Test
  void sharedDrawsAreTheScaledRidgePosterior() {
    Data data = Data.random(1);
    double[] theta = data.estimate();
    DMatrixRMaj target = data.covariance(V);
    LinTs p = sharedPolicy(LinTsSpec.shared(D, V), data);
    SplittableRandom rng = new SplittableRandom(2);
    SamplerMoments m = SamplerMoments.of(DRAWS, () -> p.sampleParameter(rng));
    assertNull(m.mismatch(theta, target), "the shared LinTS sampler");
    System.out.println("shared LinTS: covariance error " + m.relativeCovarianceError(target));

    // Broken: v instead of v² (covariance v B⁻¹), through the policy's own path.
    LinTs rootScale = sharedPolicy(LinTsSpec.shared(D, Math.sqrt(V)), data);
    assertCaught(
        SamplerMoments.of(DRAWS, () -> rootScale.sampleParameter(rng)).mismatch(theta, target),
        "v instead of v² must be caught");

    // Broken: θ̂ + v L z with B = L Lᵀ (covariance v² B), and θ̂ + v L⁻¹ z (covariance v² (LᵀL)⁻¹):
    // the factor instead of its inverse transpose, and the other triangular solve.
    CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(D, true);
    assertTrue(chol.decompose(data.gram()));
    DMatrixRMaj lower = chol.getT(null);
    DMatrixRMaj lowerInverse = new DMatrixRMaj(D, D);
    assertTrue(CommonOps_DDRM.invert(lower, lowerInverse));
    for (DMatrixRMaj wrong : new DMatrixRMaj[] {lower, lowerInverse}) {
      SamplerMoments broken =
          SamplerMoments.of(DRAWS, () -> SamplerMoments.draw(theta, wrong, V, rng));
      assertCaught(broken.mismatch(theta, target), "a wrong factor must be caught");
    }

    // Broken: centred at the prior mean 0 instead of θ̂ (covariance right).
    DMatrixRMaj upperInverse = new DMatrixRMaj(D, D);
    CommonOps_DDRM.transpose(lowerInverse, upperInverse); // B⁻¹ = L⁻ᵀ L⁻¹: the right factor
    double[] zero = new double[D];
    SamplerMoments centred =
        SamplerMoments.of(DRAWS, () -> SamplerMoments.draw(zero, upperInverse, V, rng));
    assertNull(centred.mismatch(zero, target), "the test's own correct sampler (sanity)");
    assertCaught(centred.mismatch(theta, target), "a draw centred at 0 must be caught");
  }

  /**
   * The per-arm mode draws each arm's score {@code ⟨x_a, θ̃_a⟩ ~ N(θ̂_aᵀx_a, v² x_aᵀA_a⁻¹x_a)}
   * directly, independently across arms. Here 21 arms all learn the same data ({@code A_a = B}) and
   * are queried at {@code e_i} and {@code (e_i + e_j)/√2}: the 21 quadratic forms determine {@code
   * v² B⁻¹}. Criterion: each arm's score variance within 2% of {@code v² x_aᵀB⁻¹x_a} (one variance
   * from 10⁵ draws has relative SE {@code sqrt(2/n) = 0.45%}: 2% is 4.5 SE, a false-alarm rate of
   * 10⁻⁵ per arm, 2·10⁻⁴ over 21 arms), each mean within the Bonferroni-adjusted 3 SE of {@link
   * SamplerMoments#meanLevel}, and every pair of arms uncorrelated ({@code |ρ| < 0.02}, 6.3 SE of a
   * correlation from 10⁵ draws: 3·10⁻¹⁰ per pair). The same scores made with one normal shared by
   * all arms, and with {@code v} in place of {@code v²}, fail it.
   */
  @Test
  void perArmScoresAreIndependentScaledRidgePosteriors() {
    Data data = Data.random(3);
    double[] theta = data.estimate();
    DMatrixRMaj target = data.covariance(V);
    double[][] rows = directions();
    int k = rows.length;
    assertEquals(D * (D + 1) / 2, k);
    double[] mean = new double[k];
    double[] variance = new double[k];
    for (int a = 0; a < k; a++) {
      for (int i = 0; i < D; i++) {
        mean[a] += theta[i] * rows[a][i];
        for (int j = 0; j < D; j++) {
          variance[a] += rows[a][i] * target.get(i, j) * rows[a][j];
        }
      }
    }
    Context query = Context.ofArms(rows);
    SplittableRandom rng = new SplittableRandom(4);
    LinTs p = disjointPolicy(LinTsSpec.disjoint(D, V), data, k);
    SamplerMoments m = SamplerMoments.of(DRAWS, () -> p.sampleScores(query, rng));
    assertNull(perArmMismatch(m, mean, variance), "the per-arm LinTS sampler");

    LinTs rootScale = disjointPolicy(LinTsSpec.disjoint(D, Math.sqrt(V)), data, k);
    SamplerMoments broken = SamplerMoments.of(DRAWS, () -> rootScale.sampleScores(query, rng));
    assertCaught(perArmMismatch(broken, mean, variance), "v instead of v² must be caught");

    SamplerMoments common =
        SamplerMoments.of(
            DRAWS,
            () -> {
              double z = NormalSampler.sample(rng);
              double[] s = new double[k];
              for (int a = 0; a < k; a++) {
                s[a] = mean[a] + Math.sqrt(variance[a]) * z;
              }
              return s;
            });
    assertCaught(perArmMismatch(common, mean, variance), "one normal for all arms: caught");
  }

  /** {@code e_i}, then {@code (e_i + e_j)/√2} for {@code i < j}. */
  private static double[][] directions() {
    double[][] out = new double[D * (D + 1) / 2][D];
    int a = 0;
    for (int i = 0; i < D; i++) {
      out[a++][i] = 1.0;
    }
    for (int i = 0; i < D; i++) {
      for (int j = i + 1; j < D; j++) {
        out[a][i] = Math.sqrt(0.5);
        out[a++][j] = Math.sqrt(0.5);
      }
    }
    return out;
  }

  /** A per-arm LinTS whose {@code k} arms all learned every row of {@code data}. */
  private static LinTs disjointPolicy(LinTsSpec spec, Data data, int k) {
    LinTs p = spec.create(ArmSet.ofSize(k));
    double[][] same = new double[k][];
    for (int t = 0; t < data.x().length; t++) {
      java.util.Arrays.fill(same, data.x()[t]);
      Context c = Context.ofArms(same);
      for (int a = 0; a < k; a++) {
        p.update(c, Selection.forced(p.arms().get(a)), data.r()[t]);
      }
    }
    return p;
  }

  private static String perArmMismatch(SamplerMoments m, double[] mean, double[] variance) {
    double[] mu = m.mean();
    DMatrixRMaj s = m.covariance();
    double level = SamplerMoments.meanLevel(mean.length);
    for (int a = 0; a < mean.length; a++) {
      double error = s.get(a, a) / variance[a] - 1.0;
      if (!(Math.abs(error) <= 0.02)) {
        return "arm " + a + ": variance off by " + error;
      }
      double z = Math.abs(mu[a] - mean[a]) / Math.sqrt(variance[a] / DRAWS);
      if (!(z <= level)) {
        return "arm " + a + ": mean off by " + z + " SE";
      }
      for (int b = 0; b < a; b++) {
        double rho = s.get(a, b) / Math.sqrt(s.get(a, a) * s.get(b, b));
        if (!(Math.abs(rho) < 0.02)) {
          return "arms " + a + ", " + b + ": correlation " + rho;
        }
      }
    }
    return null;
  }

  /** Asserts that a broken variant was rejected, and logs why. */
  private static void assertCaught(String why, String variant) {
    System.out.println("broken variant (" + variant + "): " + why);
    assertNotNull(why, variant);
  }
}
