package org.bandits4j.algorithms.greedy;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link EpsilonGreedy}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"epsilon": 0.1, "schedule": "CONSTANT"}}; omitted
 * fields take the defaults of {@link #defaults()}.
 *
 * @param epsilon exploration rate ({@link EpsilonSchedule#CONSTANT}: in {@code [0, 1]}) or its
 *     scale (decaying schedules: finite and {@code >= 0})
 * @param schedule how the rate decays with time
 */
public record EpsilonGreedySpec(double epsilon, EpsilonSchedule schedule)
    implements PolicySpec<EpsilonGreedy> {

  /** Registry name. */
  public static final String NAME = "epsilon-greedy";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public EpsilonGreedySpec {
    Checks.notNull("schedule", schedule);
    if (schedule == EpsilonSchedule.CONSTANT) {
      Checks.inRange("epsilon", epsilon, 0.0, 1.0);
    } else {
      Checks.nonNegative("epsilon", epsilon);
    }
  }

  /** Constant ε = 0.1. */
  public static EpsilonGreedySpec defaults() {
    return new EpsilonGreedySpec(0.1, EpsilonSchedule.CONSTANT);
  }

  /** Constant exploration rate {@code epsilon}. */
  public static EpsilonGreedySpec constant(double epsilon) {
    return new EpsilonGreedySpec(epsilon, EpsilonSchedule.CONSTANT);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EpsilonGreedy create(ArmSet arms) {
    return new EpsilonGreedy(this, arms);
  }

  @Override
  public EpsilonGreedy restore(PolicyState state) {
    return new EpsilonGreedy(this, state);
  }
}
