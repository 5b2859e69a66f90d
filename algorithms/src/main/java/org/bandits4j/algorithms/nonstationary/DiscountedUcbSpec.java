package org.bandits4j.algorithms.nonstationary;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link DiscountedUcb}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"gamma": 0.99, "xi": 0.6, "rewardBound": 1.0,
 * "floor": 1.0}}; omitted fields take the defaults of {@link #defaults()}.
 *
 * @param gamma the discount {@code γ} in {@code (0, 1]} (1: no forgetting)
 * @param xi the exploration weight {@code ξ}, finite and {@code > 0} (the analysis needs {@code ξ >
 *     1/2})
 * @param rewardBound the reward bound {@code B}: rewards lie in {@code [0, B]}; finite and {@code >
 *     0}
 * @param floor arms whose discounted count is below it are played first; finite and {@code >= 0}
 *     (0: only arms never played or fully forgotten)
 */
public record DiscountedUcbSpec(double gamma, double xi, double rewardBound, double floor)
    implements PolicySpec<DiscountedUcb> {

  /** Registry name. */
  public static final String NAME = "discounted-ucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public DiscountedUcbSpec {
    Checks.positive("gamma", gamma);
    Checks.inRange("gamma", gamma, 0.0, 1.0);
    Checks.positive("xi", xi);
    Checks.positive("rewardBound", rewardBound);
    Checks.nonNegative("floor", floor);
  }

  /** {@code γ = 0.99}, {@code ξ = 0.6}, {@code B = 1}, floor 1. */
  public static DiscountedUcbSpec defaults() {
    return new DiscountedUcbSpec(0.99, 0.6, 1.0, 1.0);
  }

  /**
   * Garivier and Moulines' tuning for a horizon {@code T} with {@code Υ} breakpoints and {@code B =
   * 1}: {@code γ = 1 - sqrt(Υ / T) / 4}, {@code ξ = 0.6}, floor 1.
   *
   * @throws IllegalArgumentException if {@code T < 1}, {@code Υ < 1} or {@code Υ >= 16 T}
   */
  public static DiscountedUcbSpec tuned(long horizon, int breakpoints) {
    Checks.atLeastOne("horizon", horizon);
    Checks.atLeastOne("breakpoints", breakpoints);
    return new DiscountedUcbSpec(
        1.0 - Math.sqrt((double) breakpoints / horizon) / 4.0, 0.6, 1.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public DiscountedUcb create(ArmSet arms) {
    return new DiscountedUcb(this, arms);
  }

  @Override
  public DiscountedUcb restore(PolicyState state) {
    return new DiscountedUcb(this, state);
  }
}
