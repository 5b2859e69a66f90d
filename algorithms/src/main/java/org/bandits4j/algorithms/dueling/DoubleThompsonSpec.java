package org.bandits4j.algorithms.dueling;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link DoubleThompson}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"alpha": 0.51}}.
 *
 * @param alpha exploration constant of the confidence bounds that prune candidates, finite and
 *     {@code > 1/2} (0.51 in duelpy and, as duelpy reports, in the paper's experiments)
 */
public record DoubleThompsonSpec(double alpha) implements PolicySpec<DoubleThompson> {

  /** Registry name. */
  public static final String NAME = "double-thompson";

  /**
   * Validates the parameter.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public DoubleThompsonSpec {
    RucbSpec.exploration("alpha", alpha);
  }

  /** D-TS with {@code alpha = 0.51}. */
  public static DoubleThompsonSpec defaults() {
    return new DoubleThompsonSpec(0.51);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public DoubleThompson create(ArmSet arms) {
    return new DoubleThompson(this, arms);
  }

  @Override
  public DoubleThompson restore(PolicyState state) {
    return new DoubleThompson(this, state);
  }
}
