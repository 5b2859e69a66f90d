package org.bandits4j.algorithms.dueling;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Rmed} in its RMED1 form.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"toleranceScale": 0.3, "toleranceExponent":
 * 1.01}}.
 *
 * @param toleranceScale {@code a} in the divergence tolerance {@code f(K) = a K^b}, finite and
 *     {@code >= 0}
 * @param toleranceExponent {@code b} in {@code f(K) = a K^b}, finite and {@code >= 0}; the paper's
 *     experiments use {@code f(K) = 0.3 K^1.01}
 */
public record Rmed1Spec(double toleranceScale, double toleranceExponent)
    implements PolicySpec<Rmed> {

  /** Registry name. */
  public static final String NAME = "rmed1";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public Rmed1Spec {
    Checks.nonNegative("toleranceScale", toleranceScale);
    Checks.nonNegative("toleranceExponent", toleranceExponent);
  }

  /** RMED1 as in the paper's experiments: {@code f(K) = 0.3 K^1.01}. */
  public static Rmed1Spec defaults() {
    return new Rmed1Spec(0.3, 1.01);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rmed create(ArmSet arms) {
    return new Rmed(this, arms, Rmed.Variant.RMED1, toleranceScale, toleranceExponent, 0.0);
  }

  @Override
  public Rmed restore(PolicyState state) {
    return new Rmed(this, state, Rmed.Variant.RMED1, toleranceScale, toleranceExponent, 0.0);
  }
}
