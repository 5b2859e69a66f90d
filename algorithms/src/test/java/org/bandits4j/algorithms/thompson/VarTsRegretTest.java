package org.bandits4j.algorithms.thompson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.algorithms.thompson.VarTsExperiment.Policy;
import org.bandits4j.algorithms.thompson.VarTsExperiment.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * VarTS's Bayes regret (spec algorithms-mab.md §B.3 and addenda §1), reduced for the default build:
 * the spec's experiment ({@link VarTsExperiment}: K = 10, T = 10^4, instances drawn from the prior)
 * with 300 replications instead of 1000 (master seed 2401); the full run is VarTsRegretIT (1000
 * replications, seed 2402), whose numbers are committed in {@code
 * reference-variance-heavytail.csv}.
 *
 * <p>Criteria (the spec's, with the margin for 300 replications made explicit):
 *
 * <ul>
 *   <li>{@code BR(VarTS) <= BR(a)} (Gaussian TS with the over-estimated variance) at {@code 10^4},
 *       and {@code BR(VarTS) <= 1.5 BR(b)} (the oracle with the true variances). Both are checked
 *       on common instances; the full run measured VarTS 64.3 ± 2.3, (a) 147.1 ± 7.3 (paired
 *       difference 82.8 ± 7.0, 12 SE), oracle 53.3 ± 1.9 (VarTS/oracle = 1.21). With 300
 *       replications the first margin is about 6 paired SE (false alarm below 1e-9) and the second
 *       about 3 SE (about 1e-3).
 *   <li>{@code BR_t / sqrt(t)} non-increasing over {@code t = 10^3, 10^{3.5}, 10^4} (sub-√t growth
 *       after burn-in); the full run's ratio falls from 1.22 at {@code 10^3} to 0.64 at {@code
 *       10^4}, against standard errors of 2-4%.
 *   <li>Agreement of every policy's Bayes regret at {@code 10^3} and {@code 10^4} with the full run
 *       within 5% or 3 combined standard errors.
 *   <li>Power: VarTS with a wrong posterior (the rate {@code β} updated without the {@code M2/2}
 *       term, so the variance estimate never grows with the data) fails the comparison with (a) or
 *       the reference.
 * </ul>
 */
class VarTsRegretTest {

  static final int REPLICATIONS = 300;
  static final String REFERENCES = "/regret/reference-variance-heavytail.csv";
  static final int LAST = VarTsExperiment.GRID.length - 1;
  static Result result;

  @BeforeAll
  static void run() {
    result = VarTsExperiment.run(REPLICATIONS, 2401);
  }

  static boolean beatsOverestimated(Result r) {
    return r.mean(Policy.VARTS, LAST) <= r.mean(Policy.OVERESTIMATED, LAST);
  }

  static boolean agrees(Result r, Policy p) {
    List<Reference> refs = RegretExperiments.references(REFERENCES, "varts-" + p.name());
    assertFalse(refs.isEmpty(), "no reference rows for " + p);
    for (Reference ref : refs) {
      int j = java.util.Arrays.binarySearch(VarTsExperiment.GRID, ref.t());
      if (!ref.agrees(r.mean(p, j), r.se(p, j))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void varTsBeatsTheOverestimatedVarianceAndIsNearTheOracle() {
    double varTs = result.mean(Policy.VARTS, LAST);
    assertTrue(
        beatsOverestimated(result), varTs + " vs " + result.mean(Policy.OVERESTIMATED, LAST));
    assertTrue(
        varTs <= 1.5 * result.mean(Policy.ORACLE, LAST),
        varTs + " vs oracle " + result.mean(Policy.ORACLE, LAST));
  }

  @Test
  void bayesRegretGrowsSlowerThanSqrtT() {
    double previous = Double.POSITIVE_INFINITY;
    for (int j = 2; j <= LAST; j++) {
      double ratio = result.mean(Policy.VARTS, j) / Math.sqrt((double) VarTsExperiment.GRID[j]);
      assertTrue(ratio <= previous, "BR/sqrt(t) rose at " + VarTsExperiment.GRID[j]);
      previous = ratio;
    }
  }

  @Test
  void agreesWithTheFullRun() {
    for (Policy p : Policy.values()) {
      assertTrue(agrees(result, p), p.name());
    }
  }

  @Test
  void aPosteriorWithoutTheSpreadTermIsCaught() {
    Result broken =
        VarTsExperiment.run(
            100,
            2401,
            p -> p == Policy.VARTS ? new BrokenVarTs.Spec(VarTsExperiment.varTs()) : null);
    assertFalse(
        beatsOverestimated(broken) && agrees(broken, Policy.VARTS),
        "a posterior rate without M2/2 must be caught");
  }
}
