package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Arms with exponential rewards of means {@code μ_i}.
 *
 * <p>A draw is {@code μ_i E} with {@code E} a standard exponential from the arm's own stream
 * (Commons RNG's ziggurat, identical on every JDK). Thread safety: immutable.
 */
public final class ExponentialEnvironment extends StationaryEnvironment {

  /**
   * Arms {@code "0" .. "K-1"} with these means.
   *
   * @throws IllegalArgumentException if there are no means or a mean is not finite and {@code > 0}
   */
  public ExponentialEnvironment(double... means) {
    super(ArmSet.ofSize(checkedMeans(means, Double.MIN_NORMAL, Double.MAX_VALUE).length), means);
  }

  @Override
  double draw(int arm, RandomStream armStream) {
    return means[arm] * armStream.nextExponential();
  }

  @Override
  public String toString() {
    return "Exponential" + Arrays.toString(means);
  }
}
