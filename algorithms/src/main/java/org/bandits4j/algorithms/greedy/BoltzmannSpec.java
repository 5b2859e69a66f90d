package org.bandits4j.algorithms.greedy;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Boltzmann}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"temperature": 0.1, "schedule": "CONSTANT"}};
 * omitted fields take the defaults of {@link #defaults()}.
 *
 * @param temperature the temperature {@code τ} (in reward units), or its scale for decaying
 *     schedules; finite and {@code > 0}
 * @param schedule how the temperature decays with time
 */
public record BoltzmannSpec(double temperature, TemperatureSchedule schedule)
    implements PolicySpec<Boltzmann> {

  /** Registry name. */
  public static final String NAME = "boltzmann";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public BoltzmannSpec {
    Checks.positive("temperature", temperature);
    Checks.notNull("schedule", schedule);
  }

  /** Constant temperature 0.1. */
  public static BoltzmannSpec defaults() {
    return new BoltzmannSpec(0.1, TemperatureSchedule.CONSTANT);
  }

  /** Constant temperature {@code τ}. */
  public static BoltzmannSpec constant(double temperature) {
    return new BoltzmannSpec(temperature, TemperatureSchedule.CONSTANT);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Boltzmann create(ArmSet arms) {
    return new Boltzmann(this, arms);
  }

  @Override
  public Boltzmann restore(PolicyState state) {
    return new Boltzmann(this, state);
  }
}
