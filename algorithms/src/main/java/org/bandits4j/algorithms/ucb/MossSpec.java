package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Moss}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"horizon": 10000}}; omitted fields take the
 * defaults of {@link #defaults()}.
 *
 * @param horizon the number of rounds {@code n} the policy is tuned for, {@code >= 1}; rewards must
 *     lie in {@code [0, 1]}
 */
public record MossSpec(long horizon) implements PolicySpec<Moss> {

  /** Registry name. */
  public static final String NAME = "moss";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public MossSpec {
    Checks.atLeastOne("horizon", horizon);
  }

  /** MOSS tuned for 10 000 rounds. */
  public static MossSpec defaults() {
    return new MossSpec(10_000);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Moss create(ArmSet arms) {
    return new Moss(this, arms);
  }

  @Override
  public Moss restore(PolicyState state) {
    return new Moss(this, state);
  }
}
