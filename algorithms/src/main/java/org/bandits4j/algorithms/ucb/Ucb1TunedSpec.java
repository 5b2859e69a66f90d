package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Ucb1Tuned}: the reward range.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"rewardMin": 0.0, "rewardMax": 1.0}}; omitted
 * fields take the defaults of {@link #defaults()}.
 *
 * @param rewardMin lower end of the reward range, finite
 * @param rewardMax upper end of the reward range, finite and {@code > rewardMin}; rewards are
 *     rescaled to {@code [0, 1]} before the index is computed
 */
public record Ucb1TunedSpec(double rewardMin, double rewardMax) implements PolicySpec<Ucb1Tuned> {

  /** Registry name. */
  public static final String NAME = "ucb1-tuned";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public Ucb1TunedSpec {
    Checks.interval("rewardMin", rewardMin, "rewardMax", rewardMax);
  }

  /** UCB1-Tuned for rewards in {@code [0, 1]}. */
  public static Ucb1TunedSpec defaults() {
    return new Ucb1TunedSpec(0.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Ucb1Tuned create(ArmSet arms) {
    return new Ucb1Tuned(this, arms);
  }

  @Override
  public Ucb1Tuned restore(PolicyState state) {
    return new Ucb1Tuned(this, state);
  }
}
