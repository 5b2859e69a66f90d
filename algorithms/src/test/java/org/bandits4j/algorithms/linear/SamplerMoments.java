package org.bandits4j.algorithms.linear;

import java.util.function.Supplier;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Empirical mean and covariance of many draws of a Gaussian sampler, and the spec's A4b criterion
 * (algorithms-linear.md §A4): the covariance within 2% (relative Frobenius norm) of the target and
 * the mean within 3 standard errors. Shared by the LinTS and Laplace (logistic TS) sampler tests.
 *
 * <p>False alarms. Mean: 3 standard errors per coordinate is a two-sided rate of 0.27%; over {@code
 * m} coordinates the level is Bonferroni-adjusted ({@code z = Φ⁻¹(1 − 0.00135/m)}, 3.51 for {@code
 * m = 6}) so that the whole check keeps 0.27%. Covariance: for {@code n} Gaussian draws the
 * expected squared Frobenius error is {@code (‖Σ‖²_F + (tr Σ)²)/n}, a relative error of about
 * {@code sqrt((1 + (tr Σ)²/‖Σ‖²_F)/n)}, 0.4–0.6% for {@code n = 10⁵} on the matrices of these
 * tests. The tail is widest when one eigenvalue dominates (the error is then that of one variance,
 * {@code sqrt(2/n) = 0.45%} per standard deviation, and 2% is 4.4 of them). A simulation of the
 * Wishart fluctuation (10⁵ replicates each, on five {@code B⁻¹} built like these tests', {@code d}
 * = 3 and 6, condition numbers 50–600) put the 99.999% quantile at 1.7–1.9%: the false-alarm rate
 * of the covariance check is about 10⁻⁵.
 */
public final class SamplerMoments {

  private final int n;
  private final double[] mean;
  private final DMatrixRMaj covariance;

  private SamplerMoments(int n, double[] mean, DMatrixRMaj covariance) {
    this.n = n;
    this.mean = mean;
    this.covariance = covariance;
  }

  /**
   * A test's own Gaussian draw {@code mean + scale M z}, {@code z ~ N(0, I)} from {@link
   * NormalSampler}: a draw from {@code N(mean, scale² M Mᵀ)}.
   */
  public static double[] draw(
      double[] mean, DMatrixRMaj m, double scale, java.util.random.RandomGenerator rng) {
    int d = mean.length;
    double[] z = new double[d];
    for (int j = 0; j < d; j++) {
      z[j] = NormalSampler.sample(rng);
    }
    double[] out = mean.clone();
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        out[i] += scale * m.get(i, j) * z[j];
      }
    }
    return out;
  }

  /** Mean and (unbiased) covariance of {@code n} draws, accumulated around the first draw. */
  public static SamplerMoments of(int n, Supplier<double[]> sampler) {
    double[] first = sampler.get();
    int d = first.length;
    double[] sum = new double[d];
    double[] cross = new double[d * d];
    double[] c = new double[d];
    for (int s = 0; s < n; s++) {
      double[] x = s == 0 ? first : sampler.get();
      for (int i = 0; i < d; i++) {
        c[i] = x[i] - first[i];
        sum[i] += c[i];
      }
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          cross[i * d + j] += c[i] * c[j];
        }
      }
    }
    double[] mean = new double[d];
    DMatrixRMaj cov = new DMatrixRMaj(d, d);
    for (int i = 0; i < d; i++) {
      mean[i] = first[i] + sum[i] / n;
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        cov.set(i, j, (cross[i * d + j] - sum[i] * sum[j] / n) / (n - 1));
      }
    }
    return new SamplerMoments(n, mean, cov);
  }

  /** The empirical mean (a copy). */
  public double[] mean() {
    return mean.clone();
  }

  /** The empirical covariance (a copy). */
  public DMatrixRMaj covariance() {
    return covariance.copy();
  }

  /** The two-sided 3-standard-error level, Bonferroni-adjusted for {@code m} coordinates. */
  public static double meanLevel(int m) {
    return NormalDistribution.of(0, 1).inverseSurvivalProbability(0.00135 / m);
  }

  /** {@code ‖Ŝ − Σ‖_F / ‖Σ‖_F}. */
  public double relativeCovarianceError(DMatrixRMaj target) {
    DMatrixRMaj diff = new DMatrixRMaj(target.numRows, target.numCols);
    CommonOps_DDRM.subtract(covariance, target, diff);
    return NormOps_DDRM.normF(diff) / NormOps_DDRM.normF(target);
  }

  /**
   * Why the draws do not match {@code N(target mean, target covariance)} by the A4b criterion, or
   * null if they do.
   */
  public String mismatch(double[] targetMean, DMatrixRMaj targetCovariance) {
    double error = relativeCovarianceError(targetCovariance);
    if (!(error <= 0.02)) {
      return "covariance off by " + error + " (relative Frobenius) > 0.02";
    }
    double level = meanLevel(mean.length);
    for (int i = 0; i < mean.length; i++) {
      double se = Math.sqrt(targetCovariance.get(i, i) / n);
      double z = Math.abs(mean[i] - targetMean[i]) / se;
      if (!(z <= level)) {
        return "mean["
            + i
            + "] = "
            + mean[i]
            + " vs "
            + targetMean[i]
            + ": "
            + z
            + " SE > "
            + level;
      }
    }
    return null;
  }
}
