package org.bandits4j.algorithms.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class Exp3Test {

  /**
   * By hand, η = 0.5, two arms. Uniform start: propensity 1/2. Reward 0.2 on arm 0 chosen with
   * probability 1/2: EXP3 adds the loss 0.8 / 0.5 = 1.6, so P_0 = e^{-0.8} / (1 + e^{-0.8}) =
   * 0.3100255; EXP3-IX with γ = η/2 = 0.25 adds 0.8 / 0.75, so P_0 = e^{-0.5333} / (1 +
   * e^{-0.5333}) = 0.3697398.
   */
  @Test
  void updateByHand() {
    Exp3 exp3 = new Exp3Spec(100, 0.5).create(ArmSet.of("a", "b"));
    Selection first = exp3.select(new SplittableRandom(1));
    assertEquals(0.5, first.propensity());
    exp3.update(new Selection(exp3.arms().get(0), 0.5, 1), 0.2);
    assertEquals(0.3100255, probabilityOf(exp3, 0), 1e-7);
    Exp3 ix = new Exp3IxSpec(100, 0.5, 0.5).create(ArmSet.of("a", "b"));
    assertEquals(0.25, ix.implicitExploration());
    ix.update(new Selection(ix.arms().get(0), 0.5, 1), 0.2);
    assertEquals(0.3697398, probabilityOf(ix, 0), 1e-7);
    // estimates: 1 - L/t = 1 - 1.6/1 for arm 0, 1 for arm 1
    ArmEstimate a = exp3.estimates().orElseThrow().all().get(0);
    assertEquals(1, a.pulls());
    assertEquals(1 - 1.6, a.mean(), 1e-15);
    assertEquals(1.0, exp3.estimates().orElseThrow().all().get(1).mean());
  }

  /** The propensity reported for arm {@code i} in the current state (sampling until it shows). */
  private static double probabilityOf(Exp3 p, int arm) {
    PolicyState state = p.snapshot();
    for (int seed = 0; seed < 1000; seed++) {
      Selection s =
          p.descriptor() instanceof Exp3Spec e
              ? e.restore(state).select(new SplittableRandom(seed))
              : ((Exp3IxSpec) p.descriptor()).restore(state).select(new SplittableRandom(seed));
      if (s.arm().index() == arm) {
        return s.propensity();
      }
    }
    throw new AssertionError("arm " + arm + " never chosen");
  }

  @Test
  void tunedLearningRates() {
    // Theorem 11.1: sqrt(ln 10 / (1000 * 10)) = 0.0151743; Theorem 12.1: sqrt(2 ln 11 / 10^4)
    assertEquals(
        0.0151743, Exp3Spec.forHorizon(1000).create(ArmSet.ofSize(10)).learningRate(), 1e-7);
    Exp3 ix = Exp3IxSpec.forHorizon(1000).create(ArmSet.ofSize(10));
    assertEquals(Math.sqrt(2 * Math.log(11) / 10_000), ix.learningRate(), 1e-15);
    assertEquals(ix.learningRate() / 2, ix.implicitExploration(), 1e-15);
    // one arm: ln 1 = 0, so EXP3's rate is 0 and the only arm has probability 1
    Exp3 single = Exp3Spec.forHorizon(10).create(ArmSet.ofSize(1));
    assertEquals(1.0, single.select(new SplittableRandom(1)).propensity());
  }

  /**
   * Large loss gaps move the weights' reference point: propensities stay exactly the softmax of
   * {@code -η L̂}, computed here from the state with the minimum subtracted.
   */
  @Test
  void propensitiesStayExactWhenLossesGrow() {
    Exp3 p = new Exp3Spec(100, 1.0).create(ArmSet.ofSize(3));
    SplittableRandom rng = new SplittableRandom(7);
    for (int t = 0; t < 20_000; t++) {
      Selection s = p.select(rng);
      double[] losses = p.snapshot().vector("losses");
      double min = Math.min(losses[0], Math.min(losses[1], losses[2]));
      double total = 0;
      for (double l : losses) {
        total += Math.exp(-(l - min));
      }
      double expected = Math.exp(-(losses[s.arm().index()] - min)) / total;
      assertEquals(expected, s.propensity(), 1e-12 * Math.max(1, expected), "round " + t);
      p.update(s, s.arm().index() == 2 ? 0.9 : 0.1 * rng.nextDouble());
    }
    double[] losses = p.snapshot().vector("losses");
    double min = Math.min(losses[0], Math.min(losses[1], losses[2]));
    assertTrue(min > 3 * 300, "the reference (a multiple of 300/η) moved several times: " + min);
  }

  @Test
  void updatesNeedThePropensity() {
    Exp3 p = Exp3Spec.defaults().create(ArmSet.ofSize(2));
    PolicyState before = p.snapshot();
    Selection noPropensity = new Selection(p.arms().get(0), Double.NaN, 1);
    String msg =
        assertThrows(IllegalArgumentException.class, () -> p.update(noPropensity, 0.5))
            .getMessage();
    assertTrue(msg.contains("propensity") && msg.contains("NaN"), msg);
    assertEquals(before, p.snapshot());
    assertThrows(
        IllegalArgumentException.class, () -> p.update(Selection.forced(p.arms().get(1)), 1.5));
    assertEquals(before, p.snapshot());
  }

  @Test
  void specsRejectBadParameters() {
    assertEquals(
        "learningRate must be finite and >= 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> new Exp3Spec(10, -1)).getMessage());
    assertEquals(
        "horizon must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> Exp3IxSpec.forHorizon(0)).getMessage());
    assertEquals(
        "gammaRatio must be finite and >= 0, was NaN",
        assertThrows(IllegalArgumentException.class, () -> new Exp3IxSpec(10, 0, Double.NaN))
            .getMessage());
  }
}
