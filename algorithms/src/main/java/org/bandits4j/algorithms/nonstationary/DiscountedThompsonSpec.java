package org.bandits4j.algorithms.nonstationary;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link DiscountedThompsonSampling}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"gamma": 0.95, "priorAlpha": 1.0, "priorBeta":
 * 1.0}}; omitted fields take the defaults of {@link #defaults()}.
 *
 * @param gamma the discount {@code γ} in {@code (0, 1]} (1: plain Beta–Bernoulli Thompson sampling)
 * @param priorAlpha prior pseudo-successes {@code a_0}, finite and {@code > 0}
 * @param priorBeta prior pseudo-failures {@code b_0}, finite and {@code > 0}
 */
public record DiscountedThompsonSpec(double gamma, double priorAlpha, double priorBeta)
    implements PolicySpec<DiscountedThompsonSampling> {

  /** Registry name. */
  public static final String NAME = "discounted-thompson";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public DiscountedThompsonSpec {
    Checks.positive("gamma", gamma);
    Checks.inRange("gamma", gamma, 0.0, 1.0);
    Checks.positive("priorAlpha", priorAlpha);
    Checks.positive("priorBeta", priorBeta);
  }

  /** {@code γ = 0.95} (SMPyBandits' default) and the uniform prior. */
  public static DiscountedThompsonSpec defaults() {
    return new DiscountedThompsonSpec(0.95, 1.0, 1.0);
  }

  /** Discount {@code γ} with the uniform prior. */
  public static DiscountedThompsonSpec withGamma(double gamma) {
    return new DiscountedThompsonSpec(gamma, 1.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public DiscountedThompsonSampling create(ArmSet arms) {
    return new DiscountedThompsonSampling(this, arms);
  }

  @Override
  public DiscountedThompsonSampling restore(PolicyState state) {
    return new DiscountedThompsonSampling(this, state);
  }
}
