package org.bandits4j.simulators.contextual;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A linear bandit with a fixed, finite arm set (spec §0.3 "fixed", test A3c): per replication,
 * {@code K} unit-sphere arm vectors drawn once, {@code θ* = S u} redrawn until the best arm leads
 * the second by at least {@code Δ}, Gaussian noise {@code N(0, R²)}. Every round shows the same
 * rows ({@code Context.ofArms}); regret becomes {@code O(log T / Δ)}.
 *
 * <p>Thread safety: immutable.
 */
public final class FixedArmEnvironment implements ContextualEnvironment {

  private final LinearEnvironment delegate;

  /**
   * A fixed arm set of {@code arms} vectors in dimension {@code d}.
   *
   * @param thetaNorm {@code S > 0}
   * @param noise {@code R >= 0}
   * @param minimumGap {@code Δ >= 0}, the least lead of the best arm
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public FixedArmEnvironment(int arms, int d, double thetaNorm, double noise, double minimumGap) {
    this.delegate =
        new LinearEnvironment(
            LinearModel.builder(arms)
                .rows(d, true)
                .contexts(FeatureDistribution.SPHERE, 1.0)
                .coefficients(FeatureDistribution.SPHERE, thetaNorm)
                .fixedRows(minimumGap)
                .build(),
            noise);
  }

  @Override
  public ArmSet arms() {
    return delegate.arms();
  }

  @Override
  public LinearProcess start(RandomStream stream) {
    return delegate.start(stream);
  }

  @Override
  public String toString() {
    return "FixedArmEnvironment[" + delegate + "]";
  }
}
