package org.bandits4j.algorithms.dueling;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Rmed} in its RMED2 form.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"toleranceScale": 0.3, "toleranceExponent": 1.01,
 * "alpha": 3.0}}.
 *
 * @param toleranceScale {@code a} in {@code f(K) = a K^b}, finite and {@code >= 0}
 * @param toleranceExponent {@code b} in {@code f(K) = a K^b}, finite and {@code >= 0}
 * @param alpha every pair is dueled until {@code n_ij >= alpha ln ln t}; finite and {@code > 1/2}
 *     (duelpy documents that bound; 3 is duelpy's default)
 */
public record Rmed2Spec(double toleranceScale, double toleranceExponent, double alpha)
    implements PolicySpec<Rmed> {

  /** Registry name. */
  public static final String NAME = "rmed2";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public Rmed2Spec {
    Checks.nonNegative("toleranceScale", toleranceScale);
    Checks.nonNegative("toleranceExponent", toleranceExponent);
    RucbSpec.exploration("alpha", alpha);
  }

  /** RMED2 with {@code f(K) = 0.3 K^1.01} and {@code alpha = 3}. */
  public static Rmed2Spec defaults() {
    return new Rmed2Spec(0.3, 1.01, 3.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rmed create(ArmSet arms) {
    return new Rmed(this, arms, Rmed.Variant.RMED2, toleranceScale, toleranceExponent, alpha);
  }

  @Override
  public Rmed restore(PolicyState state) {
    return new Rmed(this, state, Rmed.Variant.RMED2, toleranceScale, toleranceExponent, alpha);
  }
}
