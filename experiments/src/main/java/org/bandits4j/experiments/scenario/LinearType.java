package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.contextual.ContextualEnvironment;
import org.bandits4j.simulators.contextual.FeatureDistribution;
import org.bandits4j.simulators.contextual.FixedArmEnvironment;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearModel;
import org.bandits4j.simulators.contextual.LogisticEnvironment;

/**
 * Synthetic contextual bandits from the simulators' {@link LinearModel}: {@code "type": "linear"}
 * (reward {@code f(x, a) + R Z}, {@link LinearEnvironment}) and {@code "type": "logistic"}
 * (Bernoulli reward with {@code P(1) = 1/(1 + e^{-f(x, a)})}, {@link LogisticEnvironment}).
 *
 * <p>{@code features} picks the structure: {@code rows} (default; one fresh unit-sphere row per arm
 * and round, one parameter {@code θ* = S u}: OFUL, LinTS, SupLinUCB, UCB-GLM), {@code per-arm}
 * (fresh unit-sphere rows, one parameter per arm: disjoint LinUCB on rows) or {@code shared} (one
 * shared context {@code x ~ N(0, I_d)}, per-arm {@code θ_a ~ N(0, I/d)}, workload W3). Parameters
 * are drawn once per replication from the replication's environment stream (so the master seed
 * fixes them), unless {@code theta} gives {@code θ*} (rows only). With {@code minimumGap} (linear,
 * rows only) the rows are drawn once per replication and {@code θ*} redrawn until the best arm
 * leads by the gap ({@link FixedArmEnvironment}, regret {@code O(log T)}).
 *
 * <p>Bound curves: where the setting is OFUL's (linear, rows, unit-norm features, {@code S <= 1}),
 * the model carries {@code d, K, L = 1, S, R} and the catalogue draws OFUL's bound.
 *
 * <p>Thread safety: immutable.
 */
public final class LinearType implements EnvironmentType {

  private final boolean logistic;

  private LinearType(boolean logistic) {
    this.logistic = logistic;
  }

  /** {@code "type": "linear"}. */
  public static LinearType linear() {
    return new LinearType(false);
  }

  /** {@code "type": "logistic"}. */
  public static LinearType logistic() {
    return new LinearType(true);
  }

  @Override
  public String name() {
    return logistic ? "logistic" : "linear";
  }

  @Override
  public String summary() {
    return logistic
        ? "logistic contextual bandit: Bernoulli rewards, P(1) = sigmoid(linear predictor)"
        : "linear contextual bandit: reward = linear predictor + Gaussian noise";
  }

