package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.greedy.EpsilonSchedule;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateCodecTest {

  private final StateCodec codec = StandardPolicies.codec();

  private static PolicyState learned() {
    Bandit p = Ucb1Spec.defaults().create(ArmSet.of("a", "b", "c"));
    SplittableRandom rng = new SplittableRandom(3);
    for (int t = 0; t < 50; t++) {
      Selection s = p.select(rng);
      p.update(s, rng.nextDouble());
    }
    return p.snapshot();
  }

  @Test
  void roundTripIsExactForRealValuedSums() throws IOException {
    PolicyState state = learned();
    String json = codec.toJson(state);
    assertEquals(state, codec.fromJson(json));
    assertEquals(json, codec.toJson(codec.fromJson(json)));
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(json);
    assertEquals("bandits4j.policy-state", tree.get("format").asText());
    assertEquals("ucb1", tree.get("policy").asText());
    assertEquals(2.0, tree.get("spec").get("c").asDouble());
    assertEquals(3, tree.get("data").get("pulls").size());
  }

  @Test
  void writesAndReadsFiles(@TempDir Path dir) {
    PolicyState state = learned();
    Path file = dir.resolve("state.json");
    codec.write(state, file);
    assertEquals(state, codec.read(file));
    assertEquals(state, codec.restore(codec.toJson(state)).snapshot());
  }

  @Test
  void goldenVersionOneFilesStayReadable() throws IOException {
    assertEquals(
        new SampleMeanState(
            Ucb1Spec.defaults(),
            ArmSet.of("control", "variant-a", "variant-b"),
            12,
            new long[] {5, 4, 3},
            new double[] {2.0, 3.0, 0.5}),
        codec.fromJson(resource("ucb1.json")));
    assertEquals(
        new SampleMeanState(
            BetaThompsonSpec.defaults(),
            ArmSet.of("control", "variant-a"),
            7,
            new long[] {4, 3},
            new double[] {1.0, 2.25}),
        codec.fromJson(resource("thompson-beta.json")));
    assertEquals(
        new SampleMeanState(
            new EpsilonGreedySpec(0.1, EpsilonSchedule.INVERSE_TIME),
            ArmSet.of("0", "1"),
            3,
            new long[] {2, 1},
            new double[] {-1.5, 1e-3}),
        codec.fromJson(resource("epsilon-greedy.json")));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StateCodecTest.class.getResourceAsStream("/state-v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String corrupted(Consumer<ObjectNode> edit) throws IOException {
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(resource("ucb1.json"));
    edit.accept(tree);
    return Json.mapper().writeValueAsString(tree);
  }

  private static ObjectNode data(ObjectNode root) {
    return (ObjectNode) root.get("data");
  }

  private void assertRejected(String json, String expectedFragment) {
    String msg =
        assertThrows(IllegalArgumentException.class, () -> codec.fromJson(json)).getMessage();
    assertTrue(
        msg.contains(expectedFragment), "message <" + msg + "> lacks <" + expectedFragment + ">");
  }

  @Test
  void malformedDocumentsAreRejected() throws IOException {
    assertRejected("{ not json", "not valid JSON");
    assertRejected("[]", "must be an object");
    assertRejected(resource("ucb1.json") + " trailing", "not valid JSON");
    assertRejected(
        resource("ucb1.json").replace("\"step\" : 12,", "\"step\" : 12, \"step\" : 13,"),
        "not valid JSON");
  }

  @Test
  void everyCorruptMemberIsNamed() throws IOException {
    assertRejected(corrupted(t -> t.remove("format")), "missing member 'format'");
    assertRejected(corrupted(t -> t.put("format", "other")), "'format' must be");
    assertRejected(corrupted(t -> t.put("policy", "nope")), "unknown policy 'nope'");
    assertRejected(
        corrupted(t -> t.put("version", 2)), "version 2 of policy 'ucb1' is not supported");
    assertRejected(corrupted(t -> t.put("version", "1")), "'version' must be an integer");
    assertRejected(corrupted(t -> t.put("step", -3)), "'step' must be >= 0, was -3");
    assertRejected(
        corrupted(t -> ((ObjectNode) t.get("spec")).put("c", -1.0)),
        "policy 'ucb1': c must be finite and >= 0, was -1.0");
    assertRejected(
        corrupted(t -> ((ObjectNode) t.get("spec")).put("cc", 1.0)),
        "policy 'ucb1' has no parameter 'cc'");
    assertRejected(corrupted(t -> ((ObjectNode) t.get("spec")).put("c", "2")), "policy 'ucb1'");
    assertRejected(corrupted(t -> t.putArray("arms").add("a").add("a").add("b")), "'a' repeats");
    assertRejected(
        corrupted(t -> t.putArray("arms").add(1).add(2).add(3)), "'arms[0]' must be a string");
    assertRejected(
        corrupted(t -> data(t).putArray("pulls").add(1).add(2)),
        "'data.pulls' must have 3 entries (one per arm), has 2");
    assertRejected(
        corrupted(t -> data(t).putArray("pulls").add(1.5).add(2).add(3)),
        "'data.pulls[0]' must be an integer");
    assertRejected(
        corrupted(t -> data(t).putArray("sums").add("NaN").add(0).add(0)),
        "'data.sums[0]' must be a finite number");
    assertRejected(
        corrupted(t -> data(t).putArray("pulls").add(-1).add(4).add(3)),
        "state.pulls of arm 'control' must be >= 0, was -1");
    assertRejected(
        corrupted(t -> data(t).putArray("sums").add(9.0).add(3.0).add(0.5)),
        "state.sums of arm 'control' is 9.0, impossible for 5 rewards in [0.0, 1.0]");
    assertRejected(corrupted(t -> t.remove("data")), "missing member 'data'");
  }

  @ParameterizedTest
  @CsvSource({"ucb1, c", "thompson-beta, priorAlpha", "epsilon-greedy, schedule"})
  void registrySpecsFillDefaultsAndNameUnknownParameters(String name, String parameter)
      throws IOException {
    PolicyRegistry registry = StandardPolicies.registry();
    assertEquals(registry.type(name).defaults(), registry.spec(name, null));
    assertTrue(PolicyRegistry.fieldNames(registry.type(name)).contains(parameter));
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () -> registry.spec(name, Json.mapper().readTree("{\"bogus\": 1}")))
            .getMessage();
    assertTrue(msg.contains("has no parameter 'bogus'") && msg.contains(parameter), msg);
  }

  @Test
  void registryReadsPartialParametersAndEnums() throws IOException {
    PolicyRegistry registry = StandardPolicies.registry();
    assertEquals(
        new Ucb1Spec(0.5, 0.0, 1.0), registry.spec("ucb1", Json.mapper().readTree("{\"c\": 0.5}")));
    assertEquals(
        new EpsilonGreedySpec(0.1, EpsilonSchedule.INVERSE_SQRT_TIME),
        registry.spec(
            "epsilon-greedy", Json.mapper().readTree("{\"schedule\": \"INVERSE_SQRT_TIME\"}")));
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    registry.spec(
                        "epsilon-greedy", Json.mapper().readTree("{\"schedule\": \"SOMETIMES\"}")))
            .getMessage();
    assertTrue(msg.contains("SOMETIMES"), msg);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> registry.type("exp4"))
            .getMessage()
            .contains("known policies: [ucb1, thompson-beta, epsilon-greedy"));
  }
}
