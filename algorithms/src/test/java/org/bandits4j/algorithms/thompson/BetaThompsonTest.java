package org.bandits4j.algorithms.thompson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class BetaThompsonTest {

  private static void feed(BetaThompsonSampling p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  /**
   * By hand, prior Beta(1, 1): after rewards 1, 1, 0, 1 the posterior is Beta(4, 2), mean 4/6, sd
   * sqrt(4*2 / (6^2 * 7)) = 0.1781742; a fractional reward 0.3 adds 0.3 success and 0.7 failure.
   */
  @Test
  void posteriorByHand() {
    BetaThompsonSampling p = BetaThompsonSpec.defaults().create(ArmSet.of("a", "b"));
    feed(p, 0, 1, 1, 0, 1);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(4, a.pulls());
    assertEquals(4.0 / 6.0, a.mean(), 1e-15);
    assertEquals(0.1781742, a.uncertainty(), 1e-7);
    feed(p, 1, 0.3);
    ArmEstimate b = p.estimates().orElseThrow().all().get(1);
    assertEquals(1.3 / 3.0, b.mean(), 1e-15); // Beta(1.3, 1.7)
    ArmEstimate prior =
        BetaThompsonSpec.defaults().create(ArmSet.ofSize(1)).estimates().orElseThrow().all().get(0);
    assertEquals(0.5, prior.mean());
    assertEquals(Math.sqrt(1.0 / 12.0), prior.uncertainty(), 1e-15);
  }

  @Test
  void propensityIsNaNAndProbabilityOfBestFollowsTheEvidence() {
    BetaThompsonSampling p = BetaThompsonSpec.defaults().create(ArmSet.of("good", "bad"));
    for (int i = 0; i < 200; i++) {
      feed(p, 0, i % 10 < 8 ? 1 : 0);
      feed(p, 1, i % 10 < 2 ? 1 : 0);
    }
    Selection s = p.select(new SplittableRandom(3));
    assertTrue(Double.isNaN(s.propensity()));
    double[] w =
        p.probabilityOfBest().orElseThrow().probabilityOfBest(5_000, new SplittableRandom(4));
    assertEquals(1.0, w[0] + w[1], 1e-12);
    assertTrue(w[0] > 0.999, "P(best) of the 0.8 arm vs the 0.2 arm after 200 pulls each: " + w[0]);
    // two identical arms: P(best) near 1/2 (binomial SE 0.007 for 5000 draws; 5 SE)
    BetaThompsonSampling twins = BetaThompsonSpec.defaults().create(ArmSet.ofSize(2));
    double[] half =
        twins.probabilityOfBest().orElseThrow().probabilityOfBest(5_000, new SplittableRandom(5));
    assertEquals(0.5, half[0], 0.036);
  }

  @Test
  void choosesArmsInProportionToTheirPosteriorProbabilityOfBeingBest() {
    // Beta(2,1) vs Beta(1,2): P(X > Y) = 5/6 (by hand: ∫∫ 2x · 2(1-y) over x > y)
    BetaThompsonSampling p = BetaThompsonSpec.defaults().create(ArmSet.ofSize(2));
    feed(p, 0, 1);
    feed(p, 1, 0);
    int n = 20_000;
    int first = 0;
    SplittableRandom rng = new SplittableRandom(11);
    for (int i = 0; i < n; i++) {
      if (p.select(rng).arm().index() == 0) {
        first++;
      }
    }
    double se = Math.sqrt(5.0 / 36.0 / n);
    assertEquals(5.0 / 6.0, first / (double) n, 5 * se);
  }

  @Test
  void rewardsOutsideTheUnitIntervalAreRejected() {
    BetaThompsonSampling p = BetaThompsonSpec.defaults().create(ArmSet.ofSize(2));
    Selection s = p.select(new SplittableRandom(1));
    String msg = assertThrows(IllegalArgumentException.class, () -> p.update(s, 2.0)).getMessage();
    assertTrue(msg.contains("2.0") && msg.contains("[0.0, 1.0]"), msg);
    assertEquals(
        "priorAlpha must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new BetaThompsonSpec(0, 1))
            .getMessage());
  }
}
