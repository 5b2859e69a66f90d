package org.bandits4j.algorithms.thompson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class NormalGammaThompsonTest {

  private static void feed(NormalGammaThompsonSampling p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  /** Arm a: prior (0, 1, 2, 1), rewards 1, 3; arm b: a near-point posterior at 1.0. */
  private static NormalGammaThompsonSampling handExample() {
    NormalGammaThompsonSpec spec =
        new NormalGammaThompsonSpec(
            0.0, 1.0, 2.0, 1.0, Map.of("b", new NormalGammaPrior(1.0, 1e12, 1e6, 1e6)));
    NormalGammaThompsonSampling p = spec.create(ArmSet.of("a", "b"));
    feed(p, 0, 1, 3);
    return p;
  }

  /**
   * By hand, prior (μ_0, κ_0, α_0, β_0) = (0, 1, 2, 1), rewards 1, 3: N = 2, x̄ = 2, M2 = 2. κ = 3,
   * μ = (0 + 4)/3 = 4/3, α = 2 + 1 = 3, β = 1 + 2/2 + 1 * 2 * (2 - 0)² / (2 * 3) = 2 + 4/3 = 10/3.
   * Posterior sd of the mean: sqrt(β / (κ (α - 1))) = sqrt(10/3 / 6) = 0.7453560.
   */
  @Test
  void posteriorByHand() {
    NormalGammaThompsonSampling p = handExample();
    NormalGammaPrior post = p.posterior(0);
    assertEquals(4.0 / 3.0, post.mean(), 1e-15);
    assertEquals(3.0, post.kappa(), 0);
    assertEquals(3.0, post.alpha(), 0);
    assertEquals(10.0 / 3.0, post.beta(), 1e-15);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(4.0 / 3.0, a.mean(), 1e-15);
    assertEquals(0.7453560, a.uncertainty(), 1e-7);
    assertEquals(2.0, p.snapshot().m2()[0], 0);
    // arm b, prior only: sd sqrt(β / (κ (α - 1))) = sqrt(1e6 / (1e12 (1e6 - 1))) = 1e-6
    assertEquals(1e-6, p.estimates().orElseThrow().all().get(1).uncertainty(), 1e-12);
  }

  /**
   * The draw of θ_a is Student-t with 2α = 6 degrees of freedom, location 4/3, scale² β/(α κ) =
   * (10/3)/9 = 0.3703704; arm b's posterior is a near-point mass at 1.0 (sd 1e-6). So P(play a) =
   * P(T_6 > (1 - 4/3)/sqrt(0.3703704)) = P(T_6 > -0.5477226) = 0.6982. 20 000 decisions, 5 binomial
   * standard errors (false-alarm rate below 1e-6).
   */
  @Test
  void drawsFollowTheStudentTMarginal() {
    NormalGammaThompsonSampling p = handExample();
    double z = (1.0 - 4.0 / 3.0) / Math.sqrt(10.0 / 27.0);
    double expected = TDistribution.of(6).survivalProbability(z);
    int n = 20_000;
    int first = 0;
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < n; i++) {
      Selection s = p.select(rng);
      assertTrue(Double.isNaN(s.propensity()));
      first += s.arm().index() == 0 ? 1 : 0;
    }
    assertEquals(expected, first / (double) n, 5 * Math.sqrt(expected * (1 - expected) / n));
  }

  @Test
  void shapesFarBelowOneStayFinite() {
    // α_0 = 1e-3: Gamma draws may underflow to 0; draws must stay finite (no NaN in the argmax)
    NormalGammaThompsonSampling p =
        NormalGammaThompsonSpec.of(new NormalGammaPrior(0, 1, 1e-3, 1)).create(ArmSet.ofSize(3));
    SplittableRandom rng = new SplittableRandom(9);
    for (int i = 0; i < 2_000; i++) {
      assertTrue(p.select(rng).arm().index() < 3);
    }
  }

  @Test
  void specValidationAndVarTsFactory() {
    assertEquals(
        "alpha must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new NormalGammaPrior(0, 1, 0, 1))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new NormalGammaThompsonSpec(0, -1, 1, 1, Map.of()));
    // β_0 = α_0 v: prior mean precision 1/v
    assertEquals(new NormalGammaPrior(0, 1, 5, 0.5), NormalGammaPrior.precisionMean(5, 0.1));
    NormalGammaThompsonSpec varTs =
        NormalGammaThompsonSpec.varTs(Map.of("x", NormalGammaPrior.precisionMean(5, 0.1)));
    assertEquals(NormalGammaPrior.precisionMean(5, 0.1), varTs.priorOf("x"));
    assertEquals(new NormalGammaPrior(0, 1, 1, 1), varTs.priorOf("y"));
  }
}
