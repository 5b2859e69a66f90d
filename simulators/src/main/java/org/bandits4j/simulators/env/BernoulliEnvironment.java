package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Arms with Bernoulli rewards: arm {@code i} pays 1 with probability {@code μ_i}, else 0.
 *
 * <p>A draw is {@code 1 if U < μ_i} with {@code U = (nextLong() >>> 11) 2^-53} uniform on {@code
 * [0, 1)} from the arm's own stream, evaluated as the equivalent integer comparison {@code
 * (nextLong() >>> 11) < ceil(μ_i 2^53)}. Thread safety: immutable.
 */
public final class BernoulliEnvironment extends StationaryEnvironment {

  private final long[] thresholds;

  /**
   * Arms {@code "0" .. "K-1"} with these means.
   *
   * @throws IllegalArgumentException if there are no means or a mean is outside {@code [0, 1]}
   */
  public BernoulliEnvironment(double... means) {
    this(ArmSet.ofSize(checkedMeans(means, 0.0, 1.0).length), means);
  }

  /**
   * Named arms with these means.
   *
   * @throws IllegalArgumentException if the sizes differ or a mean is outside {@code [0, 1]}
   */
  public BernoulliEnvironment(ArmSet arms, double... means) {
    super(arms, checkedMeans(means, 0.0, 1.0));
    this.thresholds = new long[means.length];
    for (int i = 0; i < means.length; i++) {
      thresholds[i] = (long) Math.ceil(means[i] * 0x1.0p53);
    }
  }

  @Override
  double draw(int arm, RandomStream armStream) {
    return (armStream.nextLong() >>> 11) < thresholds[arm] ? 1.0 : 0.0;
  }

  @Override
  public String toString() {
    return "Bernoulli" + Arrays.toString(means());
  }
}
