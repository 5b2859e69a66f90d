package org.bandits4j.algorithms.nonstationary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.bandits4j.simulators.env.MeanSchedule;
import org.bandits4j.simulators.env.PiecewiseBernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dynamic regret of sliding-window UCB, discounted UCB and discounted Thompson sampling (spec
 * algorithms-mab.md §G.1–G.3) on the spec's piecewise instance: K = 3 Bernoulli arms, Υ = 4
 * breakpoints evenly spread, means rotating (0.9, 0.5, 0.3) → (0.3, 0.9, 0.5) → (0.5, 0.3, 0.9) →
 * ...; 200 replications (master seed 701) at T = 2.5·10^4 and 10^5 (the default build's reduced
 * experiment; {@code NonStationaryRegretIT} adds T = 4·10^5). Tuning: SW-UCB {@code τ = 2 sqrt(T ln
 * T / Υ)}, D-UCB {@code γ = 1 - sqrt(Υ/T)/4}, both {@code B = 1, ξ = 0.6}; discounted TS has no
 * tuning in its paper, so it gets D-UCB's {@code γ} (ours; its default 0.95 forgets within ~20
 * rounds and has linear regret here, 7 030 at 10^5).
 *
 * <p>Measured (mean ± SE): SW-UCB 631 ± 6 and 1 454 ± 9; D-UCB 2 147 ± 6 and 5 756 ± 11; discounted
 * TS 466 ± 6 and 982 ± 11; stationary UCB1 437 and 1 002; stationary KL-UCB 703 and 2 451.
 *
 * <ul>
 *   <li>(i) {@code mean + 2 SE <= 4 sqrt(T Υ ln T)} (SW-UCB) and {@code <= 4 sqrt(T Υ) ln T}
 *       (D-UCB), the spec's generous constants: met at both T by a factor of 5 or more.
 *   <li>(ii) the spec's "all three beat stationary UCB1 by 2×" does not hold on this instance and
 *       is not asserted: UCB1 adapts quickly here because the arm that becomes best is always the
 *       one it sampled least (its bonus is largest), and with only 4 breakpoints the cost of
 *       forgetting dominates: D-UCB's stationary equilibrium alone costs about {@code T sum_i 4ξ ln
 *       ñ / (Δ_i ñ)} with {@code ñ = 1/(1 - γ) = 632}, i.e. 5 600 at 10^5, as measured.
 *   <li>(iii) reduced: the log-log slope of R_T between 2.5·10^4 and 10^5 is at most 0.65 for
 *       SW-UCB (measured 0.60) and discounted TS (0.54), each slope's SE from the replications
 *       below 0.01 (false alarm below 1e-5). D-UCB's is 0.71 here (0.67 from 10^5 to 4·10^5): its
 *       bonus term still shrinks the effective gaps at these horizons, so the spec's 0.65 is not
 *       met and not asserted; its order {@code sqrt(T) ln T} predicts 0.59 only asymptotically.
 *   <li>Agreement with the committed reference of this implementation (seed 1701) within 5% or 3
 *       combined SE (about 0.3% false alarms per comparison).
 *   <li>Power: SW-UCB whose window never evicts (τ = T) breaks (iii) and the reference; the all-arm
 *       discount applied twice per round (the slip the spec warns about in SMPyBandits' posterior,
 *       equivalent to {@code γ²}) misses the reference for D-UCB and discounted TS.
 * </ul>
 */
public class NonStationaryRegretTest {

  static final long[] T = {25_000, 100_000};
  static final int BREAKPOINTS = 4;

  static final RegretCurves[] SW = new RegretCurves[2];
  static final RegretCurves[] DUCB = new RegretCurves[2];
  static final RegretCurves[] DTS = new RegretCurves[2];

  static PiecewiseBernoulliEnvironment environment(long horizon) {
    return new PiecewiseBernoulliEnvironment(
        MeanSchedule.rotating(horizon, BREAKPOINTS, 0.9, 0.5, 0.3));
  }

  static RegretCurves run(PolicySpec<? extends Bandit> spec, long horizon, int reps) {
    return run(spec, horizon, reps, 701);
  }

  static RegretCurves run(PolicySpec<? extends Bandit> spec, long horizon, int reps, long seed) {
    return ReplicationRunner.builder()
        .horizon(horizon)
        .replications(reps)
        .seed(seed)
        .checkpoints(horizon)
        .build()
        .run(environment(horizon), spec);
  }

  static DiscountedThompsonSpec discountedThompson(long horizon) {
    return DiscountedThompsonSpec.withGamma(DiscountedUcbSpec.tuned(horizon, BREAKPOINTS).gamma());
  }

