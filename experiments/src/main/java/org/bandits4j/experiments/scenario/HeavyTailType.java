package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.env.LogNormalEnvironment;
import org.bandits4j.simulators.env.ParetoEnvironment;
import org.bandits4j.simulators.env.StudentTEnvironment;

/**
 * Heavy-tailed arms {@code X_i = μ_i + s (Y - E Y)}, all arms sharing the centred law: {@code
 * "type": "pareto"} ({@code Y ~ Pareto(shape, 1)}), {@code "student-t"} ({@code Y ~ t(ν)}) or
 * {@code "log-normal"} ({@code Y = exp(σ Z)}), through the simulators' {@link ParetoEnvironment},
 * {@link StudentTEnvironment} and {@link LogNormalEnvironment}. For robust policies such as {@code
 * robust-ucb}; no bound curves are drawn (the catalogue's bounds assume Bernoulli or Gaussian
 * arms).
 *
 * <p>Thread safety: immutable.
 */
public final class HeavyTailType implements EnvironmentType {

  /** The tail laws. */
  public enum Law {
    /** Pareto, parameter {@code shape}. */
    PARETO("pareto", "shape", "tail exponent alpha > 1 (moments of order < alpha exist)"),
    /** Student's t, parameter {@code degreesOfFreedom}. */
    STUDENT_T("student-t", "degreesOfFreedom", "nu > 1 (variance finite when nu > 2)"),
    /** Log-normal, parameter {@code sigma}. */
    LOG_NORMAL("log-normal", "sigma", "sigma > 0 of the underlying normal");

    final String typeName;
    final String parameter;
    final String doc;

    Law(String typeName, String parameter, String doc) {
      this.typeName = typeName;
      this.parameter = parameter;
      this.doc = doc;
    }
  }

  private final Law law;

  /** The type for one law. */
  public HeavyTailType(Law law) {
    this.law = law;
  }

  @Override
  public String name() {
    return law.typeName;
  }

  @Override
  public String summary() {
    return "heavy-tailed arms: means[i] + scale (Y - E Y), Y "
        + switch (law) {
          case PARETO -> "Pareto(shape, 1)";
          case STUDENT_T -> "Student t(degreesOfFreedom)";
          case LOG_NORMAL -> "exp(sigma Z), Z standard normal";
        };
  }

  @Override
  public List<ParameterDoc> parameters() {
    return List.of(
        new ParameterDoc("means", "number[]", "required", "arm means"),
        new ParameterDoc(law.parameter, "number", "required", law.doc),
        new ParameterDoc("scale", "number", "1", "scale s > 0 of the centred law"));
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(node, Set.of("type", "label", "means", law.parameter, "scale"), path);
    double[] means = Fields.numbers(Fields.required(node, "means", path), Fields.at(path, "means"));
    double parameter =
        Fields.number(Fields.required(node, law.parameter, path), Fields.at(path, law.parameter));
    double scale =
        Fields.has(node, "scale") ? Fields.number(node.get("scale"), Fields.at(path, "scale")) : 1;
    Environment env;
    try {
      env =
          switch (law) {
            case PARETO -> new ParetoEnvironment(parameter, scale, means);
            case STUDENT_T -> new StudentTEnvironment(parameter, scale, means);
            case LOG_NORMAL -> new LogNormalEnvironment(parameter, scale, means);
          };
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
    String params = String.format(Locale.ROOT, "%s %s, scale %s", law.parameter, parameter, scale);
    return new BanditScenario(
        env,
        law.typeName + " arms (" + params + "), means " + Describe.numbers(means),
        law.typeName + ":" + parameter + ":" + scale + Arrays.toString(means),
        new ArmModel(
            law.typeName,
            means,
            new double[0],
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY));
  }
}
