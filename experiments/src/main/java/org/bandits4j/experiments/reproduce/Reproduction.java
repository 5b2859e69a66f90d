package org.bandits4j.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.config.ExperimentConfig.PolicyEntry;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.experiments.scenario.ArmModel;

/**
 * One bound reproduction, read from a YAML or JSON file: an experiment, reduced settings for {@code
 * --quick}, and the pass criteria.
 *
 * <pre>{@code
 * name: ucb1                        # output subfolder; letters, digits, '.', '_', '-'
 * algorithm: UCB1                  # the table's first column
 * title: UCB1 below the bound of Auer et al. (2002)
 * source: spec algorithms-mab.md A.1; Auer, Cesa-Bianchi & Fischer 2002, Theorem 1
 * experiment: {...}                # an experiment file's content (its name defaults to 'name')
 * quick: {horizon: 10000, ...}     # top-level experiment fields replaced by --quick
 * criteria: [...]                  # see Criterion
 * }</pre>
 *
 * @param name the reproduction's name
 * @param algorithm the algorithm's display name
 * @param title one sentence
 * @param source the paper, theorem and spec section
 * @param experiment the full experiment
 * @param quick the fields {@code --quick} replaces
 * @param criteria the pass criteria
 */
public record Reproduction(
    String name,
    String algorithm,
    String title,
    String source,
    ObjectNode experiment,
    ObjectNode quick,
    List<Criterion> criteria) {

  private static final Set<String> FIELDS =
      Set.of("name", "algorithm", "title", "source", "experiment", "quick", "criteria");

  /** Copies the mutable parts. */
  public Reproduction {
    experiment = experiment.deepCopy();
    quick = quick.deepCopy();
    criteria = List.copyOf(criteria);
  }

  /**
   * Parses a reproduction document (without building its experiment).
   *
   * @param where the file, for messages
   * @throws ConfigException naming the file and field
   */
  public static Reproduction parse(JsonNode root, String where) {
    try {
      if (!root.isObject()) {
        throw new ConfigException("(document)", "must be an object");
      }
      Fields.onlyKnown(root, FIELDS, "");
      String name = Fields.text(root, "name", "");
      if (!name.matches("[A-Za-z0-9._-]+")) {
        throw new ConfigException("name", "must use letters, digits, '.', '_' or '-'");
      }
      JsonNode experiment = Fields.required(root, "experiment", "");
      if (!experiment.isObject()) {
        throw new ConfigException("experiment", "must be an object");
      }
      ObjectNode exp = ((ObjectNode) experiment).deepCopy();
      if (!exp.has("name")) {
        exp.put("name", name);
      }
      ObjectNode quick = exp.objectNode();
      if (Fields.has(root, "quick")) {
        if (!root.get("quick").isObject()) {
          throw new ConfigException("quick", "must be an object of experiment fields");
        }
        quick = ((ObjectNode) root.get("quick")).deepCopy();
      }
      JsonNode list = Fields.required(root, "criteria", "");
      if (!list.isArray() || list.isEmpty()) {
        throw new ConfigException("criteria", "must be a non-empty array");
      }
      List<Criterion> criteria = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        criteria.add(Criterion.parse(list.get(i), "criteria[" + i + "]"));
      }
      return new Reproduction(
          name,
          Fields.text(root, "algorithm", ""),
          Fields.text(root, "title", ""),
          Fields.text(root, "source", ""),
          exp,
          quick,
          criteria);
    } catch (ConfigException e) {
      throw new ConfigException(where + ": " + e.getMessage().split(": ", 2)[0], rest(e), e);
    }
  }

  private static String rest(ConfigException e) {
    String[] parts = e.getMessage().split(": ", 2);
    return parts.length > 1 ? parts[1] : "";
  }

  /** The experiment of this mode: the full one, or with the {@code quick} fields replaced. */
  public ObjectNode experiment(boolean quickMode) {
    ObjectNode exp = experiment.deepCopy();
    if (quickMode) {
      quick.properties().forEach(e -> exp.set(e.getKey(), e.getValue().deepCopy()));
      if (exp.has("horizon") && quick.has("horizons")) {
        exp.remove("horizon");
      }
      if (exp.has("horizons") && quick.has("horizon")) {
        exp.remove("horizons");
      }
      if (exp.has("checkpoints") && quick.has("checkpointsPerDecade")) {
        exp.remove("checkpoints");
      }
      if (exp.has("checkpointsPerDecade") && quick.has("checkpoints")) {
        exp.remove("checkpointsPerDecade");
      }
    }
    return exp;
  }

  /**
   * The validated experiment of this mode, with every criterion checked against it (labels exist,
   * bounds apply, windows are checkpoints).
   *
   * @throws ConfigException naming the file and field
   */
  public ExperimentConfig config(boolean quickMode, Registry registry, String where) {
    ExperimentConfig config;
    try {
      config = new ConfigReader(registry).parse(experiment(quickMode), Path.of("."));
    } catch (ConfigException e) {
      throw new ConfigException(
          where
              + (quickMode ? " (quick)" : "")
              + ": experiment."
              + e.getMessage().split(": ", 2)[0],
          rest(e),
          e);
    }
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      if (!c.appliesTo(quickMode)) {
        continue;
      }
      String path = where + (quickMode ? " (quick)" : "") + ": criteria[" + i + "]";
      PolicyEntry policy =
          config.policies().stream()
              .filter(p -> p.label().equals(c.policy()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ConfigException(
                          path + ".policy", "no policy labelled '" + c.policy() + "'"));
      List<EnvironmentEntry> envs = settings(config, c, path);
      long horizon = config.maxHorizon();
      long[] grid = config.grid().at(horizon);
      for (long t : Evaluator.rounds(c, horizon)) {
        if (java.util.Arrays.binarySearch(grid, t) < 0) {
          throw new ConfigException(path, "round " + t + " is not a checkpoint of the experiment");
        }
      }
      if (c.bound() != null) {
        PolicySpec<?> spec = policy.spec(horizon);
        for (EnvironmentEntry env : envs) {
          ArmModel model =
              env.scenario()
                  .armModel()
                  .orElseThrow(
                      () ->
                          new ConfigException(
                              path + ".setting",
                              "environment '" + env.label() + "' has no known arm laws"));
          try {
            if (registry.bounds().curve(c.bound(), model, spec).isEmpty()) {
              throw new ConfigException(
                  path + ".bound",
                  "bound '"
                      + c.bound()
                      + "' does not apply to '"
                      + c.policy()
                      + "' on '"
                      + env.label()
                      + "'");
            }
          } catch (IllegalArgumentException e) {
            if (e instanceof ConfigException ce) {
              throw ce;
            }
            throw new ConfigException(path + ".bound", e.getMessage(), e);
          }
        }
      }
    }
    return config;
  }

  /** The environments a criterion is about. */
  static List<EnvironmentEntry> settings(ExperimentConfig config, Criterion c, String path) {
    List<EnvironmentEntry> envs =
        config.environments().stream()
            .filter(e -> c.setting().equals("*") || e.label().equals(c.setting()))
            .toList();
    if (envs.isEmpty()) {
      throw new ConfigException(path + ".setting", "no environment labelled '" + c.setting() + "'");
    }
    return envs;
  }
}
