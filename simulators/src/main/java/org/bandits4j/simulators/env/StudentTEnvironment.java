package org.bandits4j.simulators.env;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.TSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.bandits4j.simulators.random.RandomStream;
import org.hipparchus.special.Gamma;

/**
 * Symmetric heavy-tailed arms: {@code X_i = μ_i + s T} with {@code T} Student-t with {@code ν}
 * degrees of freedom ({@code P(|T| > t) ~ t^-ν}). Moments of order {@code p < ν} are finite; the
 * variance is {@code s² ν/(ν - 2)} for {@code ν > 2}, and the central absolute moment is {@code
 * E|sT|^p = s^p ν^{p/2} Γ((p+1)/2) Γ((ν-p)/2) / (sqrt(π) Γ(ν/2))}.
 *
 * <p>Draws: Commons RNG's {@link TSampler} (Bailey's polar method) on the arm's stream; the sampler
 * object is created per draw (it binds its generator), which the JIT usually elides. Thread safety:
 * immutable.
 */
public final class StudentTEnvironment extends LocationScaleEnvironment {

  private final double degreesOfFreedom;
  private final TDistribution law;

  /**
   * Arms {@code "0" .. "K-1"} with these means.
   *
   * @param degreesOfFreedom {@code ν}, finite and {@code > 1} (for a finite mean)
   * @param scale the scale {@code s}, finite and {@code > 0}
   * @throws IllegalArgumentException if a parameter is out of range or a mean is not finite
   */
  public StudentTEnvironment(double degreesOfFreedom, double scale, double... means) {
    super(scale, means);
    if (!(degreesOfFreedom > 1) || degreesOfFreedom == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "degreesOfFreedom must be finite and > 1, was " + degreesOfFreedom);
    }
    this.degreesOfFreedom = degreesOfFreedom;
    this.law = TDistribution.of(degreesOfFreedom);
  }

  /** Degrees of freedom {@code ν}. */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /** The variance {@code s² ν/(ν - 2)} (infinite for {@code ν <= 2}). */
  public double variance() {
    return degreesOfFreedom > 2
        ? scale() * scale() * degreesOfFreedom / (degreesOfFreedom - 2)
        : Double.POSITIVE_INFINITY;
  }

  @Override
  double standardCentralMoment(double p) {
    if (!(p > 0) || !(p < degreesOfFreedom)) {
      throw new IllegalArgumentException(
          "moment order p must be in (0, " + degreesOfFreedom + ") for this law, was " + p);
    }
    double nu = degreesOfFreedom;
    return Math.exp(
        0.5 * p * Math.log(nu)
            + Gamma.logGamma((p + 1) / 2)
            + Gamma.logGamma((nu - p) / 2)
            - 0.5 * Math.log(Math.PI)
            - Gamma.logGamma(nu / 2));
  }

  @Override
  ContinuousDistribution standardLaw() {
    return law;
  }

  @Override
  double tailIndex() {
    return degreesOfFreedom;
  }

  @Override
  double standardDraw(RandomStream armStream) {
    UniformRandomProvider source = armStream::nextLong;
    return TSampler.of(source, degreesOfFreedom).sample();
  }
}