  @Override
  public List<ParameterDoc> parameters() {
    List<ParameterDoc> docs =
        new ArrayList<>(
            List.of(
                new ParameterDoc("arms", "integer", "required", "number of arms K"),
                new ParameterDoc("dimension", "integer", "required", "feature dimension d"),
                new ParameterDoc(
                    "features",
                    "rows|per-arm|shared",
                    "rows",
                    "rows: shared theta; per-arm: theta per arm; shared: one context x"),
                new ParameterDoc(
                    "thetaNorm", "number", "1", "S, the norm of theta (rows, per-arm)"),
                new ParameterDoc("theta", "number[]", "-", "a fixed theta* (rows only)"),
                ContextualScenario.FEEDBACK_BATCH_DOC));
    if (!logistic) {
      docs.add(new ParameterDoc("noise", "number", "required", "R, noise standard deviation"));
      docs.add(
          new ParameterDoc(
              "minimumGap", "number", "-", "fixed arm set (rows): best arm leads by this gap"));
    }
    return docs;
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Set<String> known =
        new HashSet<>(
            List.of(
                "type",
                "label",
                "arms",
                "dimension",
                "features",
                "thetaNorm",
                "theta",
                ContextualScenario.FEEDBACK_BATCH));
    if (!logistic) {
      known.addAll(List.of("noise", "minimumGap"));
    }
    Fields.onlyKnown(node, known, path);
    int arms =
        (int)
            Fields.integer(
                Fields.required(node, "arms", path), Fields.at(path, "arms"), 1, 1_000_000);
    int d =
        (int)
            Fields.integer(
                Fields.required(node, "dimension", path), Fields.at(path, "dimension"), 1, 100_000);
    String features = Fields.has(node, "features") ? Fields.text(node, "features", path) : "rows";
    if (!List.of("rows", "per-arm", "shared").contains(features)) {
      throw new ConfigException(
          Fields.at(path, "features"), "must be rows, per-arm or shared, was '" + features + "'");
    }
    boolean rows = features.equals("rows");
    for (String f : List.of("theta", "minimumGap")) {
      if (Fields.has(node, f) && !rows) {
        throw new ConfigException(Fields.at(path, f), "only with features 'rows'");
      }
    }
    if (features.equals("shared") && Fields.has(node, "thetaNorm")) {
      throw new ConfigException(
          Fields.at(path, "thetaNorm"), "not with features 'shared' (theta_a ~ N(0, I/d))");
    }
    double s =
        Fields.has(node, "thetaNorm")
            ? Fields.number(node.get("thetaNorm"), Fields.at(path, "thetaNorm"))
            : 1.0;
    double[] theta = null;
    if (Fields.has(node, "theta")) {
      if (Fields.has(node, "thetaNorm") || Fields.has(node, "minimumGap")) {
        throw new ConfigException(
            Fields.at(path, "theta"), "give theta, or thetaNorm/minimumGap, not both");
      }
      theta = Fields.numbers(node.get("theta"), Fields.at(path, "theta"));
      if (theta.length != d) {
        throw new ConfigException(
            Fields.at(path, "theta"),
            "must have " + d + " entries (dimension), had " + theta.length);
      }
      double n2 = 0;
      for (double v : theta) {
        n2 += v * v;
      }
      s = Math.sqrt(n2);
    }
    double noise =
        logistic
            ? 0
            : Fields.number(Fields.required(node, "noise", path), Fields.at(path, "noise"));
    ContextualEnvironment env;
    String shape;
    try {
      if (Fields.has(node, "minimumGap")) {
        double gap = Fields.number(node.get("minimumGap"), Fields.at(path, "minimumGap"));
        env = new FixedArmEnvironment(arms, d, s, noise, gap);
        shape = String.format(Locale.ROOT, "fixed unit-sphere arms, gap >= %s", gap);
      } else {
        LinearModel model = model(features, arms, d, s, theta);
        env = logistic ? new LogisticEnvironment(model) : new LinearEnvironment(model, noise);
        shape =
            switch (features) {
              case "rows" -> "fresh unit-sphere rows, shared theta";
              case "per-arm" -> "fresh unit-sphere rows, theta per arm";
              default -> "shared Gaussian context, theta per arm";
            };
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
    String norm =
        features.equals("shared")
            ? ""
            : theta != null
                ? ", theta " + Describe.numbers(theta)
                : String.format(Locale.ROOT, ", |theta| = %s", s);
    String description =
        String.format(
            Locale.ROOT,
            "%s contextual bandit, K = %d, d = %d, %s%s%s",
            logistic ? "logistic" : "linear",
            arms,
            d,
            shape,
            norm,
            logistic ? "" : ", noise sd " + noise);
    ArmModel model =
        !logistic && rows && s <= 1.0
            ? ArmModel.linear(new ArmModel.LinearSetting(d, arms, 1.0, s, noise))
            : null;
    return new ContextualScenario(
            env,
            description,
            name()
                + ":"
                + features
                + ":"
                + arms
                + ":"
                + d
                + ":"
                + s
                + ":"
                + noise
                + ":"
                + (theta == null ? "" : Arrays.toString(theta))
                + ":"
                + (Fields.has(node, "minimumGap") ? node.get("minimumGap").asText() : ""),
            model)
        .withFeedbackFrom(node, path);
  }

  private static LinearModel model(String features, int arms, int d, double s, double[] theta) {
    return switch (features) {
      case "rows" ->
          theta == null
              ? LinearModel.sharedParameter(arms, d, s)
              : LinearModel.builder(arms)
                  .rows(d, true)
                  .contexts(FeatureDistribution.SPHERE, 1.0)
                  .coefficientsGiven(null, new double[][] {theta})
                  .build();
      case "per-arm" -> LinearModel.perArmRows(arms, d, s);
      default -> LinearModel.sharedContext(arms, d);
    };
  }
}
