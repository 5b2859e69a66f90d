package org.bandits4j.experiments.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.config.ExperimentConfig.Grid;
import org.bandits4j.experiments.config.ExperimentConfig.PolicyEntry;
import org.bandits4j.experiments.scenario.EnvironmentType;
import org.bandits4j.experiments.scenario.ParseContext;
import org.bandits4j.experiments.scenario.PolicyKind;
import org.bandits4j.experiments.scenario.Scenario;
import org.bandits4j.simulators.regret.Checkpoints;

/**
 * Reads an experiment file (JSON or YAML) into a validated {@link ExperimentConfig}. Every error is
 * a {@link ConfigException} naming the field, raised before anything runs: the file is parsed,
 * every environment built (data files read), and every policy created over every environment's arms
 * for every horizon.
 *
 * <pre>{@code
 * name: quickstart                 # required: letters, digits, '.', '_', '-'
 * description: free text           # optional, shown in the report
 * seed: 2026                       # default 0
 * horizon: 10000                   # either one horizon >= 1 ...
 * horizons: [1000, 10000, 100000]  # ... or several, increasing
 * replications: 100                # required, in [1, 1000000]
 * checkpointsPerDecade: 10         # log grid (default 10), or
 * checkpoints: [100, 1000]         #   explicit rounds (each horizon is added)
 * roundRobinStart: false           # default false: rounds 1..K force arms 0..K-1 if true
 * environments:                    # required; "type" from the environment registry
 *   - {label: bern-b, type: bernoulli, means: [0.9, 0.8, 0.7]}
 * policies:                        # required; "type" from the policy registry, the rest
 *   - {label: UCB1, type: ucb1, c: 2.0}     #   are the policy's parameters
 *   - {type: moss}                 # a policy with a 'horizon' parameter gets each run's horizon
 * }</pre>
 *
 * A file whose name ends in {@code .json} is JSON, {@code .yaml}/{@code .yml} YAML; otherwise a
 * document starting with <code>{</code> is JSON. Labels default to the type name (policies) or
 * {@code type-N} (environments) and must be unique. Relative data paths resolve against the file's
 * folder.
 *
 * <p>Horizon-tuned policies: a policy type whose spec has a parameter named {@value
 * #HORIZON_PARAMETER} is tuned to the horizon. Unless the entry sets it, the runner makes one spec
 * per horizon of the experiment, with that parameter equal to the horizon, and runs each
 * separately; every other policy runs once to the largest horizon and is read at the smaller ones
 * (identical, by construction of the streams, to separate runs).
 */
public final class ConfigReader {

  /** The spec parameter that marks a horizon-tuned policy. */
  public static final String HORIZON_PARAMETER = "horizon";

  private static final Set<String> TOP =
      Set.of(
          "name",
          "description",
          "seed",
          "horizon",
          "horizons",
          "replications",
          "checkpointsPerDecade",
          "checkpoints",
          "roundRobinStart",
          "environments",
          "policies");

  private static final long MAX_HORIZON = 1L << 40;
  private static final int MAX_CHECKPOINTS = 100_000;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final Registry registry;

  /** A reader resolving names through the standard registry. */
  public ConfigReader() {
    this(Registry.standard());
  }

  /** A reader resolving names through {@code registry}. */
  public ConfigReader(Registry registry) {
    this.registry = registry;
  }

