package org.bandits4j.algorithms.thompson;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link BetaThompsonSampling}: the Beta prior shared by all arms.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"priorAlpha": 1.0, "priorBeta": 1.0}}; omitted
 * fields take the defaults of {@link #defaults()}.
 *
 * @param priorAlpha prior pseudo-successes {@code a_0}, finite and {@code > 0}
 * @param priorBeta prior pseudo-failures {@code b_0}, finite and {@code > 0}
 */
public record BetaThompsonSpec(double priorAlpha, double priorBeta)
    implements PolicySpec<BetaThompsonSampling> {

  /** Registry name. */
  public static final String NAME = "thompson-beta";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public BetaThompsonSpec {
    Checks.positive("priorAlpha", priorAlpha);
    Checks.positive("priorBeta", priorBeta);
  }

  /** The uniform prior Beta(1, 1). */
  public static BetaThompsonSpec defaults() {
    return new BetaThompsonSpec(1.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public BetaThompsonSampling create(ArmSet arms) {
    return new BetaThompsonSampling(this, arms);
  }

  @Override
  public BetaThompsonSampling restore(PolicyState state) {
    return new BetaThompsonSampling(this, state);
  }
}
