package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bandits4j.api.PolicySpec;

/**
 * The policies known by name: experiment files and state files refer to policies through it.
 *
 * <p>Immutable; {@link #with(PolicyType)} gives a larger registry, so third-party policies join by
 * registering their type. Thread-safe.
 */
public final class PolicyRegistry {

  private final Map<String, PolicyType<?>> types;

  private PolicyRegistry(Map<String, PolicyType<?>> types) {
    this.types = types;
  }

  /**
   * A registry of these types.
   *
   * @throws IllegalArgumentException if two types share a name
   */
  public static PolicyRegistry of(List<PolicyType<?>> types) {
    PolicyRegistry registry = new PolicyRegistry(new LinkedHashMap<>());
    for (PolicyType<?> type : types) {
      registry = registry.with(type);
    }
    return registry;
  }

  /**
   * A registry with one more type.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public PolicyRegistry with(PolicyType<?> type) {
    if (types.containsKey(type.name())) {
      throw new IllegalArgumentException("policy name '" + type.name() + "' is already registered");
    }
    Map<String, PolicyType<?>> copy = new LinkedHashMap<>(types);
    copy.put(type.name(), type);
    return new PolicyRegistry(copy);
  }

  /** Every registered type, in registration order. */
  public List<PolicyType<?>> types() {
    return List.copyOf(types.values());
  }

  /**
   * The type registered under {@code name}.
   *
   * @throws IllegalArgumentException listing the known names if there is none
   */
  public PolicyType<?> type(String name) {
    PolicyType<?> type = types.get(name);
    if (type == null) {
      throw new IllegalArgumentException(
          "unknown policy '" + name + "'; known policies: " + new ArrayList<>(types.keySet()));
    }
    return type;
  }

  /**
   * Reads a spec from JSON parameters; omitted parameters take the type's defaults.
   *
   * @param name registry name
   * @param parameters a JSON object of parameters (null or empty for all defaults)
   * @throws IllegalArgumentException naming the policy and the parameter if the name is unknown, a
   *     parameter is unknown or has the wrong type, or a value is invalid
   */
  public PolicySpec<?> spec(String name, JsonNode parameters) {
    PolicyType<?> type = type(name);
    ObjectNode merged = Json.mapper().valueToTree(type.defaults());
    if (parameters != null && !parameters.isNull()) {
      if (!parameters.isObject()) {
        throw new IllegalArgumentException(
            "parameters of policy '" + name + "' must be a JSON object, were " + parameters);
      }
      for (var e : parameters.properties()) {
        if (!merged.has(e.getKey())) {
          throw new IllegalArgumentException(
              "policy '"
                  + name
                  + "' has no parameter '"
                  + e.getKey()
                  + "'; its parameters are "
                  + fieldNames(type));
        }
        merged.set(e.getKey(), e.getValue());
      }
    }
    try {
      // nested specs (a policy wrapping others) resolve their inner policies through this registry
      return Json.mapper()
          .readerFor(type.specClass())
          .withAttribute(PolicyRegistry.class, this)
          .treeToValue(merged, type.specClass());
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          "policy '" + name + "' has no parameter '" + e.getPropertyName() + "'", e);
    } catch (JsonProcessingException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      String detail =
          cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      throw new IllegalArgumentException("policy '" + name + "': " + detail, e);
    }
  }

  /** The parameters of a spec as a JSON object (the inverse of {@link #spec}). */
  public ObjectNode parameters(PolicySpec<?> spec) {
    return Json.mapper().valueToTree(spec);
  }

  /** The parameter names of a type, in declaration order. */
  public static List<String> fieldNames(PolicyType<?> type) {
    List<String> names = new ArrayList<>();
    Json.mapper().valueToTree(type.defaults()).fieldNames().forEachRemaining(names::add);
    return names;
  }
}
