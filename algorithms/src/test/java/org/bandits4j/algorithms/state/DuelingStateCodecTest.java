package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.dueling.RucbSpec;
import org.bandits4j.algorithms.dueling.SparringSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.junit.jupiter.api.Test;

/** The dueling states' JSON: golden version-1 files stay readable; corrupt files are rejected. */
class DuelingStateCodecTest {

  private final StateCodec codec = StandardPolicies.codec();

  private static String resource(String name) throws IOException {
    try (InputStream in = DuelingStateCodecTest.class.getResourceAsStream("/state-v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void goldenRucbStateStaysReadable() throws IOException {
    DuelingState expected =
        new DuelingState(
            RucbSpec.defaults(),
            ArmSet.of("control", "variant-a", "variant-b"),
            9,
            new long[] {2, 6, 3, 2, 0, 1, 1, 1, 2},
            Map.of("best", new long[] {0}));
    assertEquals(expected, codec.fromJson(resource("rucb.json")));
    assertEquals(expected, codec.fromJson(codec.toJson(expected)));
  }

  @Test
  void goldenSparringStateStaysReadable() throws IOException {
    ArmSet arms = ArmSet.of("x", "y");
    SparringState expected =
        new SparringState(
            SparringSpec.defaults(),
            arms,
            3,
            new SampleMeanState(
                Ucb1Spec.defaults(), arms, 3, new long[] {2, 1}, new double[] {1.5, 0.0}),
            new SampleMeanState(
                Ucb1Spec.defaults(), arms, 3, new long[] {1, 2}, new double[] {0.0, 1.5}),
            new long[] {3, 3});
    assertEquals(expected, codec.fromJson(resource("sparring.json")));
    assertEquals(expected, codec.fromJson(codec.toJson(expected)));
  }

  private String corrupted(String file, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(resource(file));
    edit.accept(tree);
    return Json.mapper().writeValueAsString(tree);
  }

  private void assertRejected(String json, String fragment) {
    String msg =
        assertThrows(IllegalArgumentException.class, () -> codec.fromJson(json)).getMessage();
    assertTrue(msg.contains(fragment), "message <" + msg + "> lacks <" + fragment + ">");
  }

  @Test
  void corruptDuelingStatesAreRejected() throws IOException {
    assertRejected(
        corrupted(
            "rucb.json", t -> ((ObjectNode) t.get("data")).putArray("halfWins").addArray().add(1)),
        "data.halfWins");
    assertRejected(
        corrupted(
            "rucb.json",
            t -> {
              var rows = ((ObjectNode) t.get("data")).putArray("halfWins");
              rows.addArray().add(0).add(-2).add(0);
              rows.addArray().add(0).add(0).add(0);
              rows.addArray().add(0).add(0).add(0);
            }),
        "must be >= 0");
    assertRejected(
        corrupted(
            "rucb.json", t -> ((ObjectNode) t.get("data").get("extras")).putArray("best").add(7)),
        "'best'");
    assertRejected(
        corrupted("rucb.json", t -> ((ObjectNode) t.get("data")).remove("extras")), "data.extras");
    assertRejected(
        corrupted(
            "sparring.json",
            t -> {
              ObjectNode inner = (ObjectNode) t.get("spec").get("inner");
              inner.put("policy", "rucb");
              inner.putObject("parameters");
            }),
        "not a context-free bandit");
    assertRejected(
        corrupted(
            "sparring.json",
            t -> ((ObjectNode) t.get("data").get("left").get("data")).putArray("pulls").add(1)),
        "data.left");
  }
}
