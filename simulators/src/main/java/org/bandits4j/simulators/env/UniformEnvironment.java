package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Arms with uniform noise: {@code X_i = μ_i + w (2U - 1)}, {@code U} uniform on {@code [0, 1)} from
 * the arm's own stream, so rewards lie in {@code [μ_i - w, μ_i + w)} with variance {@code w²/3}: a
 * low-variance bounded instance (spec A.2 uses {@code w = 0.05}). Thread safety: immutable.
 */
public final class UniformEnvironment extends StationaryEnvironment {

  private final double halfWidth;

  /**
   * Arms {@code "0" .. "K-1"} with these means and one common half-width.
   *
   * @throws IllegalArgumentException if a mean is not finite or {@code halfWidth} is not finite and
   *     {@code >= 0}
   */
  public UniformEnvironment(double halfWidth, double... means) {
    super(ArmSet.ofSize(checkedMeans(means, -Double.MAX_VALUE, Double.MAX_VALUE).length), means);
    if (!(halfWidth >= 0) || halfWidth == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("halfWidth must be finite and >= 0, was " + halfWidth);
    }
    this.halfWidth = halfWidth;
  }

  /** The noise variance {@code w²/3}. */
  public double variance() {
    return halfWidth * halfWidth / 3.0;
  }

  @Override
  double draw(int arm, RandomStream armStream) {
    return means[arm] + halfWidth * (2.0 * armStream.nextDouble() - 1.0);
  }

  @Override
  public String toString() {
    return "Uniform[means=" + Arrays.toString(means) + ", halfWidth=" + halfWidth + "]";
  }
}
