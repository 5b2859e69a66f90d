package org.bandits4j.simulators.env;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Skewed arms with every moment finite but a heavy right tail: {@code X_i = μ_i + s (Y - E Y)} with
 * {@code Y = exp(σ Z)}, {@code Z} standard normal, {@code E Y = exp(σ²/2)}, {@code Var Y = (exp(σ²)
 * - 1) exp(σ²)}. Its tail is not polynomial, so every moment exists, but for large {@code σ} the
 * moments are dominated by rare draws and sample means converge slowly.
 *
 * <p>Draws: {@code exp(σ Z)} with {@code Z} from the arm's stream (Commons RNG's ziggurat, via
 * {@link RandomStream#nextGaussian()}). Thread safety: immutable.
 */
public final class LogNormalEnvironment extends LocationScaleEnvironment {

  private final double sigma;
  private final LogNormalDistribution law;

  /**
   * Arms {@code "0" .. "K-1"} with these means.
   *
   * @param sigma the log-scale {@code σ}, finite and {@code > 0}
   * @param scale the scale {@code s}, finite and {@code > 0}
   * @throws IllegalArgumentException if a parameter is out of range or a mean is not finite
   */
  public LogNormalEnvironment(double sigma, double scale, double... means) {
    super(scale, means);
    if (!(sigma > 0) || sigma == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("sigma must be finite and > 0, was " + sigma);
    }
    this.sigma = sigma;
    this.law = LogNormalDistribution.of(0.0, sigma);
  }

  /** The log-scale {@code σ}. */
  public double sigma() {
    return sigma;
  }

  /** The variance {@code s² (exp(σ²) - 1) exp(σ²)}. */
  public double variance() {
    double e = Math.exp(sigma * sigma);
    return scale() * scale() * (e - 1) * e;
  }

  @Override
  ContinuousDistribution standardLaw() {
    return law;
  }

  @Override
  double tailIndex() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  double standardDraw(RandomStream armStream) {
    return Math.exp(sigma * armStream.nextGaussian());
  }
}
