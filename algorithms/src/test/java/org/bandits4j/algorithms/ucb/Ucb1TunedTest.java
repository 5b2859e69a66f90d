package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class Ucb1TunedTest {

  private static void feed(Ucb1Tuned p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  /**
   * By hand, t = 5, ln 5 = 1.6094379. Arm a has (1, 0, 1): mean 2/3, V = (1/9 + 4/9 + 1/9)/3 = 2/9;
   * V + sqrt(2 ln 5 / 3) = 0.2222222 + 1.0358372 > 1/4, so the bonus is sqrt(ln 5 / 3 / 4) =
   * 0.3662237 (index 1.0328904). Arm b has (0, 0): V = 0, sqrt(2 ln 5 / 2) = 1.2686 > 1/4, bonus
   * sqrt(ln 5 / 2 / 4) = 0.4485306 (index 0.4485306). a is played.
   */
  @Test
  void indexByHand() {
    Ucb1Tuned p = Ucb1TunedSpec.defaults().create(ArmSet.of("a", "b"));
    feed(p, 0, 1, 0, 1);
    feed(p, 1, 0, 0);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    ArmEstimate b = p.estimates().orElseThrow().all().get(1);
    assertEquals(2.0 / 3.0, a.mean(), 1e-15);
    assertEquals(0.3662237, a.uncertainty(), 1e-7);
    assertEquals(0.4485306, b.uncertainty(), 1e-7);
    assertEquals("a", p.select(new SplittableRandom(1)).arm().id());
  }

  /**
   * With many steady rewards the variance bound falls below 1/4: 400 rewards of 0.5 and t = 800, ln
   * 800 = 6.6846117: V = 0, sqrt(2 ln 800 / 400) = 0.1828197 < 1/4, bonus sqrt(ln 800 / 400 *
   * 0.1828197) = 0.0552738 — smaller than UCB1's sqrt(2 ln 800 / 400) = 0.1828197.
   */
  @Test
  void varianceBoundShrinksTheBonus() {
    Ucb1Tuned p = Ucb1TunedSpec.defaults().create(ArmSet.ofSize(2));
    for (int i = 0; i < 400; i++) {
      feed(p, 0, 0.5);
      feed(p, 1, 0.5);
    }
    assertEquals(0.0552738, p.estimates().orElseThrow().all().get(0).uncertainty(), 1e-7);
    Selection s = p.select(new SplittableRandom(3));
    assertEquals(0.5, s.propensity()); // identical arms tie exactly
  }

  @Test
  void rescaledRangeAndValidation() {
    // rewards in [-1, 3] rescale by (x + 1)/4: reward 1 is 0.5; bonus in reward units times 4
    Ucb1Tuned p = new Ucb1TunedSpec(-1, 3).create(ArmSet.ofSize(1));
    feed(p, 0, 1, 1);
    ArmEstimate e = p.estimates().orElseThrow().all().get(0);
    assertEquals(1.0, e.mean(), 1e-15);
    double lnT = Math.log(2);
    double v = Math.min(0.25, Math.sqrt(2 * lnT / 2));
    assertEquals(4 * Math.sqrt(lnT / 2 * v), e.uncertainty(), 1e-12);
    Selection s = p.select(new SplittableRandom(1));
    String msg = assertThrows(IllegalArgumentException.class, () -> p.update(s, 3.5)).getMessage();
    assertTrue(msg.contains("3.5") && msg.contains("[-1.0, 3.0]"), msg);
    assertThrows(IllegalArgumentException.class, () -> new Ucb1TunedSpec(1, 1));
  }
}
