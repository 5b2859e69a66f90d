package org.bandits4j.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bandits4j.simulators.bounds.HeavyTailBounds;
import org.bandits4j.simulators.bounds.VarianceAwareBounds;
import org.junit.jupiter.api.Test;

class VarianceAndHeavyTailBoundsTest {

  @Test
  void ucbVBoundsByHand() {
    // c = 10, b = 1, Δ = 0.05, σ² = 1/1200 (U[-0.05, 0.05]): 10 (1/3 + 40) ln n per arm
    double n = 1e5;
    double pulls = VarianceAwareBounds.ucbVPulls(100_000, 10, 1, 0.05, 1.0 / 1200);
    assertEquals(10 * (1.0 / 3 + 40) * Math.log(n), pulls, 1e-9);
    // regret: arm 1 (Δ 0.05) and arm 2 (Δ 0.1): 10 (σ²/Δ + 2b) ln n each
    double[] means = {0.55, 0.5, 0.45};
    double[] variances = {1.0 / 1200, 1.0 / 1200, 1.0 / 1200};
    double expected = 10 * ((1.0 / 1200) / 0.05 + 2 + (1.0 / 1200) / 0.1 + 2) * Math.log(n);
    assertEquals(expected, VarianceAwareBounds.ucbV(100_000, 10, 1, means, variances), 1e-9);
    assertThrows(
        IllegalArgumentException.class,
        () -> VarianceAwareBounds.ucbV(10, 10, 1, means, new double[2]));
  }

  @Test
  void gaussianThompsonAndBayesShapesByHand() {
    // spec B.2: σ = 1, means (1, .5, .5, 0): 2/0.5 + 2/0.5 + 2/1 = 10, times ln n
    double[] means = {1, 0.5, 0.5, 0};
    double[] unit = {1, 1, 1, 1};
    assertEquals(
        10 * Math.log(1e4),
        VarianceAwareBounds.gaussianThompsonAsymptotic(10_000, means, unit),
        1e-9);
    // sqrt(n sum σ²) ln n with n = 100, σ² = (1, 3): sqrt(400) ln 100
    assertEquals(
        20 * Math.log(100), VarianceAwareBounds.bayesRegretShape(100, new double[] {1, 3}), 1e-9);
  }

  @Test
  void heavyTailConstantsAndBoundsByHand() {
    // ε = 1/2: truncated mean c = 4^3 = 64, c' = 2^4 * 64 = 1024
    assertEquals(64, HeavyTailBounds.truncatedMeanConstant(0.5), 1e-12);
    assertEquals(1024, HeavyTailBounds.regretConstant(0.5, 64), 1e-9);
    // median of means, ε = 1: 12 * 16 * (1 + 1/(16 ln 2))
    assertEquals(
        192 * (1 + 1 / (16 * Math.log(2))), HeavyTailBounds.medianOfMeansConstant(1), 1e-9);
    // one suboptimal arm, Δ = 0.3, v = 1, ε = 1/2, c = 64: 1024 (1/0.3)^2 ln n + 5 * 0.3
    double n = 1e4;
    assertEquals(
        1024 / 0.09 * Math.log(n) + 1.5,
        HeavyTailBounds.robustUcb(10_000, 0.5, 1.0, 64, 1.0, 0.7),
        1e-6);
    // Catoni: 2^3 * 4 = 32 (v/Δ) ln n + 5Δ + 8Δ ln n
    assertEquals(
        32 * (2 / 0.5) * Math.log(n) + 2.5 + 4 * Math.log(n),
        HeavyTailBounds.robustUcbCatoni(10_000, 2.0, 1.0, 0.5),
        1e-6);
    // minimax shapes: slope 1/(1+ε) in n, up to the logarithm
    double ratio =
        HeavyTailBounds.minimaxLowerShape(8_000, 5, 0.5, 1)
            / HeavyTailBounds.minimaxLowerShape(1_000, 5, 0.5, 1);
    assertEquals(4.0, ratio, 1e-9); // 8^{2/3}
    assertEquals(
        Math.pow(5 * Math.log(n), 1.0 / 3) * Math.pow(n, 2.0 / 3),
        HeavyTailBounds.minimaxShape(10_000, 5, 0.5, 1),
        1e-6);
  }
}
