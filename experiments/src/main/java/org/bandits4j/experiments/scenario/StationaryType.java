package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.env.ExponentialEnvironment;
import org.bandits4j.simulators.env.PoissonEnvironment;
import org.bandits4j.simulators.env.UniformEnvironment;

/**
 * Further stationary arms of the simulators: {@code "type": "uniform"} (uniform noise of half-width
 * {@code halfWidth} around each mean, {@link UniformEnvironment}), {@code "exponential"} ({@link
 * ExponentialEnvironment}) and {@code "poisson"} ({@link PoissonEnvironment}), for the KL-UCB
 * families and the variance-aware policies. Bound curves: Lai–Robbins for exponential and Poisson
 * arms (the simulators' constants), UCB1's where uniform rewards lie in {@code [0, 1]}.
 *
 * <p>Thread safety: immutable.
 */
public final class StationaryType implements EnvironmentType {

  /** The laws. */
  public enum Law {
    /** Uniform on {@code [mean - halfWidth, mean + halfWidth]}. */
    UNIFORM("uniform"),
    /** Exponential with the given means. */
    EXPONENTIAL("exponential"),
    /** Poisson with the given means. */
    POISSON("poisson");

    final String typeName;

    Law(String typeName) {
      this.typeName = typeName;
    }
  }

  private final Law law;

  /** The type for one law. */
  public StationaryType(Law law) {
    this.law = law;
  }

  @Override
  public String name() {
    return law.typeName;
  }

  @Override
  public String summary() {
    return switch (law) {
      case UNIFORM -> "uniform arms on [means[i] - halfWidth, means[i] + halfWidth]";
      case EXPONENTIAL -> "exponential arms with means[i]";
      case POISSON -> "Poisson arms with means[i]";
    };
  }

  @Override
  public List<ParameterDoc> parameters() {
    ParameterDoc means = new ParameterDoc("means", "number[]", "required", "arm means");
    return law == Law.UNIFORM
        ? List.of(means, new ParameterDoc("halfWidth", "number", "required", "noise half-width"))
        : List.of(means);
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(
        node,
        law == Law.UNIFORM
            ? Set.of("type", "label", "means", "halfWidth")
            : Set.of("type", "label", "means"),
        path);
    double[] means = Fields.numbers(Fields.required(node, "means", path), Fields.at(path, "means"));
    double halfWidth =
        law == Law.UNIFORM
            ? Fields.number(Fields.required(node, "halfWidth", path), Fields.at(path, "halfWidth"))
            : 0;
    Environment env;
    try {
      env =
          switch (law) {
            case UNIFORM -> new UniformEnvironment(halfWidth, means);
            case EXPONENTIAL -> new ExponentialEnvironment(means);
            case POISSON -> new PoissonEnvironment(means);
          };
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
    double min = Arrays.stream(means).min().orElseThrow();
    double max = Arrays.stream(means).max().orElseThrow();
    ArmModel model =
        law == Law.UNIFORM
            ? ArmModel.bounded(means, min - halfWidth, max + halfWidth)
            : new ArmModel(law.typeName, means, new double[0], 0.0, Double.POSITIVE_INFINITY);
    return new BanditScenario(
        env,
        law.typeName
            + " arms, means "
            + Describe.numbers(means)
            + (law == Law.UNIFORM ? ", half-width " + halfWidth : ""),
        law.typeName + ":" + halfWidth + Arrays.toString(means),
        model);
  }
}
