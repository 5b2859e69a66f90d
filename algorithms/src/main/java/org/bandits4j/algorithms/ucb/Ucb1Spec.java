package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Ucb1}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"c": 2.0, "rewardMin": 0.0, "rewardMax": 1.0}};
 * omitted fields take the defaults of {@link #defaults()}.
 *
 * @param c exploration constant in the bonus {@code sqrt(c ln t / N_i)}, finite and {@code >= 0}; 2
 *     is UCB1 of Auer et al. (2002), 0 is greedy
 * @param rewardMin lower end of the reward range, finite
 * @param rewardMax upper end of the reward range, finite and {@code > rewardMin}; rewards are
 *     rescaled to {@code [0, 1]} before the index is computed
 */
public record Ucb1Spec(double c, double rewardMin, double rewardMax) implements PolicySpec<Ucb1> {

  /** Registry name. */
  public static final String NAME = "ucb1";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public Ucb1Spec {
    Checks.nonNegative("c", c);
    Checks.interval("rewardMin", rewardMin, "rewardMax", rewardMax);
  }

  /** UCB1 as published: {@code c = 2}, rewards in {@code [0, 1]}. */
  public static Ucb1Spec defaults() {
    return new Ucb1Spec(2.0, 0.0, 1.0);
  }

  /** UCB1 with exploration constant {@code c}, rewards in {@code [0, 1]}. */
  public static Ucb1Spec withC(double c) {
    return new Ucb1Spec(c, 0.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Ucb1 create(ArmSet arms) {
    return new Ucb1(this, arms);
  }

  @Override
  public Ucb1 restore(PolicyState state) {
    return new Ucb1(this, state);
  }
}
