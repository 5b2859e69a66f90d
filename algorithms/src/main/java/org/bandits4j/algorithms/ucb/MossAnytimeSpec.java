package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link MossAnytime}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"alpha": 1.35}}; omitted fields take the defaults
 * of {@link #defaults()}.
 *
 * @param alpha the exploration parameter {@code α} in the bonus scale {@code (1 + α)/2}, finite and
 *     {@code >= 0}; rewards must lie in {@code [0, 1]}
 */
public record MossAnytimeSpec(double alpha) implements PolicySpec<MossAnytime> {

  /** Registry name. */
  public static final String NAME = "moss-anytime";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public MossAnytimeSpec {
    Checks.nonNegative("alpha", alpha);
  }

  /** {@code α = 1.35}. */
  public static MossAnytimeSpec defaults() {
    return new MossAnytimeSpec(1.35);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public MossAnytime create(ArmSet arms) {
    return new MossAnytime(this, arms);
  }

  @Override
  public MossAnytime restore(PolicyState state) {
    return new MossAnytime(this, state);
  }
}