  /** The rows of {@code reference-ours.csv} this test reads, recomputed on their seed (1701). */
  public static List<Reference> referenceRows() {
    List<Reference> rows = new ArrayList<>();
    for (long t : T) {
      rows.add(row(t, SlidingWindowUcbSpec.tuned(t, BREAKPOINTS)));
      rows.add(row(t, DiscountedUcbSpec.tuned(t, BREAKPOINTS)));
      rows.add(row(t, discountedThompson(t)));
    }
    return rows;
  }

  private static Reference row(long t, PolicySpec<? extends Bandit> spec) {
    RegretCurves c = run(spec, t, 200, 1701);
    return RegretExperiments.finalRow("rotating-3", t, spec.name(), c, RegretKind.PSEUDO);
  }

  @BeforeAll
  static void run() {
    for (int j = 0; j < T.length; j++) {
      SW[j] = run(SlidingWindowUcbSpec.tuned(T[j], BREAKPOINTS), T[j], 200);
      DUCB[j] = run(DiscountedUcbSpec.tuned(T[j], BREAKPOINTS), T[j], 200);
      DTS[j] = run(discountedThompson(T[j]), T[j], 200);
    }
  }

  private static double mean(RegretCurves c) {
    return c.mean(RegretKind.PSEUDO, 0);
  }

  private static double se(RegretCurves c) {
    return c.standardError(RegretKind.PSEUDO, 0);
  }

  @Test
  void criterionOneTheGenerousBounds() {
    for (int j = 0; j < T.length; j++) {
      assertTrue(
          mean(SW[j]) + 2 * se(SW[j]) <= 4 * UpperBounds.slidingWindowUcbOrder(T[j], BREAKPOINTS),
          "SW-UCB at " + T[j]);
      assertTrue(
          mean(DUCB[j]) + 2 * se(DUCB[j]) <= 4 * UpperBounds.discountedUcbOrder(T[j], BREAKPOINTS),
          "D-UCB at " + T[j]);
    }
  }

  /** Log-log slope between the two horizons, and its delta-method SE. */
  static double[] slope(RegretCurves small, RegretCurves large, long tSmall, long tLarge) {
    double l = Math.log((double) tLarge / tSmall);
    double s = Math.log(mean(large) / mean(small)) / l;
    double relSmall = se(small) / mean(small);
    double relLarge = se(large) / mean(large);
    return new double[] {s, Math.hypot(relSmall, relLarge) / l};
  }

  @Test
  void criterionThreeReducedSlope() {
    for (RegretCurves[] c : new RegretCurves[][] {SW, DTS}) {
      double[] s = slope(c[0], c[1], T[0], T[1]);
      assertTrue(s[0] <= 0.65, "slope " + s[0]);
      assertTrue(0.65 - s[0] > 4 * s[1], "slope margin " + (0.65 - s[0]) + " vs SE " + s[1]);
    }
  }

  private static boolean agrees(String policy, RegretCurves[] curves, long horizon) {
    int j = horizon == T[0] ? 0 : 1;
    for (Reference ref : RegretExperiments.references("/regret/reference-ours.csv", policy)) {
      if (ref.t() == horizon && !ref.agrees(mean(curves[j]), se(curves[j]))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void agreesWithTheCommittedReference() {
    for (long horizon : T) {
      assertTrue(agrees("sliding-window-ucb", SW, horizon), "SW-UCB at " + horizon);
      assertTrue(agrees("discounted-ucb", DUCB, horizon), "D-UCB at " + horizon);
      assertTrue(agrees("discounted-thompson", DTS, horizon), "discounted TS at " + horizon);
    }
    for (String policy :
        new String[] {"sliding-window-ucb", "discounted-ucb", "discounted-thompson"}) {
      assertEquals(
          2, RegretExperiments.references("/regret/reference-ours.csv", policy).size(), policy);
    }
  }

  @Test
  void forgettingBugsAreCaught() {
    RegretCurves[] never = {
      run(new SlidingWindowUcbSpec((int) T[0], 0.6, 1.0), T[0], 200),
      run(new SlidingWindowUcbSpec((int) T[1], 0.6, 1.0), T[1], 200)
    };
    assertTrue(slope(never[0], never[1], T[0], T[1])[0] > 0.65, "a window that never evicts");
    assertFalse(agrees("sliding-window-ucb", never, T[1]));
    double gamma = DiscountedUcbSpec.tuned(T[1], BREAKPOINTS).gamma();
    RegretCurves[] twiceUcb = {
      null, run(new DiscountedUcbSpec(gamma * gamma, 0.6, 1.0, 1.0), T[1], 200)
    };
    assertFalse(agrees("discounted-ucb", twiceUcb, T[1]), "D-UCB discounting twice");
    RegretCurves[] twiceTs = {
      null, run(DiscountedThompsonSpec.withGamma(gamma * gamma), T[1], 200)
    };
    assertFalse(agrees("discounted-thompson", twiceTs, T[1]), "discounted TS discounting twice");
  }
}
