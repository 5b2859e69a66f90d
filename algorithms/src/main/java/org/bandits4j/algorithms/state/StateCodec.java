package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Policy;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Writes policy states as JSON and reads them back exactly.
 *
 * <p>The document (format {@value #FORMAT}):
 *
 * <pre>{@code
 * {
 *   "format":  "bandits4j.policy-state",
 *   "policy":  "ucb1",                      // registry name
 *   "version": 1,                           // layout version of this policy's state
 *   "spec":    {"c": 2.0, ...},             // the spec's parameters
 *   "arms":    ["a", "b", "c"],             // arm ids, in order
 *   "step":    1234,                        // decision counter
 *   "data":    { ... }                      // policy-specific, see the state's format
 * }
 * }</pre>
 *
 * Doubles are written in their shortest round-trip decimal form, so a state read back equals the
 * state written. A document is accepted only if every member is present and well typed, the version
 * is one the policy's format reads, and the spec can restore a policy from it; otherwise an {@link
 * IllegalArgumentException} names the member and the value.
 *
 * <p>Thread safety: immutable and thread-safe.
 */
public final class StateCodec {

  /** The value of the {@code format} member. */
  public static final String FORMAT = "bandits4j.policy-state";

  private final PolicyRegistry registry;

  /** A codec for the policies of this registry. */
  public StateCodec(PolicyRegistry registry) {
    this.registry = registry;
  }

  /** The JSON document of a state. */
  public String toJson(PolicyState state) {
    try {
      return Json.mapper().writeValueAsString(toTree(state));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write state JSON", e);
    }
  }

  /** The JSON document of a state, as a tree (formats of nesting policies embed it). */
  public ObjectNode toTree(PolicyState state) {
    PolicyType<?> type = registry.type(state.policy());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("format", FORMAT);
    root.put("policy", state.policy());
    root.put("version", type.stateFormat().version());
    root.set("spec", registry.parameters(state.spec()));
    ArrayNode arms = root.putArray("arms");
    state.arms().ids().forEach(arms::add);
    root.put("step", state.step());
    root.set("data", type.stateFormat().write(state, nodes, this));
    return root;
  }

  /**
   * Reads a state document.
   *
   * @throws IllegalArgumentException if the document is not valid JSON, misses or mistypes a
   *     member, has an unknown policy or unsupported version, or describes an impossible state
   */
  public PolicyState fromJson(String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "state JSON is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return fromTree(root);
  }

  /**
   * Reads a state document given as a tree.
   *
   * @throws IllegalArgumentException as {@link #fromJson(String)}
   */
  public PolicyState fromTree(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("state JSON must be an object, was " + root);
    }
    String format = JsonFields.text(root, "format", "format");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "state JSON: 'format' must be '" + FORMAT + "', was '" + format + "'");
    }
    String policy = JsonFields.text(root, "policy", "policy");
    PolicyType<?> type = registry.type(policy);
    long version = JsonFields.integral(root, "version", "version");
    int supported = type.stateFormat().version();
    if (version < 1 || version > supported) {
      throw new IllegalArgumentException(
          "state JSON: version "
              + version
              + " of policy '"
              + policy
              + "' is not supported (this library reads versions 1 to "
              + supported
              + ")");
    }
    PolicySpec<?> spec = registry.spec(policy, JsonFields.member(root, "spec", "spec"));
    ArmSet arms = arms(JsonFields.array(root, "arms", "arms", -1));
    long step = JsonFields.integral(root, "step", "step");
    if (step < 0) {
      throw new IllegalArgumentException("state JSON: 'step' must be >= 0, was " + step);
    }
    PolicyState state =
        type.stateFormat()
            .read(spec, arms, step, (int) version, JsonFields.member(root, "data", "data"), this);
    spec.restore(state); // semantic validation: impossible statistics are rejected here
    return state;
  }

  /**
   * Reads a state document and restores the policy it describes.
   *
   * @throws IllegalArgumentException as {@link #fromJson(String)}
   */
  public Policy restore(String json) {
    PolicyState state = fromJson(json);
    return state.spec().restore(state);
  }

  /** Writes a state document to a file (UTF-8). */
  public void write(PolicyState state, Path file) {
    try {
      Files.writeString(file, toJson(state), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state file " + file, e);
    }
  }

  /**
   * Reads a state document from a file (UTF-8).
   *
   * @throws IllegalArgumentException as {@link #fromJson(String)}, with the file name
   */
  public PolicyState read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read state file " + file, e);
    }
    try {
      return fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static ArmSet arms(JsonNode array) {
    List<String> ids = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode id = array.get(i);
      if (!id.isTextual()) {
        throw new IllegalArgumentException(
            "state JSON: 'arms[" + i + "]' must be a string, was " + id);
      }
      ids.add(id.asText());
    }
    try {
      return ArmSet.of(ids);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("state JSON: 'arms': " + e.getMessage(), e);
    }
  }
}
