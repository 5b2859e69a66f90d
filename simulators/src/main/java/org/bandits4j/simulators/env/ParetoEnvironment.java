package org.bandits4j.simulators.env;

import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ParetoDistribution;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Heavy-tailed arms: {@code X_i = μ_i + s (Y - E Y)} with {@code Y ~ Pareto(shape α, scale 1)},
 * {@code P(Y > y) = y^-α} for {@code y >= 1}, {@code E Y = α/(α - 1)}. Moments of order {@code p <
 * α} are finite: with {@code α = 1.8} the variance is infinite but {@code E|X - μ|^{1.5}} is not
 * (the instance of spec C). The tail is one-sided (large positive rewards), so the sample mean is
 * biased low most of the time and occasionally jumps up.
 *
 * <p>Draws: {@code Y = exp(E/α)} with {@code E} a standard exponential from the arm's stream
 * (Commons RNG's ziggurat, via {@link RandomStream#nextExponential()}), which is exactly Pareto.
 * Thread safety: immutable.
 */
public final class ParetoEnvironment extends LocationScaleEnvironment {

  private final double shape;
  private final ParetoDistribution law;

  /**
   * Arms {@code "0" .. "K-1"} with these means.
   *
   * @param shape the tail exponent {@code α}, finite and {@code > 1} (for a finite mean)
   * @param scale the scale {@code s}, finite and {@code > 0}
   * @throws IllegalArgumentException if a parameter is out of range or a mean is not finite
   */
  public ParetoEnvironment(double shape, double scale, double... means) {
    super(scale, means);
    if (!(shape > 1) || shape == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("shape must be finite and > 1, was " + shape);
    }
    this.shape = shape;
    this.law = ParetoDistribution.of(1.0, shape);
  }

  /**
   * Arms with the scale chosen so that {@code E|X - μ|^p = v}.
   *
   * @throws IllegalArgumentException if {@code p >= shape} or a parameter is out of range
   */
  public static ParetoEnvironment withCentralMoment(
      double shape, double p, double v, double... means) {
    ParetoEnvironment unit = new ParetoEnvironment(shape, 1.0, means);
    return new ParetoEnvironment(shape, scaleFor(unit.centralAbsoluteMoment(p), p, v), means);
  }

  /** The tail exponent {@code α}. */
  public double shape() {
    return shape;
  }

  @Override
  ContinuousDistribution standardLaw() {
    return law;
  }

  @Override
  double tailIndex() {
    return shape;
  }

  @Override
  double standardDraw(RandomStream armStream) {
    return Math.exp(armStream.nextExponential() / shape);
  }
}
