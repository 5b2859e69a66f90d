package org.bandits4j.algorithms.ucb;

import static org.bandits4j.algorithms.RegretExperiments.mean;
import static org.bandits4j.algorithms.RegretExperiments.se;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * UCB1 regret (spec algorithms-mab.md §A.1): 200 replications to T = 10^5 on Bern-A and Bern-B,
 * master seeds 101 and 102.
 *
 * <ul>
 *   <li>Bound: {@code mean + 2 SE <= } Auer et al.'s bound at every grid point. The bound is about
 *       5x the mean here, so a false alarm needs a deviation of hundreds of standard errors.
 *   <li>Slope: the last-decade increment {@code (R(10^5) - R(10^4)) / ln 10 <= 8 sum 1/Δ_i}.
 *   <li>Reference: agreement with the spec's independent implementation (§I) within 5% or 3
 *       combined SE at T = 10^3, 10^4, 10^5 (false-alarm rate about 0.3% per comparison).
 *   <li>Power: UCB1 with a broken index (exploration constant 0.1 instead of 2) disagrees with the
 *       reference, so the reference check would catch a wrong bonus.
 * </ul>
 */
class Ucb1RegretTest {

  private static final double[] BERN_A = RegretExperiments.bernA();
  private static final double[] BERN_B = RegretExperiments.bernB();
  private static final long[] GRID = RegretExperiments.grid();

  static RegretCurves bernA;
  static RegretCurves bernB;

  @BeforeAll
  static void run() {
    bernA = RegretExperiments.run(new BernoulliEnvironment(BERN_A), Ucb1Spec.defaults(), 101);
    bernB = RegretExperiments.run(new BernoulliEnvironment(BERN_B), Ucb1Spec.defaults(), 102);
  }

  @Test
  void auerBoundHoldsAtEveryGridPoint() {
    for (long t : GRID) {
      double boundA = UpperBounds.ucb1(t, BERN_A);
      double boundB = UpperBounds.ucb1(t, BERN_B);
      assertTrue(mean(bernA, t) + 2 * se(bernA, t) <= boundA, "Bern-A at " + t);
      assertTrue(mean(bernB, t) + 2 * se(bernB, t) <= boundB, "Bern-B at " + t);
    }
  }

  @Test
  void lastDecadeSlopeIsBelowTheBoundsSlope() {
    double slope = (mean(bernB, 100_000) - mean(bernB, 10_000)) / Math.log(10);
    double boundSlope = 8 * (1 / 0.1 + 1 / 0.2 + 1 / 0.3 + 1 / 0.4);
    assertTrue(slope <= boundSlope, "slope " + slope + " vs " + boundSlope);
    assertTrue(slope > 0, "regret still grows: " + slope);
  }

  @Test
  void agreesWithTheReferenceImplementation() {
    for (Reference ref : RegretExperiments.references("ucb1")) {
      RegretCurves c = ref.instance().equals("bern-a") ? bernA : bernB;
      double m = mean(c, ref.t());
      assertTrue(ref.agrees(m, se(c, ref.t())), ref + " vs ours " + m + " ± " + se(c, ref.t()));
    }
  }

  @Test
  void aBrokenExplorationConstantIsCaught() {
    RegretCurves broken =
        RegretExperiments.run(new BernoulliEnvironment(BERN_B), Ucb1Spec.withC(0.1), 102);
    boolean allAgree =
        RegretExperiments.references("ucb1").stream()
            .filter(r -> r.instance().equals("bern-b"))
            .allMatch(r -> r.agrees(mean(broken, r.t()), se(broken, r.t())));
    assertFalse(allAgree, "UCB1 with c = 0.1 must not match the reference");
  }
}
