package org.bandits4j.algorithms.greedy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class EpsilonGreedyTest {

  private static EpsilonGreedy trained(EpsilonGreedySpec spec) {
    // means: a 0.5, b 0.9, c 0.9, d 0.1 (b and c tie for greedy)
    EpsilonGreedy p = spec.create(ArmSet.of("a", "b", "c", "d"));
    double[][] rewards = {{1, 0}, {1, 0.8}, {0.9, 0.9}, {0.1, 0.1}};
    for (int i = 0; i < 4; i++) {
      for (double r : rewards[i]) {
        p.update(Selection.forced(p.arms().get(i)), r);
      }
    }
    return p;
  }

  /**
   * By hand, K = 4, ε = 0.2, greedy arms b and c (g = 2): a greedy arm has propensity (1 - 0.2)/2 +
   * 0.2/4 = 0.45; the others 0.2/4 = 0.05.
   */
  @Test
  void propensitiesByHand() {
    EpsilonGreedy p = trained(EpsilonGreedySpec.constant(0.2));
    Map<String, Double> reported = new HashMap<>();
    for (int seed = 0; seed < 400; seed++) {
      Selection s =
          EpsilonGreedySpec.constant(0.2).restore(p.snapshot()).select(new SplittableRandom(seed));
      reported.put(s.arm().id(), s.propensity());
    }
    assertEquals(Map.of("a", 0.05, "b", 0.45, "c", 0.45, "d", 0.05), reported);
  }

  @Test
  void decayingSchedulesFollowTheirFormulas() {
    assertEquals(0.3, EpsilonSchedule.CONSTANT.rate(0.3, 10, 1_000));
    assertEquals(1.0, EpsilonSchedule.INVERSE_TIME.rate(5.0, 10, 20));
    assertEquals(5.0 * 10 / 1_000, EpsilonSchedule.INVERSE_TIME.rate(5.0, 10, 1_000), 1e-15);
    assertEquals(
        Math.sqrt(10.0 / 1_000), EpsilonSchedule.INVERSE_SQRT_TIME.rate(1.0, 10, 1_000), 1e-15);
    // 8 rewards learned: t = 9, rate = min(1, 2 * 4 / 9) = 8/9; a greedy arm: (1/9)/2 + (8/9)/4
    EpsilonGreedy p = trained(new EpsilonGreedySpec(2.0, EpsilonSchedule.INVERSE_TIME));
    for (int seed = 0; seed < 50; seed++) {
      Selection s =
          new EpsilonGreedySpec(2.0, EpsilonSchedule.INVERSE_TIME)
              .restore(p.snapshot())
              .select(new SplittableRandom(seed));
      double expected =
          s.arm().id().equals("b") || s.arm().id().equals("c")
              ? (1.0 / 9) / 2 + (8.0 / 9) / 4
              : (8.0 / 9) / 4;
      assertEquals(expected, s.propensity(), 1e-15);
    }
  }

  @Test
  void specRejectsRatesOutsideTheUnitIntervalForConstantSchedules() {
    assertEquals(
        "epsilon must be in [0.0, 1.0], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> EpsilonGreedySpec.constant(1.5))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new EpsilonGreedySpec(-1.0, EpsilonSchedule.INVERSE_TIME));
    assertThrows(IllegalArgumentException.class, () -> new EpsilonGreedySpec(0.1, null));
    assertEquals(3.0, new EpsilonGreedySpec(3.0, EpsilonSchedule.INVERSE_TIME).epsilon());
  }

  @Test
  void acceptsAnyFiniteRewardAndEstimatesTheMean() {
    EpsilonGreedy p = EpsilonGreedySpec.defaults().create(ArmSet.ofSize(2));
    p.update(Selection.forced(p.arms().get(0)), -1e6);
    p.update(Selection.forced(p.arms().get(0)), 3e6);
    assertEquals(1e6, p.estimates().orElseThrow().all().get(0).mean());
    Selection s = Selection.forced(p.arms().get(0));
    p.update(s, Double.MAX_VALUE);
    String msg =
        assertThrows(IllegalArgumentException.class, () -> p.update(s, Double.MAX_VALUE))
            .getMessage();
    assertEquals("reward 1.7976931348623157E308 would overflow the reward sum of arm '0'", msg);
  }
}