  /**
   * Reads and validates an experiment file.
   *
   * @throws ConfigException if the file cannot be read or is invalid
   */
  public ExperimentConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("(file)", "cannot read " + file + ": " + e, e);
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml =
        lower.endsWith(".yaml")
            || lower.endsWith(".yml")
            || (!lower.endsWith(".json") && !looksLikeJson(text));
    Path base = file.toAbsolutePath().getParent();
    return parse(tree(text, yaml), base);
  }

  /**
   * Parses and validates an experiment given as text (JSON if it starts with <code>{</code>, else
   * YAML); relative paths resolve against {@code base}.
   *
   * @throws ConfigException if it is invalid
   */
  public ExperimentConfig parse(String text, Path base) {
    return parse(tree(text, !looksLikeJson(text)), base);
  }

  /**
   * Reads a document into a tree without validating it.
   *
   * @throws ConfigException if it is not valid JSON or YAML
   */
  public static JsonNode tree(String text, boolean yaml) {
    try {
      JsonNode root = (yaml ? YAML : JSON).readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new ConfigException("(document)", "is empty");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          "(document)",
          "not valid " + (yaml ? "YAML" : "JSON") + locationOf(e) + ": " + e.getOriginalMessage(),
          e);
    }
  }

  private static boolean looksLikeJson(String text) {
    return text.stripLeading().startsWith("{");
  }

  /**
   * Validates a parsed document.
   *
   * @throws ConfigException naming the first bad field
   */
  public ExperimentConfig parse(JsonNode root, Path base) {
    if (!root.isObject()) {
      throw new ConfigException("(document)", "must be an object, was " + root.getNodeType());
    }
    Fields.onlyKnown(root, TOP, "");
    ObjectNode canonical = JSON.createObjectNode();

    String name = Fields.text(root, "name", "");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException(
          "name", "must use letters, digits, '.', '_' or '-', was '" + name + "'");
    }
    canonical.put("name", name);
    String description =
        Fields.has(root, "description") ? Fields.text(root.get("description"), "description") : "";
    canonical.put("description", description);
    long seed = Fields.has(root, "seed") ? Fields.integer(root.get("seed"), "seed") : 0L;
    canonical.put("seed", seed);

    List<Long> horizons = horizons(root);
    canonical.set("horizons", JSON.valueToTree(horizons));
    long maxHorizon = horizons.get(horizons.size() - 1);

    int replications =
        (int)
            Fields.integer(Fields.required(root, "replications", ""), "replications", 1, 1_000_000);
    canonical.put("replications", replications);

    Grid grid = grid(root, maxHorizon);
    if (grid.explicit() != null) {
      canonical.set("checkpoints", JSON.valueToTree(grid.explicit()));
    } else {
      canonical.put("checkpointsPerDecade", grid.perDecade());
    }
    boolean roundRobin =
        Fields.has(root, "roundRobinStart")
            && Fields.bool(root.get("roundRobinStart"), "roundRobinStart");
    canonical.put("roundRobinStart", roundRobin);

    ArrayNode envJson = canonical.putArray("environments");
    List<EnvironmentEntry> environments =
        environments(
            Fields.required(root, "environments", ""), new ParseContext(base, maxHorizon), envJson);
    ArrayNode policyJson = canonical.putArray("policies");
    List<PolicyEntry> policies =
        policies(Fields.required(root, "policies", ""), horizons, policyJson);

    for (EnvironmentEntry env : environments) {
      for (int p = 0; p < policies.size(); p++) {
        PolicyEntry policy = policies.get(p);
        for (PolicySpec<?> spec : policy.specs().values()) {
          try {
            Scenario scenario = env.scenario();
            PolicyKind kind = PolicyKind.of(spec.create(scenario.arms()));
            if (!scenario.runs().accepts(kind)) {
              throw new ConfigException(
                  "policies[" + p + "]", scenario.runs().mismatch(spec.name(), kind, env.label()));
            }
            scenario.check(spec);
          } catch (ConfigException e) {
            throw e;
          } catch (IllegalArgumentException e) {
            throw new ConfigException(
                "policies[" + p + "]",
                "policy '"
                    + policy.label()
                    + "' cannot run on environment '"
                    + env.label()
                    + "': "
                    + e.getMessage(),
                e);
          }
        }
      }
    }
    return new ExperimentConfig(
        name,
        description,
        seed,
        horizons,
        replications,
        grid,
        roundRobin,
        environments,
        policies,
        canonical);
  }

  private static List<Long> horizons(JsonNode root) {
    boolean one = Fields.has(root, "horizon");
    boolean many = Fields.has(root, "horizons");
    if (one == many) {
      throw new ConfigException(
          "horizon", "give exactly one of 'horizon' (one run length) or 'horizons' (a list)");
    }
    List<Long> out = new ArrayList<>();
    if (one) {
      out.add(Fields.integer(root.get("horizon"), "horizon", 1, MAX_HORIZON));
      return out;
    }
    long[] values = Fields.integers(root.get("horizons"), "horizons");
    for (int i = 0; i < values.length; i++) {
      String path = "horizons[" + i + "]";
      if (values[i] < 1 || values[i] > MAX_HORIZON) {
        throw new ConfigException(path, "must be in [1, " + MAX_HORIZON + "], was " + values[i]);
      }
      if (i > 0 && values[i] <= values[i - 1]) {
        throw new ConfigException(
            path, "horizons must increase, but " + values[i] + " follows " + values[i - 1]);
      }
      out.add(values[i]);
    }
    return out;
  }

  private static Grid grid(JsonNode root, long maxHorizon) {
    if (Fields.has(root, "checkpoints") && Fields.has(root, "checkpointsPerDecade")) {
      throw new ConfigException(
          "checkpoints", "give either 'checkpoints' or 'checkpointsPerDecade', not both");
    }
    if (Fields.has(root, "checkpoints")) {
      long[] rounds = Fields.integers(root.get("checkpoints"), "checkpoints");
      if (rounds.length > MAX_CHECKPOINTS) {
        throw new ConfigException("checkpoints", "at most " + MAX_CHECKPOINTS + " rounds");
      }
      try {
        Checkpoints.of(maxHorizon, rounds);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("checkpoints", e.getMessage(), e);
      }
      return new Grid(rounds, 0);
    }
    long perDecade =
        Fields.has(root, "checkpointsPerDecade")
            ? Fields.integer(root.get("checkpointsPerDecade"), "checkpointsPerDecade", 1, 1000)
            : 10;
    return new Grid(null, (int) perDecade);
  }

  private List<EnvironmentEntry> environments(
      JsonNode list, ParseContext context, ArrayNode canonical) {
    if (!list.isArray() || list.isEmpty()) {
      throw new ConfigException("environments", "must be a non-empty array");
    }
    List<EnvironmentEntry> out = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String path = "environments[" + i + "]";
      if (!node.isObject()) {
        throw new ConfigException(path, "must be an object");
      }
      String typeName = Fields.text(node, "type", path);
      EnvironmentType type;
      try {
        type = registry.environments().type(typeName);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(Fields.at(path, "type"), e.getMessage(), e);
      }
      String label =
          Fields.has(node, "label") ? Fields.text(node, "label", path) : typeName + "-" + (i + 1);
      if (!labels.add(label)) {
        throw new ConfigException(Fields.at(path, "label"), "duplicate label '" + label + "'");
      }
      Scenario scenario = type.parse((ObjectNode) node, path, context);
      ObjectNode entry = ((ObjectNode) node).deepCopy();
      entry.put("label", label);
      canonical.add(entry);
      out.add(new EnvironmentEntry(label, typeName, scenario));
    }
    return out;
  }

  private List<PolicyEntry> policies(JsonNode list, List<Long> horizons, ArrayNode canonical) {
    if (!list.isArray() || list.isEmpty()) {
      throw new ConfigException("policies", "must be a non-empty array");
    }
    PolicyRegistry policies = registry.policies();
    List<PolicyEntry> out = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String path = "policies[" + i + "]";
      if (!node.isObject()) {
        throw new ConfigException(path, "must be an object");
      }
      String typeName = Fields.text(node, "type", path);
      PolicyType<?> type;
      try {
        type = policies.type(typeName);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(path, e.getMessage(), e);
      }
      ObjectNode parameters = ((ObjectNode) node).deepCopy();
      parameters.remove("type");
      parameters.remove("label");
      boolean tuned =
          PolicyRegistry.fieldNames(type).contains(HORIZON_PARAMETER)
              && !parameters.has(HORIZON_PARAMETER);
      Map<Long, PolicySpec<?>> specs = new LinkedHashMap<>();
      for (long h : horizons) {
        ObjectNode p = parameters.deepCopy();
        if (tuned) {
          p.put(HORIZON_PARAMETER, h);
        }
        try {
          specs.put(h, policies.spec(typeName, p));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(path, e.getMessage(), e);
        }
      }
      String label = Fields.has(node, "label") ? Fields.text(node, "label", path) : typeName;
      if (!labels.add(label)) {
        throw new ConfigException(
            Fields.at(path, "label"),
            "duplicate label '" + label + "' (give each policy a distinct 'label')");
      }
      ObjectNode entry = canonical.addObject();
      entry.put("label", label);
      entry.put("type", typeName);
      ObjectNode resolved = policies.parameters(specs.get(horizons.get(0)));
      if (tuned) {
        resolved.put(HORIZON_PARAMETER, "each run's horizon");
      }
      entry.set("parameters", resolved);
      out.add(new PolicyEntry(label, typeName, tuned, specs));
    }
    return out;
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
}
