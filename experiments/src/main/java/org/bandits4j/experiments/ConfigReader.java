package org.bandits4j.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.state.Json;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.ExperimentConfig.Labelled;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.env.GaussianEnvironment;
import org.bandits4j.simulators.env.TableEnvironment;
import org.bandits4j.simulators.regret.Checkpoints;

/**
 * Reads an experiment file (JSON) into a validated {@link ExperimentConfig}. Every error is a
 * {@link ConfigException} naming the field, raised before anything runs.
 *
 * <pre>{@code
 * {
 *   "name": "quickstart",              // required
 *   "seed": 2026,                      // default 0
 *   "horizon": 10000,                  // required, >= 1
 *   "replications": 100,               // required, >= 1
 *   "checkpointsPerDecade": 10,        // log grid (default 10), or
 *   "checkpoints": [100, 1000, 10000], //   an explicit list
 *   "roundRobinStart": false,          // default false
 *   "environments": [                  // required, labels unique
 *     {"label": "bern-b", "type": "bernoulli", "means": [0.9, 0.8, 0.7]},
 *     {"type": "gaussian", "means": [1, 0.5], "sigma": 1.0},   // or "sigmas": [...]
 *     {"type": "table", "csv": "rewards.csv", "means": [...]},  // means optional
 *     {"type": "table", "binary": "rewards.f64", "valueType": "FLOAT64", "rounds": 1000, "arms": 5}
 *   ],
 *   "policies": [                      // required; "type" is a registry name, the rest parameters
 *     {"label": "UCB1", "type": "ucb1", "c": 2.0},
 *     {"type": "thompson-beta"}
 *   ]
 * }
 * }</pre>
 *
 * Relative table paths are resolved against the experiment file's folder.
 */
public final class ConfigReader {

  private static final Set<String> TOP =
      Set.of(
          "name",
          "seed",
          "horizon",
          "replications",
          "checkpointsPerDecade",
          "checkpoints",
          "roundRobinStart",
          "environments",
          "policies");

  private final PolicyRegistry registry;

  /** A reader resolving policies through the standard registry. */
  public ConfigReader() {
    this(StandardPolicies.registry());
  }

  /** A reader resolving policies through {@code registry}. */
  public ConfigReader(PolicyRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads and validates an experiment file.
   *
   * @throws ConfigException naming the field of the first problem
   */
  public ExperimentConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    Path base = file.toAbsolutePath().getParent();
    return parse(text, base);
  }

