package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Arms with Gaussian rewards {@code N(μ_i, σ_i²)}.
 *
 * <p>A draw is {@code μ_i + σ_i Z} with {@code Z} standard normal from the arm's own stream. Thread
 * safety: immutable.
 */
public final class GaussianEnvironment extends StationaryEnvironment {

  private final double[] sigma;

  /**
   * Arms {@code "0" .. "K-1"} with these means and one common standard deviation.
   *
   * @throws IllegalArgumentException if a mean is not finite or {@code sigma} is not finite and
   *     {@code >= 0}
   */
  public GaussianEnvironment(double sigma, double... means) {
    this(means, filled(means, sigma));
  }

  /**
   * Arms {@code "0" .. "K-1"} with per-arm means and standard deviations.
   *
   * @throws IllegalArgumentException if the lengths differ, a mean is not finite or a standard
   *     deviation is not finite and {@code >= 0}
   */
  public GaussianEnvironment(double[] means, double[] sigmas) {
    super(ArmSet.ofSize(checkedMeans(means, -Double.MAX_VALUE, Double.MAX_VALUE).length), means);
    if (sigmas == null || sigmas.length != means.length) {
      throw new IllegalArgumentException(
          "one standard deviation per arm needed: "
              + means.length
              + " means, "
              + (sigmas == null ? 0 : sigmas.length)
              + " sigmas");
    }
    for (int i = 0; i < sigmas.length; i++) {
      if (!(sigmas[i] >= 0.0) || sigmas[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "sigmas[" + i + "] must be finite and >= 0, was " + sigmas[i]);
      }
    }
    this.sigma = sigmas.clone();
  }

  private static double[] filled(double[] means, double sigma) {
    double[] sigmas = new double[means == null ? 0 : means.length];
    Arrays.fill(sigmas, sigma);
    return sigmas;
  }

  /** A copy of the standard deviations. */
  public double[] sigmas() {
    return sigma.clone();
  }

  @Override
  double draw(int arm, RandomStream armStream) {
    return means[arm] + sigma[arm] * armStream.nextGaussian();
  }

  @Override
  public String toString() {
    return "Gaussian[means=" + Arrays.toString(means) + ", sigmas=" + Arrays.toString(sigma) + "]";
  }
}
