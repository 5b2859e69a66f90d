package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.dueling.Rmed1Spec;
import org.bandits4j.algorithms.dueling.RucbSpec;
import org.bandits4j.algorithms.dueling.SparringSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
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

  /** Equality ignores the order of the extras, and so must the hash. */
  @Test
  void extrasInAnotherOrderGiveAnEqualStateAndHash() {
    ArmSet arms = ArmSet.of("a", "b");
    long[] wins = {0, 1, 2, 0};
    Map<String, long[]> first = new LinkedHashMap<>();
    first.put("loop", new long[] {0, 1});
    first.put("position", new long[] {1});
    Map<String, long[]> second = new LinkedHashMap<>();
    second.put("position", new long[] {1});
    second.put("loop", new long[] {0, 1});
    DuelingState a = new DuelingState(Rmed1Spec.defaults(), arms, 4, wins, first);
    DuelingState b = new DuelingState(Rmed1Spec.defaults(), arms, 4, wins, second);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
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
    return edited(resource(file), edit);
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

  /**
   * RMED's loop bookkeeping travels in the extras; a {@code remaining} flag that disagrees with the
   * loop (arms from position {@code checked} on) is rejected by name.
   */
  @Test
  void anRmedStateWhoseRemainingFlagsDisagreeWithItsLoopIsRejected() {
    DuelingBandit p = Rmed1Spec.defaults().create(ArmSet.ofSize(4));
    SplittableRandom rng = new SplittableRandom(5);
    for (int t = 0; t < 40; t++) {
      Duel d = p.select(rng);
      p.update(
          d,
          d.first().index() <= d.second().index()
              ? DuelOutcome.FIRST_WINS
              : DuelOutcome.SECOND_WINS);
    }
    String json = codec.toJson(p.snapshot());
    assertEquals(p.snapshot(), codec.fromJson(json));
    assertRejected(
        edited(
            json,
            t -> {
              var flags = (ArrayNode) t.get("data").get("extras").get("remaining");
              flags.set(0, IntNode.valueOf(1 - flags.get(0).asInt()));
            }),
        "state extra 'remaining' must flag exactly the loop's arms");
  }

  private static String edited(String json, Consumer<ObjectNode> edit) {
    try {
      ObjectNode tree = (ObjectNode) Json.mapper().readTree(json);
      edit.accept(tree);
      return Json.mapper().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
