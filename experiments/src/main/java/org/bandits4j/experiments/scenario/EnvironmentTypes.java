package org.bandits4j.experiments.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment types known by name: the {@code "type"} values of experiment files.
 *
 * <p>Immutable; {@link #with(EnvironmentType)} gives a larger registry (see {@link EnvironmentType}
 * for how contextual and dueling types plug in). Thread-safe.
 */
public final class EnvironmentTypes {

  private static final EnvironmentTypes STANDARD =
      new EnvironmentTypes(new LinkedHashMap<>())
          .with(new BernoulliType())
          .with(new GaussianType())
          .with(new TableType())
          .with(new StationaryType(StationaryType.Law.UNIFORM))
          .with(new StationaryType(StationaryType.Law.EXPONENTIAL))
          .with(new StationaryType(StationaryType.Law.POISSON))
          .with(new HeavyTailType(HeavyTailType.Law.PARETO))
          .with(new HeavyTailType(HeavyTailType.Law.STUDENT_T))
          .with(new HeavyTailType(HeavyTailType.Law.LOG_NORMAL))
          .with(PiecewiseType.piecewise())
          .with(PiecewiseType.oblivious())
          .with(new DuelingType())
          .with(LinearType.linear())
          .with(LinearType.logistic())
          .with(new ReplayType());

  private final Map<String, EnvironmentType> types;

  private EnvironmentTypes(Map<String, EnvironmentType> types) {
    this.types = types;
  }

  /**
   * The built-in types: {@code bernoulli}, {@code gaussian}, {@code table}, {@code uniform}, {@code
   * exponential}, {@code poisson}; heavy-tailed {@code pareto}, {@code student-t}, {@code
   * log-normal}; non-stationary {@code piecewise} and {@code oblivious}; {@code dueling};
   * contextual {@code linear}, {@code logistic} and {@code replay}.
   */
  public static EnvironmentTypes standard() {
    return STANDARD;
  }

  /**
   * A registry with one more type.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public EnvironmentTypes with(EnvironmentType type) {
    if (types.containsKey(type.name())) {
      throw new IllegalArgumentException(
          "environment type '" + type.name() + "' is already registered");
    }
    Map<String, EnvironmentType> copy = new LinkedHashMap<>(types);
    copy.put(type.name(), type);
    return new EnvironmentTypes(copy);
  }

  /** Every type, in registration order. */
  public List<EnvironmentType> types() {
    return List.copyOf(types.values());
  }

  /**
   * The type named {@code name}.
   *
   * @throws IllegalArgumentException listing the known names if there is none
   */
  public EnvironmentType type(String name) {
    EnvironmentType type = types.get(name);
    if (type == null) {
      throw new IllegalArgumentException(
          "unknown environment type '" + name + "'; known: " + new ArrayList<>(types.keySet()));
    }
    return type;
  }
}
