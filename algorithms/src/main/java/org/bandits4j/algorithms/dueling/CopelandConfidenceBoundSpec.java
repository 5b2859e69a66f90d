package org.bandits4j.algorithms.dueling;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link CopelandConfidenceBound}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"alpha": 0.501}}.
 *
 * @param alpha exploration constant of the confidence bounds, finite and {@code > 1/2} (0.501 is
 *     duelpy's default, taken from the authors' experiments)
 */
public record CopelandConfidenceBoundSpec(double alpha)
    implements PolicySpec<CopelandConfidenceBound> {

  /** Registry name. */
  public static final String NAME = "copeland-confidence-bound";

  /**
   * Validates the parameter.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public CopelandConfidenceBoundSpec {
    RucbSpec.exploration("alpha", alpha);
  }

  /** CCB with {@code alpha = 0.501}. */
  public static CopelandConfidenceBoundSpec defaults() {
    return new CopelandConfidenceBoundSpec(0.501);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public CopelandConfidenceBound create(ArmSet arms) {
    return new CopelandConfidenceBound(this, arms);
  }

  @Override
  public CopelandConfidenceBound restore(PolicyState state) {
    return new CopelandConfidenceBound(this, state);
  }
}
