package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class UcbVTest {

  private static void feed(UcbV p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  /**
   * By hand, ζ = 1.2, c = 1, b = 1, t = 3: arm a has (0.2, 0.4): mean 0.3, V = M2/N = 0.02/2 =
   * 0.01; arm b has (0.9): V = 0. E = 1.2 ln 3 = 1.3183347. Bonus of a: sqrt(2 * 0.01 * E / 2) + 3E
   * / 2 = 0.1148187 + 1.9775021 = 2.0923208 (index 2.3923208); bonus of b: 0 + 3E = 3.9550042
   * (index 4.8550042), so b is played.
   */
  @Test
  void indexByHand() {
    UcbV p = UcbVSpec.defaults().create(ArmSet.of("a", "b"));
    assertEquals(0, p.select(new SplittableRandom(1)).arm().index()); // unplayed arms first
    feed(p, 0, 0.2, 0.4);
    assertEquals(1, p.select(new SplittableRandom(1)).arm().index());
    feed(p, 1, 0.9);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    ArmEstimate b = p.estimates().orElseThrow().all().get(1);
    assertEquals(0.3, a.mean(), 1e-15);
    assertEquals(2.0923208, a.uncertainty(), 1e-7);
    assertEquals(3.9550042, b.uncertainty(), 1e-7);
    Selection s = p.select(new SplittableRandom(1));
    assertEquals("b", s.arm().id());
    assertEquals(1.0, s.propensity());
    assertEquals(0.02, p.snapshot().m2()[0], 1e-17);
  }

  @Test
  void lowVarianceArmsGetSmallerBonusesThanUcb1() {
    // two arms at mean 0.5 after 100 rewards: one constant, one Bernoulli(0.5)
    UcbV p = UcbVSpec.defaults().create(ArmSet.of("steady", "noisy"));
    for (int i = 0; i < 100; i++) {
      feed(p, 0, 0.5);
      feed(p, 1, i % 2);
    }
    double steady = p.estimates().orElseThrow().all().get(0).uncertainty();
    double noisy = p.estimates().orElseThrow().all().get(1).uncertainty();
    double e = 1.2 * Math.log(200);
    assertEquals(3 * e / 100, steady, 1e-12); // the variance term vanishes
    assertEquals(Math.sqrt(2 * 0.25 * e / 100) + 3 * e / 100, noisy, 1e-7);
    assertTrue(p.select(new SplittableRandom(2)).arm().id().equals("noisy"));
  }

  @Test
  void exactTiesAreBrokenAtRandomWithPropensityOneHalf() {
    UcbV p = UcbVSpec.defaults().create(ArmSet.ofSize(2));
    feed(p, 0, 0.0, 1.0, 1.0);
    feed(p, 1, 1.0, 0.0, 1.0); // same multiset, other order: equal in exact arithmetic
    int first = 0;
    for (int i = 0; i < 200; i++) {
      Selection s = p.select(new SplittableRandom(i));
      assertEquals(0.5, s.propensity());
      first += s.arm().index() == 0 ? 1 : 0;
    }
    assertTrue(first > 60 && first < 140, "uniform tie-break, got " + first + "/200");
  }

  @Test
  void specValidationNamesTheParameter() {
    assertEquals(
        "zeta must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new UcbVSpec(0, 1, 1)).getMessage());
    assertEquals(
        "b must be finite and > 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> new UcbVSpec(1.2, 1, -1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new UcbVSpec(1.2, Double.NaN, 1));
  }
}
