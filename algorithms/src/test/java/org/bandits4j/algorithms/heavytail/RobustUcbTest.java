package org.bandits4j.algorithms.heavytail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class RobustUcbTest {

  private static <T extends ArmSamples> T fill(T arm, double... values) {
    for (double x : values) {
      arm.add(x);
    }
    return arm;
  }

  /**
   * Truncated mean, ε = 1, u = 1, rewards 0.5, 3.0, -0.2, 0.1 (positions k = 1..4), thresholds B_k
   * = sqrt(k/ℓ). At ℓ = 2: B = 0.71, 1.00, 1.22, 1.41, so 3.0 is cut: (0.5 - 0.2 + 0.1)/4 = 0.1;
   * width 4 sqrt(2/4) = 2.8284271. At ℓ = 10: B = 0.32, 0.45, 0.55, 0.63, so 0.5 is cut too: (-0.2
   * + 0.1)/4 = -0.025. Back at ℓ = 0.1 (the level fell: an arm was removed): B_2 = sqrt(20) = 4.5
   * keeps everything: (0.5 + 3 - 0.2 + 0.1)/4 = 0.85.
   */
  @Test
  void truncatedMeanByHand() {
    TruncatedMeanSamples arm = fill(new TruncatedMeanSamples(1.0, 1.0), 0.5, 3.0, -0.2, 0.1);
    double[] scratch = new double[MedianOfMeansSamples.MAX_BLOCKS];
    assertEquals(0.1, arm.estimate(2.0, 10, scratch), 1e-15);
    assertEquals(2.8284271, arm.width(2.0, 10), 1e-7);
    assertEquals(-0.025, arm.estimate(10.0, 10, scratch), 1e-15);
    assertEquals(0.85, arm.estimate(0.1, 10, scratch), 1e-15);
    assertEquals(-0.025, arm.estimate(10.0, 10, scratch), 1e-15);
    // a sample arriving above its threshold is never counted: 20 at position 5, B_5 = sqrt(0.5)
    arm.add(20.0);
    assertEquals(-0.1 / 5, arm.estimate(10.0, 10, scratch), 1e-15);
  }

  /**
   * Median of means, ε = 1, v = 1, rewards 1, 2, ..., 10. At ℓ = 0.5: k = floor(min(1 + 4, 10/2)) =
   * 5 blocks of 2, means 1.5, 3.5, 5.5, 7.5, 9.5, median 5.5; width sqrt(12) sqrt((8 + 2)/10) =
   * 3.4641016. At ℓ = 0.2: k = floor(min(2.6, 5)) = 2 blocks of 5, means 3 and 8, lower median 3.
   * With an 11th reward and ℓ = 0.5: k = 5, b = 2, the 11th is left out: still 5.5.
   */
  @Test
  void medianOfMeansByHand() {
    MedianOfMeansSamples arm =
        fill(new MedianOfMeansSamples(1.0, 1.0), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    double[] scratch = new double[MedianOfMeansSamples.MAX_BLOCKS];
    assertEquals(5.5, arm.estimate(0.5, 10, scratch), 0);
    assertEquals(3.4641016, arm.width(0.5, 10), 1e-7);
    assertEquals(3.0, arm.estimate(0.2, 10, scratch), 0);
    arm.add(1000);
    assertEquals(5.5, arm.estimate(0.5, 10, scratch), 0);
    assertEquals(2, arm.required(5, 10));
  }

  /**
   * Catoni, v = 1, rewards 0, 1, 10, ℓ = 0.5: α = sqrt(2 * 0.5 / (3 (1 + 2 * 0.5/(3 - 1)))) =
   * sqrt(2/9) = 0.4714045. The root solves sum ψ(α(x - μ)) = 0; it is checked against 200 steps of
   * plain bisection, and lies below the sample mean 11/3 (the outlier 10 is damped).
   */
  @Test
  void catoniRootByHand() {
    double[] x = {0, 1, 10};
    double alpha = Math.sqrt(2.0 / 9.0);
    double root = CatoniSamples.root(x, 3, alpha);
    double lo = 0;
    double hi = 10;
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (psiSum(x, alpha, mid) > 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    assertEquals(lo, root, 1e-13);
    assertTrue(root < 11.0 / 3.0 && root > 1.0, "root " + root);
    CatoniSamples arm = fill(new CatoniSamples(1.0, false), 0, 1, 10);
    assertEquals(root, arm.estimate(0.5, 10, null), 0);
    assertEquals(2 * Math.sqrt(0.5 / 3), arm.width(0.5, 10), 1e-15);
    assertEquals(2, arm.required(0.5, 10)); // n >= 4ℓ
    // at ℓ = 0 the estimate is its limit, the sample mean
    assertEquals(11.0 / 3.0, arm.estimate(0.0, 1, null), 1e-15);
    // huge spreads stay finite
    assertTrue(Double.isFinite(CatoniSamples.root(new double[] {-1e150, 0, 1e150}, 3, 1.0)));
  }

  private static double psiSum(double[] x, double alpha, double mu) {
    double f = 0;
    for (double v : x) {
      double u = alpha * (v - mu);
      f += Math.signum(u) * Math.log(1 + Math.abs(u) + u * u / 2);
    }
    return f;
  }

  /**
   * The doubling approximation uses the first 2^floor(log2 n) rewards at the level of round
   * 2^floor(log2 t): with rewards 0, 1, 10 and t = 7 it is Catoni on (0, 1) at ℓ' = 2 ln 4.
   */
  @Test
  void catoniDoublingIsCatoniOnAPowerOfTwoPrefix() {
    CatoniSamples lazy = fill(new CatoniSamples(1.0, true), 0, 1, 10);
    double level = 2 * Math.log(4);
    CatoniSamples exact = fill(new CatoniSamples(1.0, false), 0, 1);
    assertEquals(exact.estimate(level, 4, null), lazy.estimate(2 * Math.log(7), 7, null), 0);
    assertEquals(exact.width(level, 4), lazy.width(2 * Math.log(7), 7), 0);
    // needs 2^floor(log2 n) >= 4ℓ' = 8 ln 4 = 11.09: 16 rewards
    assertEquals(16, lazy.required(2 * Math.log(7), 7));
  }

  @Test
  void catoniForcesArmsBelowFourLevelsAndIndexesTheRest() {
    RobustUcb p = RobustUcbSpec.catoni(1.0).create(ArmSet.of("a", "b"));
    SplittableRandom rng = new SplittableRandom(4);
    // t = 20: ℓ = 2 ln 20 = 5.99, so each arm needs 24 rewards before indexing starts
    for (int i = 0; i < 10; i++) {
      p.update(Selection.forced(p.arms().get(0)), 0.1 * i);
      p.update(Selection.forced(p.arms().get(1)), 0.05 * i);
    }
    Selection s = p.select(rng);
    assertEquals("a", s.arm().id());
    assertEquals(1.0, s.propensity());
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(0.45, a.mean(), 1e-15); // sample mean while below the requirement
    assertEquals(Double.POSITIVE_INFINITY, a.uncertainty());
  }

  @Test
  void mergeAppendsAndRejectsAForeignHistory() {
    RobustUcbSpec spec = RobustUcbSpec.medianOfMeans(1.0, 1.0);
    RobustUcb base = spec.create(ArmSet.of("a", "b"));
    base.update(Selection.forced(base.arms().get(0)), 1.0);
    PolicyState start = base.snapshot();
    RobustUcb left = spec.restore(start);
    RobustUcb right = spec.restore(start);
    left.update(Selection.forced(left.arms().get(1)), 2.0);
    right.update(Selection.forced(right.arms().get(0)), 3.0);
    left.merger().orElseThrow().merge(right.snapshot(), start);
    assertEquals(2, left.snapshot().count(0));
    assertEquals(3.0, left.snapshot().samples(0)[1]);
    RobustUcb stranger = spec.create(ArmSet.of("b", "a"));
    stranger.update(Selection.forced(stranger.arms().get(1)), 9.0);
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () -> left.merger().orElseThrow().merge(stranger.snapshot(), start))
            .getMessage();
    assertTrue(msg.contains("does not descend"), msg);
    // states travel through JSON exactly
    String json = StandardPolicies.codec().toJson(left.snapshot());
    assertEquals(left.snapshot(), StandardPolicies.codec().fromJson(json));
  }

  @Test
  void specValidationNamesTheParameter() {
    assertEquals(
        "epsilon must be in (0, 1], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> RobustUcbSpec.truncatedMean(1.5, 1))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new RobustUcbSpec(RobustEstimator.CATONI, 0.5, 1, Evaluation.EXACT))
            .getMessage()
            .contains("epsilon must be 1 for the CATONI estimator"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new RobustUcbSpec(RobustEstimator.MEDIAN_OF_MEANS, 1, 1, Evaluation.DOUBLING))
            .getMessage()
            .contains("DOUBLING applies to the CATONI estimator only"));
    assertThrows(IllegalArgumentException.class, () -> RobustUcbSpec.medianOfMeans(1, 0));
  }
}
