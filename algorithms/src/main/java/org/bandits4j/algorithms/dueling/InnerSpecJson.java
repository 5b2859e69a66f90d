package org.bandits4j.algorithms.dueling;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;

/**
 * JSON form of a nested bandit spec: {@code {"policy": "ucb1", "parameters": {...}}}. Reading
 * resolves the name through the registry that reads the enclosing spec (falling back to {@link
 * StandardPolicies#registry()}), and accepts only policies that are {@link Bandit}s.
 */
final class InnerSpecJson {

  private InnerSpecJson() {}

  /** Writes a nested spec. */
  static final class Writer extends JsonSerializer<PolicySpec<? extends Bandit>> {
    @Override
    public void serialize(
        PolicySpec<? extends Bandit> spec, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("policy", spec.name());
      gen.writeFieldName("parameters");
      provider.defaultSerializeValue(spec, gen);
      gen.writeEndObject();
    }
  }

  /** Reads a nested spec. */
  static final class Reader extends JsonDeserializer<PolicySpec<? extends Bandit>> {
    @Override
    public PolicySpec<? extends Bandit> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (node == null
          || !node.isObject()
          || !node.has("policy")
          || !node.get("policy").isTextual()) {
        throw new IllegalArgumentException(
            "inner policy must be an object {\"policy\": name, \"parameters\": {...}}, was "
                + node);
      }
      for (var e : node.properties()) {
        if (!e.getKey().equals("policy") && !e.getKey().equals("parameters")) {
          throw new IllegalArgumentException(
              "inner policy has no member '" + e.getKey() + "' (only policy, parameters)");
        }
      }
      Object attribute = ctxt.getAttribute(PolicyRegistry.class);
      PolicyRegistry registry =
          attribute instanceof PolicyRegistry r ? r : StandardPolicies.registry();
      PolicySpec<?> spec = registry.spec(node.get("policy").asText(), node.get("parameters"));
      return bandit(spec);
    }
  }

  /**
   * The spec as a bandit spec.
   *
   * @throws IllegalArgumentException if its policies are not {@link Bandit}s or reject the duel
   *     scores 0, 1/2 and 1 as rewards
   */
  @SuppressWarnings("unchecked") // checked by creating a one-arm policy
  static PolicySpec<? extends Bandit> bandit(PolicySpec<?> spec) {
    if (!(spec.create(ArmSet.of("probe")) instanceof Bandit probe)) {
      throw new IllegalArgumentException(
          "inner policy '" + spec.name() + "' is not a context-free bandit policy");
    }
    for (double reward : new double[] {0.0, 0.5, 1.0}) {
      try {
        probe.update(Selection.forced(probe.arms().get(0)), reward);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "inner policy " + spec + " must accept duel scores 0, 0.5 and 1: " + e.getMessage(), e);
      }
    }
    return (PolicySpec<? extends Bandit>) spec;
  }
}
