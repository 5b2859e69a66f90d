package org.bandits4j.algorithms.thompson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class GaussianThompsonTest {

  private static void feed(GaussianThompsonSampling p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  private static GaussianThompsonSampling handExample() {
    GaussianThompsonSpec spec =
        new GaussianThompsonSpec(
            0.0, 4.0, 1.0, false, Map.of("b", new GaussianArmPrior(1.0, 1.0, 0.25)));
    GaussianThompsonSampling p = spec.create(ArmSet.of("a", "b"));
    feed(p, 0, 1, 2);
    feed(p, 1, 2);
    return p;
  }

  /**
   * By hand. Arm a: prior N(0, 4), σ² = 1, rewards 1, 2: λ = 1/4 + 2 = 2.25, h = 0 + 3 = 3, mean
   * 3/2.25 = 4/3, sd 1/1.5 = 2/3. Arm b (per-arm prior N(1, 1), σ² = 0.25), reward 2: λ = 1 + 4 =
   * 5, h = 1 + 8 = 9, mean 1.8, sd 1/sqrt(5) = 0.4472136.
   */
  @Test
  void posteriorByHand() {
    GaussianThompsonSampling p = handExample();
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    ArmEstimate b = p.estimates().orElseThrow().all().get(1);
    assertEquals(4.0 / 3.0, a.mean(), 1e-15);
    assertEquals(2.0 / 3.0, a.uncertainty(), 1e-15);
    assertEquals(1.8, b.mean(), 1e-15);
    assertEquals(0.4472136, b.uncertainty(), 1e-7);
    // flat prior: N(S/N, σ²/N) = N(1.5, 1/2)
    GaussianThompsonSampling flat = GaussianThompsonSpec.flat(1.0).create(ArmSet.ofSize(2));
    assertTrue(Double.isNaN(flat.estimates().orElseThrow().all().get(0).mean()));
    Selection first = flat.select(new SplittableRandom(1));
    assertEquals(0, first.arm().index());
    assertEquals(1.0, first.propensity());
    feed(flat, 0, 1, 2);
    assertEquals(1.5, flat.estimates().orElseThrow().all().get(0).mean(), 1e-15);
    assertEquals(Math.sqrt(0.5), flat.estimates().orElseThrow().all().get(0).uncertainty(), 1e-15);
    double[] weights =
        flat.probabilityOfBest().orElseThrow().probabilityOfBest(10, new SplittableRandom(2));
    assertEquals(1.0, weights[1]); // the unplayed arm is played next
  }

  /**
   * Selection frequency: P(θ_a > θ_b) = Φ((4/3 - 1.8) / sqrt(4/9 + 1/5)) = Φ(-0.5813) = 0.2805. 20
   * 000 decisions, tolerance 5 binomial standard errors (false-alarm rate below 1e-6).
   */
  @Test
  void choosesArmsInProportionToTheirPosteriorProbabilityOfBeingBest() {
    GaussianThompsonSampling p = handExample();
    double expected =
        NormalDistribution.of(0, 1)
            .cumulativeProbability((4.0 / 3.0 - 1.8) / Math.sqrt(4.0 / 9.0 + 0.2));
    int n = 20_000;
    int first = 0;
    SplittableRandom rng = new SplittableRandom(11);
    for (int i = 0; i < n; i++) {
      Selection s = p.select(rng);
      assertTrue(Double.isNaN(s.propensity()));
      first += s.arm().index() == 0 ? 1 : 0;
    }
    assertEquals(expected, first / (double) n, 5 * Math.sqrt(expected * (1 - expected) / n));
    double[] pob = p.probabilityOfBest().orElseThrow().probabilityOfBest(n, rng);
    assertEquals(expected, pob[0], 5 * Math.sqrt(expected * (1 - expected) / n));
  }

  @Test
  void specValidationAndPerArmDefaults() {
    assertEquals(
        "noiseVariance must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> GaussianThompsonSpec.common(0, 1, 0))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new GaussianThompsonSpec(0, 1, 1, false, Map.of(" ", new GaussianArmPrior(0, 1, 1))));
    assertThrows(IllegalArgumentException.class, () -> new GaussianArmPrior(0, -1, 1));
    GaussianThompsonSpec spec = (GaussianThompsonSpec) handExample().descriptor();
    assertEquals(new GaussianArmPrior(0, 4, 1), spec.priorOf("new-arm"));
  }
}
