package org.bandits4j.algorithms.greedy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class BoltzmannTest {

  private static void feed(Boltzmann p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  private static Boltzmann threeArms(BoltzmannSpec spec) {
    Boltzmann p = spec.create(ArmSet.of("a", "b", "c"));
    feed(p, 0, 1, 0);
    feed(p, 1, 1);
    feed(p, 2, 0, 0, 1);
    return p;
  }

  /**
   * By hand, τ = 0.5, means a = 1/2, b = 1, c = 1/3: weights e^{(μ - 1)/0.5} = e^{-1}, 1, e^{-4/3}
   * = 0.3678794, 1, 0.2635971, sum 1.6314765: P = 0.2254886, 0.6129417, 0.1615697. Every selection
   * reports its arm's probability, and 6000 decisions (one per seed, from the same state) match
   * them within 5 binomial SE.
   */
  @Test
  void propensitiesByHand() {
    Boltzmann p = threeArms(BoltzmannSpec.constant(0.5));
    double[] expected = {0.2254886, 0.6129417, 0.1615697};
    int[] counts = new int[3];
    int n = 6000;
    for (int seed = 0; seed < n; seed++) {
      Selection s =
          BoltzmannSpec.constant(0.5).restore(p.snapshot()).select(new SplittableRandom(seed));
      assertEquals(expected[s.arm().index()], s.propensity(), 1e-7);
      counts[s.arm().index()]++;
    }
    for (int i = 0; i < 3; i++) {
      double se = Math.sqrt(expected[i] * (1 - expected[i]) / n);
      assertEquals(expected[i], counts[i] / (double) n, 5 * se, "arm " + i);
    }
  }

  /**
   * Schedules at round t = 7 (6 rewards learned): inverse-log τ / ln 8 = 0.5 / 2.0794415 =
   * 0.2404492; inverse-sqrt τ / sqrt 7.
   */
  @Test
  void schedulesByHand() {
    assertEquals(0.2404492, TemperatureSchedule.INVERSE_LOG.temperature(0.5, 7), 1e-7);
    assertEquals(0.5 / Math.sqrt(7), TemperatureSchedule.INVERSE_SQRT_TIME.temperature(0.5, 7), 0);
    assertEquals(0.5, TemperatureSchedule.CONSTANT.temperature(0.5, 7), 0);
    // the policy uses t = rewards learned + 1: weight of b over a is e^{0.5/0.2404492}
    Boltzmann p = threeArms(new BoltzmannSpec(0.5, TemperatureSchedule.INVERSE_LOG));
    double wa = Math.exp(-0.5 / 0.2404492);
    double wc = Math.exp(-(2.0 / 3.0) / 0.2404492);
    Selection s = p.select(new SplittableRandom(1));
    double[] probabilities = {wa, 1, wc};
    double total = wa + 1 + wc;
    assertEquals(probabilities[s.arm().index()] / total, s.propensity(), 1e-6);
  }

  /** Huge reward gaps at a tiny temperature: exponents are shifted, nothing overflows. */
  @Test
  void stableAtExtremeTemperatures() {
    Boltzmann p = BoltzmannSpec.constant(1e-3).create(ArmSet.ofSize(2));
    feed(p, 0, 1e6);
    feed(p, 1, -1e6);
    Selection s = p.select(new SplittableRandom(2));
    assertEquals(0, s.arm().index());
    assertEquals(1.0, s.propensity());
    Boltzmann hot = BoltzmannSpec.constant(1e9).create(ArmSet.ofSize(4));
    for (int i = 0; i < 4; i++) {
      feed(hot, i, i);
    }
    Selection h = hot.select(new SplittableRandom(3));
    assertEquals(0.25, h.propensity(), 1e-9);
  }

  @Test
  void specRejectsBadParameters() {
    assertEquals(
        "temperature must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> BoltzmannSpec.constant(0)).getMessage());
    assertEquals(
        "schedule must not be null",
        assertThrows(IllegalArgumentException.class, () -> new BoltzmannSpec(1, null))
            .getMessage());
    Boltzmann p = BoltzmannSpec.defaults().create(ArmSet.ofSize(2));
    Selection s = p.select(new SplittableRandom(3));
    String msg =
        assertThrows(IllegalArgumentException.class, () -> p.update(s, Double.NaN)).getMessage();
    assertTrue(msg.contains("NaN"), msg);
  }
}
