package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.heavytail.RobustUcbSpec;
import org.bandits4j.algorithms.thompson.GaussianArmPrior;
import org.bandits4j.algorithms.thompson.GaussianThompsonSpec;
import org.bandits4j.algorithms.thompson.NormalGammaPrior;
import org.bandits4j.algorithms.thompson.NormalGammaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1TunedSpec;
import org.bandits4j.algorithms.ucb.UcbVSpec;
import org.bandits4j.api.ArmSet;
import org.junit.jupiter.api.Test;

/** The moment and sample-history states: golden version-1 files and strict reading. */
class MomentAndHistoryStateTest {

  private final StateCodec codec = StandardPolicies.codec();

  private static String resource(String name) throws IOException {
    try (InputStream in =
        MomentAndHistoryStateTest.class.getResourceAsStream("/state-v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void goldenVersionOneFilesStayReadable() throws IOException {
    // rewards 0.2, 0.4 on "control": N 2, S 0.6, M2 0.02; 0.9 on "variant": M2 0
    assertEquals(
        new MomentState(
            UcbVSpec.defaults(),
            ArmSet.of("control", "variant"),
            4,
            new long[] {2, 1},
            new double[] {0.6, 0.9},
            new double[] {0.02, 0.0}),
        codec.fromJson(resource("ucb-v.json")));
    assertEquals(
        new MomentState(
            new Ucb1TunedSpec(0, 10),
            ArmSet.of("a", "b"),
            3,
            new long[] {3, 0},
            new double[] {12.0, 0.0},
            new double[] {8.0, 0.0}),
        codec.fromJson(resource("ucb1-tuned.json")));
    assertEquals(
        new MomentState(
            new NormalGammaThompsonSpec(
                0, 1, 1, 1, Map.of("b", new NormalGammaPrior(0.5, 2, 5, 0.25))),
            ArmSet.of("a", "b"),
            5,
            new long[] {2, 3},
            new double[] {4.0, 1.5},
            new double[] {2.0, 0.5}),
        codec.fromJson(resource("thompson-normal-gamma.json")));
    assertEquals(
        new SampleMeanState(
            new GaussianThompsonSpec(
                0, 1e4, 1, false, Map.of("b", new GaussianArmPrior(1, 1, 0.25))),
            ArmSet.of("a", "b"),
            3,
            new long[] {2, 1},
            new double[] {3.0, -0.5}),
        codec.fromJson(resource("thompson-gaussian.json")));
    assertEquals(
        new SampleHistoryState(
            RobustUcbSpec.medianOfMeans(0.5, 2.0),
            ArmSet.of("a", "b"),
            5,
            new double[][] {{1.5, -0.25, 40.0}, {0.5, 0.75}}),
        codec.fromJson(resource("robust-ucb.json")));
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

  private static ObjectNode data(ObjectNode root) {
    return (ObjectNode) root.get("data");
  }

  @Test
  void corruptMomentStatesAreNamed() throws IOException {
    assertRejected(corrupted("ucb-v.json", t -> data(t).remove("m2")), "missing member 'data.m2'");
    assertRejected(
        corrupted("ucb-v.json", t -> data(t).putArray("m2").add(0.02).add(-1.0)),
        "state.m2 of arm 'variant' must be finite and >= 0, was -1.0");
    assertRejected(
        corrupted("ucb-v.json", t -> data(t).putArray("m2").add(0.02).add(0.5)),
        "state.m2 of arm 'variant' is 0.5, impossible for 1");
    // three rewards in [0, 10] have M2 at most 3 * 10² / 4 = 75
    assertRejected(
        corrupted("ucb1-tuned.json", t -> data(t).putArray("m2").add(80.0).add(0.0)),
        "state.m2 of arm 'a' is 80.0, impossible for 3 rewards in [0.0, 10.0]");
    assertRejected(
        corrupted("thompson-normal-gamma.json", t -> data(t).putArray("m2").add("x").add(0)),
        "'data.m2[0]' must be a finite number");
  }

  @Test
  void corruptHistoriesAreNamed() throws IOException {
    assertRejected(
        corrupted("robust-ucb.json", t -> ((ArrayNode) data(t).get("samples")).remove(1)),
        "'data.samples' must have 2 entries (one per arm), has 1");
    assertRejected(
        corrupted("robust-ucb.json", t -> ((ArrayNode) data(t).get("samples")).set(0, 3)),
        "'data.samples[0]' must be an array");
    assertRejected(
        corrupted(
            "robust-ucb.json",
            t ->
                ((ArrayNode) data(t).get("samples").get(1))
                    .add(Json.mapper().getNodeFactory().textNode("1"))),
        "'data.samples[1][2]' must be a finite number");
    assertRejected(
        corrupted("robust-ucb.json", t -> ((ArrayNode) data(t).get("samples").get(1)).add(1e200)),
        "state.samples of arm 'b' [2] must be finite with |x| <= 1.0E150, was 1.0E200");
  }
}
