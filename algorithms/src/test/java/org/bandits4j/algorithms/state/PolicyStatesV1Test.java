package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.adversarial.Exp3IxSpec;
import org.bandits4j.algorithms.adversarial.Exp3Spec;
import org.bandits4j.algorithms.greedy.BoltzmannSpec;
import org.bandits4j.algorithms.greedy.TemperatureSchedule;
import org.bandits4j.algorithms.nonstationary.DiscountedThompsonSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedUcbSpec;
import org.bandits4j.algorithms.nonstationary.SlidingWindowUcbSpec;
import org.bandits4j.algorithms.ucb.KlFamily;
import org.bandits4j.algorithms.ucb.KlUcbSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

/**
 * The version-1 state files of the KL-UCB, MOSS, Boltzmann, EXP3, sliding-window and discounted
 * policies stay readable, equal the states they are known to describe, and restore working
 * policies; the arm-vector and window formats round-trip and reject malformed data by name.
 */
class PolicyStatesV1Test {

  private final StateCodec codec = StandardPolicies.codec();

  private static String resource(String name) throws IOException {
    try (InputStream in = PolicyStatesV1Test.class.getResourceAsStream("/state-v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void goldenFilesOfSampleMeanPolicies() throws IOException {
    assertEquals(
        new SampleMeanState(
            new KlUcbSpec(KlFamily.POISSON, 1.0, 3.0),
            ArmSet.of("store-1", "store-2"),
            9,
            new long[] {5, 4},
            new double[] {12.0, 3.0}),
        codec.fromJson(resource("kl-ucb.json")));
    assertEquals(
        new SampleMeanState(
            new MossSpec(100_000),
            ArmSet.ofSize(3),
            6,
            new long[] {2, 2, 2},
            new double[] {1, 2, 0}),
        codec.fromJson(resource("moss.json")));
    assertEquals(
        new SampleMeanState(
            new BoltzmannSpec(0.25, TemperatureSchedule.INVERSE_LOG),
            ArmSet.of("x", "y"),
            4,
            new long[] {3, 1},
            new double[] {2.5, -0.5}),
        codec.fromJson(resource("boltzmann.json")));
  }

  @Test
  void goldenFilesOfArmVectorPolicies() throws IOException {
    assertEquals(
        new ArmVectorsState(
            new Exp3Spec(1000, 0.0),
            ArmSet.of("red", "green", "blue"),
            5,
            new long[] {2, 2, 1},
            List.of("losses"),
            List.of(new double[] {2.5, 0.75, 0.0})),
        codec.fromJson(resource("exp3.json")));
    assertEquals(
        new ArmVectorsState(
            new Exp3IxSpec(1000, 0.0, 0.5),
            ArmSet.of("red", "green"),
            3,
            new long[] {2, 1},
            List.of("losses"),
            List.of(new double[] {1.25, 0.5})),
        codec.fromJson(resource("exp3-ix.json")));
    List<double[]> discounted = List.of(new double[] {1.25, 0.5}, new double[] {1.25, 0.0});
    assertEquals(
        new ArmVectorsState(
            new DiscountedUcbSpec(0.5, 0.6, 1.0, 1.0),
            ArmSet.of("a", "b"),
            3,
            new long[] {2, 1},
            List.of("counts", "sums"),
            discounted),
        codec.fromJson(resource("discounted-ucb.json")));
    assertEquals(
        new ArmVectorsState(
            new DiscountedThompsonSpec(0.5, 1.0, 1.0),
            ArmSet.of("a", "b"),
            3,
            new long[] {2, 1},
            List.of("counts", "sums"),
            discounted),
        codec.fromJson(resource("discounted-thompson.json")));
    // the D-UCB file is the hand-computed state of DiscountedTest: restoring it plays arm b
    // (forced)
    Bandit p = (Bandit) codec.restore(resource("discounted-ucb.json"));
    assertEquals("b", p.select(new SplittableRandom(1)).arm().id());
  }

  @Test
  void goldenFileOfSlidingWindowUcb() throws IOException {
    SlidingWindowState expected =
        new SlidingWindowState(
            new SlidingWindowUcbSpec(4, 0.6, 1.0),
            ArmSet.of("a", "b"),
            6,
            new long[] {3, 2},
            new double[] {1.0, 1.0},
            new int[] {1, 0, 1, 0},
            new double[] {0.0, 1.0, 1.0, 0.0});
    assertEquals(expected, codec.fromJson(resource("sliding-window-ucb.json")));
    // the hand-computed tie of SlidingWindowUcbTest: both arms have index 1.6448940
    Selection s =
        ((Bandit) codec.restore(resource("sliding-window-ucb.json")))
            .select(new SplittableRandom(2));
    assertEquals(0.5, s.propensity());
  }

  /** Learned states of every new policy survive JSON exactly. */
  @Test
  void learnedStatesRoundTrip() {
    List<PolicySpec<? extends Bandit>> specs =
        List.of(
            Exp3Spec.forHorizon(500),
            Exp3IxSpec.forHorizon(500),
            new SlidingWindowUcbSpec(30, 0.6, 1.0),
            DiscountedUcbSpec.defaults(),
            DiscountedThompsonSpec.defaults());
    for (PolicySpec<? extends Bandit> spec : specs) {
      Bandit p = spec.create(ArmSet.of("a", "b", "c"));
      SplittableRandom rng = new SplittableRandom(4);
      for (int t = 0; t < 200; t++) {
        Selection s = p.select(rng);
        p.update(s, rng.nextDouble());
      }
      PolicyState state = p.snapshot();
      String json = codec.toJson(state);
      assertEquals(state, codec.fromJson(json), spec.name());
      assertEquals(json, codec.toJson(codec.fromJson(json)), spec.name());
    }
  }

  private static void assertRejected(StateCodec codec, String json, String fragment) {
    String msg =
        assertThrows(IllegalArgumentException.class, () -> codec.fromJson(json)).getMessage();
    assertTrue(msg.contains(fragment), "message <" + msg + "> lacks <" + fragment + ">");
  }

  @Test
  void malformedDataIsNamed() throws IOException {
    String exp3 = resource("exp3.json");
    assertRejected(
        codec,
        exp3.replace("\"losses\" : [ 2.5, 0.75, 0.0 ]", "\"losses\" : [ 2.5, 0.75 ]"),
        "'data.losses' must have 3 entries");
    assertRejected(
        codec,
        exp3.replace("\"losses\" : [ 2.5, 0.75, 0.0 ]", "\"loss\" : [ 2.5, 0.75, 0.0 ]"),
        "missing member 'data.losses'");
    assertRejected(
        codec,
        exp3.replace("2.5, 0.75, 0.0", "2.5, -0.75, 0.0"),
        "state.losses of arm 'green' is -0.75");
    String window = resource("sliding-window-ucb.json");
    assertRejected(
        codec,
        window.replace("[ 1, 0, 1, 0 ]", "[ 1, 0, 1, 7 ]"),
        "'data.windowArms[3]' must be an arm index in [0, 2), was 7");
    assertRejected(
        codec,
        window.replace("[ 0.0, 1.0, 1.0, 0.0 ]", "[ 0.0, 1.0, 1.0 ]"),
        "'data.windowRewards' must have 4 entries");
    assertRejected(
        codec,
        window.replace("\"windowSums\" : [ 1.0, 1.0 ]", "\"windowSums\" : [ 1.0, 2.0 ]"),
        "windowSums of arm 'b' is 2.0");
    assertRejected(
        codec,
        window.replace("\"pulls\" : [ 3, 2 ]", "\"pulls\" : [ 3, 1 ]"),
        "more than its 1 pulls");
    String discounted = resource("discounted-ucb.json");
    assertRejected(
        codec,
        discounted.replace("\"counts\" : [ 1.25, 0.5 ]", "\"counts\" : [ 1.25, 5.0 ]"),
        "state.counts of arm 'b' is 5.0");
  }
}
