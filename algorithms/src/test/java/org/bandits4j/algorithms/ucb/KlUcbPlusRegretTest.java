package org.bandits4j.algorithms.ucb;

import static org.bandits4j.algorithms.RegretExperiments.mean;
import static org.bandits4j.algorithms.RegretExperiments.se;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.regret.Summary;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KL-UCB+ and KL-UCB++ regret (Bernoulli). The spec has no reference numbers for them; the claims
 * checked are the papers' (asymptotic optimality for both, minimax optimality for KL-UCB++) and a
 * committed reference from this implementation run on other seeds ({@code reference-ours.csv}).
 *
 * <ul>
 *   <li>KL-UCB+, 200 replications to 10^5 on Bern-A and Bern-B (seeds 411, 412): ratio {@code R_t /
 *       (C_LR ln t) <= 1.2} at every grid point (measured at most 0.63, over 10 SE below; false
 *       alarm below 1e-9); KL-UCB's criterion (iii), the last half-decade slope {@code (R(10^5) -
 *       R(10^4.5)) / (C_LR ln sqrt 10) <= 2} by more than 4 of its SE from the replications (false
 *       alarm below 3e-5; an under-exploring index that locks onto a wrong arm grows linearly and
 *       fails it). KL-UCB's criterion (ii), ratio at 10^5 at least 0.7, is not asserted: KL-UCB+ is
 *       better than KL-UCB at finite horizons (ratio about 0.6).
 *   <li>KL-UCB++ tuned to n = 10^5, 200 replications on Bern-B (seed 413): ratio at n {@code <=
 *       1.2} (measured 0.83).
 *   <li>KL-UCB++ minimax: on Bern-hard(10, n), n = 10^3, 10^4, 10^5, 100 replications each (seed
 *       414), {@code R_n / sqrt(Kn)} grows by less than 20% from 10^3 to 10^5 and stays below
 *       KL-UCB's (not minimax optimal: {@code O(sqrt(K n ln n))}) on the same draws at every n, by
 *       more than 3 combined SE (measured 0.61 against 0.73 to 0.77).
 *   <li>Agreement with the committed reference (seeds + 1000) within 5% or 3 combined SE at 10^3,
 *       10^4, 10^5 (about 0.3% false alarms per comparison).
 *   <li>Power: KL-UCB+ with the sign of its level's {@code ln N_i} flipped ({@code ln(t N_i)},
 *       over-exploring) misses the reference at 10^4 (50 replications); KL-UCB++ with {@code y = n
 *       / N} (the {@code K} forgotten) fails the minimax comparison at n = 10^4.
 * </ul>
 */
public class KlUcbPlusRegretTest {

  private static final double[] BERN_A = RegretExperiments.bernA();
  private static final double[] BERN_B = RegretExperiments.bernB();
  private static final long[] HARD_N = {1_000, 10_000, 100_000};

  static RegretCurves plusA;
  static RegretCurves plusB;
  static RegretCurves plusPlusB;
  static double[] plusPlusHard = new double[3];
  static double[] plusPlusHardSe = new double[3];
  static double[] klUcbHard = new double[3];
  static double[] klUcbHardSe = new double[3];

  static RegretCurves run(
      PolicySpec<? extends Bandit> spec,
      double[] means,
      long seed,
      int reps,
      long n,
      long... checkpoints) {
    return ReplicationRunner.builder()
        .horizon(n)
        .replications(reps)
        .seed(seed)
        .checkpoints(checkpoints)
        .build()
        .run(new BernoulliEnvironment(means), spec);
  }

  static double[] hard(long n) {
    double[] mu = new double[10];
    Arrays.fill(mu, 0.5);
    mu[0] = 0.5 + Math.sqrt(10.0 / n);
    return mu;
  }

