package org.bandits4j.algorithms.nonstationary;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link SlidingWindowUcb}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"window": 1000, "xi": 0.6, "rewardBound": 1.0}};
 * omitted fields take the defaults of {@link #defaults()}.
 *
 * @param window the window length {@code τ}, {@code >= 1}
 * @param xi the exploration weight {@code ξ}, finite and {@code > 0} (the analysis needs {@code ξ >
 *     1/2})
 * @param rewardBound the reward bound {@code B}: rewards lie in {@code [0, B]}; finite and {@code >
 *     0}; it also scales the bonus
 */
public record SlidingWindowUcbSpec(int window, double xi, double rewardBound)
    implements PolicySpec<SlidingWindowUcb> {

  /** Registry name. */
  public static final String NAME = "sliding-window-ucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public SlidingWindowUcbSpec {
    Checks.atLeastOne("window", window);
    Checks.positive("xi", xi);
    Checks.positive("rewardBound", rewardBound);
  }

  /**
   * Window 1000 (the spec's default when the number of breakpoints is unknown), {@code ξ = 0.6},
   * {@code B = 1}.
   */
  public static SlidingWindowUcbSpec defaults() {
    return new SlidingWindowUcbSpec(1000, 0.6, 1.0);
  }

  /**
   * Garivier and Moulines' tuning for a horizon {@code T} with {@code Υ} breakpoints, {@code ξ =
   * 0.6}, {@code B = 1}: {@code τ = round(2 sqrt(T ln T / Υ))}.
   *
   * @throws IllegalArgumentException if {@code T < 2} or {@code Υ < 1}
   */
  public static SlidingWindowUcbSpec tuned(long horizon, int breakpoints) {
    if (horizon < 2) {
      throw new IllegalArgumentException("horizon must be >= 2, was " + horizon);
    }
    Checks.atLeastOne("breakpoints", breakpoints);
    double t = horizon;
    long tau = Math.round(2.0 * Math.sqrt(t * Math.log(t) / breakpoints));
    return new SlidingWindowUcbSpec((int) Math.min(Integer.MAX_VALUE, Math.max(1, tau)), 0.6, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SlidingWindowUcb create(ArmSet arms) {
    return new SlidingWindowUcb(this, arms);
  }

  @Override
  public SlidingWindowUcb restore(PolicyState state) {
    return new SlidingWindowUcb(this, state);
  }
}
