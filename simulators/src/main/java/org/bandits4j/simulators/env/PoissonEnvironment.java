package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Arms with Poisson rewards of means {@code μ_i}.
 *
 * <p>A draw is Commons RNG's {@link PoissonSampler} for the arm's mean, fed by the arm's own stream
 * (its {@code nextLong} as the uniform source), so draws are identical on every JDK. Thread safety:
 * immutable.
 */
public final class PoissonEnvironment extends StationaryEnvironment {

  /**
   * Arms {@code "0" .. "K-1"} with these means.
   *
   * @throws IllegalArgumentException if there are no means or a mean is not in {@code (0, 1e6]}
   */
  public PoissonEnvironment(double... means) {
    super(ArmSet.ofSize(checkedMeans(means, Double.MIN_NORMAL, 1e6).length), means);
  }

  @Override
  double draw(int arm, RandomStream armStream) {
    return PoissonSampler.of(armStream::nextLong, means[arm]).sample();
  }

  @Override
  public String toString() {
    return "Poisson" + Arrays.toString(means);
  }
}