  /**
   * The rows of {@code reference-ours.csv} this test reads, recomputed on their seeds (1411, 1412,
   * 1413, 1414).
   */
  public static List<Reference> referenceRows() {
    List<Reference> rows = new ArrayList<>();
    RegretCurves a =
        RegretExperiments.run(new BernoulliEnvironment(BERN_A), KlUcbPlusSpec.defaults(), 1411);
    RegretCurves b =
        RegretExperiments.run(new BernoulliEnvironment(BERN_B), KlUcbPlusSpec.defaults(), 1412);
    for (long t : HARD_N) {
      rows.add(RegretExperiments.gridRow("bern-a", "kl-ucb-plus", a, t));
    }
    for (long t : HARD_N) {
      rows.add(RegretExperiments.gridRow("bern-b", "kl-ucb-plus", b, t));
    }
    RegretCurves pp =
        run(KlUcbPlusPlusSpec.bernoulli(100_000), BERN_B, 1413, 200, 100_000, 100_000);
    rows.add(
        RegretExperiments.finalRow("bern-b", 100_000, "kl-ucb-plus-plus", pp, RegretKind.PSEUDO));
    for (long n : HARD_N) {
      RegretCurves c = run(KlUcbPlusPlusSpec.bernoulli(n), hard(n), 1414, 100, n, n);
      double scale = Math.sqrt(10.0 * n);
      rows.add(
          RegretExperiments.row(
              "bern-hard-10",
              n,
              "kl-ucb-plus-plus",
              c.mean(RegretKind.PSEUDO, 0) / scale,
              c.standardError(RegretKind.PSEUDO, 0) / scale));
    }
    return rows;
  }

  @BeforeAll
  static void run() {
    plusA = RegretExperiments.run(new BernoulliEnvironment(BERN_A), KlUcbPlusSpec.defaults(), 411);
    plusB = RegretExperiments.run(new BernoulliEnvironment(BERN_B), KlUcbPlusSpec.defaults(), 412);
    plusPlusB = run(KlUcbPlusPlusSpec.bernoulli(100_000), BERN_B, 413, 200, 100_000, 100_000);
    for (int j = 0; j < HARD_N.length; j++) {
      long n = HARD_N[j];
      double scale = Math.sqrt(10.0 * n);
      RegretCurves pp = run(KlUcbPlusPlusSpec.bernoulli(n), hard(n), 414, 100, n, n);
      RegretCurves kl = run(KlUcbSpec.defaults(), hard(n), 414, 100, n, n);
      plusPlusHard[j] = pp.mean(RegretKind.PSEUDO, 0) / scale;
      plusPlusHardSe[j] = pp.standardError(RegretKind.PSEUDO, 0) / scale;
      klUcbHard[j] = kl.mean(RegretKind.PSEUDO, 0) / scale;
      klUcbHardSe[j] = kl.standardError(RegretKind.PSEUDO, 0) / scale;
    }
  }

  private static double ratio(RegretCurves c, double[] means, long t) {
    return mean(c, t) / (LowerBounds.laiRobbinsBernoulli(means) * Math.log((double) t));
  }

  @Test
  void klUcbPlusStaysBelowTheLaiRobbinsCurveWithABoundedSlope() {
    for (var c : new Object[][] {{plusA, BERN_A}, {plusB, BERN_B}}) {
      RegretCurves curves = (RegretCurves) c[0];
      for (long t : RegretExperiments.grid()) {
        assertTrue(ratio(curves, (double[]) c[1], t) <= 1.2, "ratio at " + t);
      }
      double scale = LowerBounds.laiRobbinsBernoulli((double[]) c[1]) * Math.log(Math.sqrt(10.0));
      double[] from = curves.at(RegretKind.PSEUDO, RegretExperiments.at(31_623));
      double[] to = curves.at(RegretKind.PSEUDO, RegretExperiments.at(100_000));
      double[] slopes = new double[from.length];
      for (int r = 0; r < from.length; r++) {
        slopes[r] = (to[r] - from[r]) / scale;
      }
      double slope = Summary.mean(slopes);
      double slopeSe = Summary.standardDeviation(slopes) / Math.sqrt(slopes.length);
      assertTrue(2.0 - slope > 4 * slopeSe, "last half-decade slope " + slope + " ± " + slopeSe);
    }
  }