  /**
   * Parses and validates an experiment document; table paths resolve against {@code base}.
   *
   * @throws ConfigException naming the field of the first problem
   */
  public ExperimentConfig parse(String json, Path base) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          "(document)", "not valid JSON: " + e.getOriginalMessage() + locationOf(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException("(document)", "must be a JSON object");
    }
    unknownFields(root, TOP, "");
    String name = text(root, "name", "name");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException(
          "name", "must use letters, digits, '.', '_' or '-', was '" + name + "'");
    }
    long seed = root.has("seed") ? integer(root.get("seed"), "seed") : 0L;
    long horizon = integer(required(root, "horizon", "horizon"), "horizon");
    if (horizon < 1) {
      throw new ConfigException("horizon", "must be >= 1, was " + horizon);
    }
    long replications = integer(required(root, "replications", "replications"), "replications");
    if (replications < 1 || replications > 1_000_000) {
      throw new ConfigException("replications", "must be in [1, 1000000], was " + replications);
    }
    long[] checkpoints = checkpoints(root, horizon);
    boolean roundRobin =
        root.has("roundRobinStart") && bool(root.get("roundRobinStart"), "roundRobinStart");
    List<Labelled<Environment>> environments =
        environments(required(root, "environments", "environments"), base, horizon);
    List<Labelled<PolicySpec<? extends Bandit>>> policies =
        policies(required(root, "policies", "policies"));
    for (Labelled<Environment> env : environments) {
      for (Labelled<PolicySpec<? extends Bandit>> policy : policies) {
        try {
          policy.value().create(env.value().arms());
        } catch (IllegalArgumentException e) {
          throw new ConfigException(
              "policies." + policy.label(),
              "cannot run on environment '" + env.label() + "': " + e.getMessage(),
              e);
        }
      }
    }
    List<Long> grid = new ArrayList<>();
    for (long t : checkpoints) {
      grid.add(t);
    }
    return new ExperimentConfig(
        name, seed, horizon, (int) replications, grid, roundRobin, environments, policies);
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private static long[] checkpoints(JsonNode root, long horizon) {
    if (root.has("checkpoints") && root.has("checkpointsPerDecade")) {
      throw new ConfigException(
          "checkpoints", "give either 'checkpoints' or 'checkpointsPerDecade', not both");
    }
    if (root.has("checkpoints")) {
      JsonNode list = root.get("checkpoints");
      if (!list.isArray() || list.isEmpty()) {
        throw new ConfigException("checkpoints", "must be a non-empty array of rounds");
      }
      long[] rounds = new long[list.size()];
      for (int j = 0; j < rounds.length; j++) {
        rounds[j] = integer(list.get(j), "checkpoints[" + j + "]");
      }
      try {
        return Checkpoints.of(horizon, rounds);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("checkpoints", e.getMessage(), e);
      }
    }
    long perDecade =
        root.has("checkpointsPerDecade")
            ? integer(root.get("checkpointsPerDecade"), "checkpointsPerDecade")
            : 10;
    if (perDecade < 1 || perDecade > 1000) {
      throw new ConfigException("checkpointsPerDecade", "must be in [1, 1000], was " + perDecade);
    }
    return Checkpoints.logGrid(horizon, (int) perDecade);
  }

  private static List<Labelled<Environment>> environments(JsonNode list, Path base, long horizon) {
    if (!list.isArray() || list.isEmpty()) {
      throw new ConfigException("environments", "must be a non-empty array");
    }
    List<Labelled<Environment>> out = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String path = "environments[" + i + "]";
      if (!node.isObject()) {
        throw new ConfigException(path, "must be an object");
      }
      String type = text(node, "type", path + ".type");
      Environment env;
      try {
        env =
            switch (type) {
              case "bernoulli" -> {
                unknownFields(node, Set.of("type", "label", "means"), path);
                yield new BernoulliEnvironment(
                    numbers(required(node, "means", path + ".means"), path + ".means"));
              }
              case "gaussian" -> gaussian(node, path);
              case "table" -> table(node, path, base, horizon);
              default ->
                  throw new ConfigException(
                      path + ".type",
                      "unknown environment type '" + type + "'; known: bernoulli, gaussian, table");
            };
      } catch (ConfigException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new ConfigException(path, e.getMessage(), e);
      }
      String label =
          node.has("label") ? text(node, "label", path + ".label") : type + "-" + (i + 1);
      if (!labels.add(label)) {
        throw new ConfigException(path + ".label", "duplicate label '" + label + "'");
      }
      out.add(new Labelled<>(label, env));
    }
    return out;
  }

  private static Environment gaussian(JsonNode node, String path) {
    unknownFields(node, Set.of("type", "label", "means", "sigma", "sigmas"), path);
    double[] means = numbers(required(node, "means", path + ".means"), path + ".means");
    if (node.has("sigmas") == node.has("sigma")) {
      throw new ConfigException(path, "give exactly one of 'sigma' (common) or 'sigmas' (per arm)");
    }
    return node.has("sigma")
        ? new GaussianEnvironment(number(node.get("sigma"), path + ".sigma"), means)
        : new GaussianEnvironment(means, numbers(node.get("sigmas"), path + ".sigmas"));
  }

  private static Environment table(JsonNode node, String path, Path base, long horizon) {
    unknownFields(
        node,
        Set.of("type", "label", "csv", "binary", "valueType", "rounds", "arms", "means"),
        path);
    if (node.has("csv") == node.has("binary")) {
      throw new ConfigException(path, "give exactly one of 'csv' or 'binary'");
    }
    TableEnvironment table;
    if (node.has("csv")) {
      table = TableEnvironment.readCsv(base.resolve(text(node, "csv", path + ".csv")));
    } else {
      String valueType = text(node, "valueType", path + ".valueType");
      TableEnvironment.ValueType vt;
      try {
        vt = TableEnvironment.ValueType.valueOf(valueType);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            path + ".valueType", "must be UINT8 or FLOAT64, was '" + valueType + "'", e);
      }
      long rounds = integer(required(node, "rounds", path + ".rounds"), path + ".rounds");
      long arms = integer(required(node, "arms", path + ".arms"), path + ".arms");
      if (rounds > Integer.MAX_VALUE || arms > Integer.MAX_VALUE) {
        throw new ConfigException(path, "table shape too large: " + rounds + " x " + arms);
      }
      table =
          TableEnvironment.readBinary(
              base.resolve(text(node, "binary", path + ".binary")), vt, (int) rounds, (int) arms);
    }
    if (node.has("means")) {
      table = table.withMeans(numbers(node.get("means"), path + ".means"));
    }
    if (table.rounds() < horizon) {
      throw new ConfigException(
          path, "the table has " + table.rounds() + " rounds, fewer than the horizon " + horizon);
    }
    return table;
  }

  private List<Labelled<PolicySpec<? extends Bandit>>> policies(JsonNode list) {
    if (!list.isArray() || list.isEmpty()) {
      throw new ConfigException("policies", "must be a non-empty array");
    }
    List<Labelled<PolicySpec<? extends Bandit>>> out = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String path = "policies[" + i + "]";
      if (!node.isObject()) {
        throw new ConfigException(path, "must be an object");
      }
      String type = text(node, "type", path + ".type");
      ObjectNode parameters = ((ObjectNode) node).deepCopy();
      parameters.remove("type");
      parameters.remove("label");
      PolicySpec<?> spec;
      try {
        spec = registry.spec(type, parameters);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(path, e.getMessage(), e);
      }
      PolicySpec<? extends Bandit> bandit = asBandit(spec, path);
      String label = node.has("label") ? text(node, "label", path + ".label") : type;
      if (!labels.add(label)) {
        throw new ConfigException(
            path + ".label",
            "duplicate label '" + label + "' (give each policy a distinct 'label')");
      }
      out.add(new Labelled<>(label, bandit));
    }
    return out;
  }

  @SuppressWarnings("unchecked") // checked by creating a policy and testing its type
  private static PolicySpec<? extends Bandit> asBandit(PolicySpec<?> spec, String path) {
    Object probe = spec.create(org.bandits4j.api.ArmSet.ofSize(2));
    if (!(probe instanceof Bandit)) {
      throw new ConfigException(
          path + ".type", "policy '" + spec.name() + "' is not a context-free bandit");
    }
    return (PolicySpec<? extends Bandit>) spec;
  }

  // ---------------------------------------------------------------- strict field readers

  private static void unknownFields(JsonNode node, Set<String> known, String path) {
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!known.contains(field)) {
        String where = path.isEmpty() ? field : path + "." + field;
        throw new ConfigException(
            where, "unknown field; known fields are " + new java.util.TreeSet<>(known));
      }
    }
  }

  private static JsonNode required(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ConfigException(path, "is required");
    }
    return value;
  }

  private static String text(JsonNode node, String field, String path) {
    JsonNode value = required(node, field, path);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new ConfigException(path, "must be a non-blank string, was " + value);
    }
    return value.asText();
  }

  private static long integer(JsonNode value, String path) {
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new ConfigException(path, "must be an integer, was " + value);
    }
    return value.asLong();
  }

  private static boolean bool(JsonNode value, String path) {
    if (!value.isBoolean()) {
      throw new ConfigException(path, "must be true or false, was " + value);
    }
    return value.asBoolean();
  }

  private static double number(JsonNode value, String path) {
    if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw new ConfigException(path, "must be a finite number, was " + value);
    }
    return value.asDouble();
  }

  private static double[] numbers(JsonNode value, String path) {
    if (!value.isArray() || value.isEmpty()) {
      throw new ConfigException(path, "must be a non-empty array of numbers, was " + value);
    }
    double[] out = new double[value.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(value.get(i), path + "[" + i + "]");
    }
    return out;
  }
}