  @Test
  void klUcbPlusPlusIsAsymptoticallyAndMinimaxGood() {
    assertTrue(
        plusPlusB.mean(RegretKind.PSEUDO, 0)
                / (LowerBounds.laiRobbinsBernoulli(BERN_B) * Math.log(1e5))
            <= 1.2);
    assertTrue(plusPlusHard[2] < 1.2 * plusPlusHard[0], Arrays.toString(plusPlusHard));
    for (int j = 0; j < 3; j++) {
      double gap = klUcbHard[j] - plusPlusHard[j];
      assertTrue(
          gap > 3 * Math.hypot(plusPlusHardSe[j], klUcbHardSe[j]),
          "n = " + HARD_N[j] + ": " + plusPlusHard[j] + " vs KL-UCB " + klUcbHard[j]);
    }
  }

  @Test
  void agreesWithTheCommittedReference() {
    List<Reference> plus =
        RegretExperiments.references("/regret/reference-ours.csv", "kl-ucb-plus");
    List<Reference> plusPlus =
        RegretExperiments.references("/regret/reference-ours.csv", "kl-ucb-plus-plus");
    assertEquals(6, plus.size(), "KL-UCB+ rows");
    assertEquals(4, plusPlus.size(), "KL-UCB++ rows");
    for (Reference ref : plus) {
      RegretCurves c = ref.instance().equals("bern-a") ? plusA : plusB;
      assertTrue(ref.agrees(mean(c, ref.t()), se(c, ref.t())), ref + " vs " + mean(c, ref.t()));
    }
    for (Reference ref : plusPlus) {
      if (ref.instance().equals("bern-b")) {
        double m = plusPlusB.mean(RegretKind.PSEUDO, 0);
        assertTrue(ref.agrees(m, plusPlusB.standardError(RegretKind.PSEUDO, 0)), ref + " vs " + m);
      } else {
        int j = Arrays.binarySearch(HARD_N, ref.t());
        assertTrue(ref.agrees(plusPlusHard[j], plusPlusHardSe[j]), ref + " vs " + plusPlusHard[j]);
      }
    }
  }

  @Test
  void brokenExplorationFunctionsAreCaught() {
    // KL-UCB+ with ln(t N) instead of ln(t / N): a KL-UCB+ whose logPulls enter with the wrong sign
    BrokenIndex wrongSign =
        new BrokenIndex(
            "kl-ucb+ with ln(t N)",
            (n, sum, t, k) ->
                KlInverse.upper(KlFamily.BERNOULLI, sum / n, Math.log((double) t * n) / n, 1.0));
    RegretCurves wrong = run(wrongSign, BERN_B, 412, 50, 10_000, 10_000);
    Reference ref =
        RegretExperiments.references("/regret/reference-ours.csv", "kl-ucb-plus").stream()
            .filter(r -> r.instance().equals("bern-b") && r.t() == 10_000)
            .findFirst()
            .orElseThrow();
    assertFalse(
        ref.agrees(wrong.mean(RegretKind.PSEUDO, 0), wrong.standardError(RegretKind.PSEUDO, 0)),
        "ln(t N) must miss the reference: " + wrong.mean(RegretKind.PSEUDO, 0));
    // KL-UCB++ with y = n / N (K forgotten) is KL-UCB++ tuned to the horizon K n: at n = 10^4 it
    // explores like KL-UCB or worse
    RegretCurves noK =
        run(KlUcbPlusPlusSpec.bernoulli(10_000L * 10), hard(10_000), 414, 100, 10_000, 10_000);
    double statistic = noK.mean(RegretKind.PSEUDO, 0) / Math.sqrt(1e5);
    double gap = klUcbHard[1] - statistic;
    assertFalse(
        gap
            > 3
                * Math.hypot(
                    noK.standardError(RegretKind.PSEUDO, 0) / Math.sqrt(1e5), klUcbHardSe[1]),
        "the K-less variant must not pass: " + statistic);
  }
}
