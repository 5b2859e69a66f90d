package org.bandits4j.algorithms.heavytail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.bandits4j.algorithms.ReferenceWriter;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.bounds.HeavyTailBounds;
import org.bandits4j.simulators.env.ParetoEnvironment;
import org.bandits4j.simulators.env.StudentTEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.Test;

/**
 * The full heavy-tail runs (see HeavyTailRegretTest for the criteria): spec C's instance with 200
 * replications to {@code 10^5} (seed 3102) for the truncated mean, the median of means and naive
 * UCB1 — its rows, including the 95th percentiles behind the finding that spec C's criteria (ii)
 * and (iii) do not hold at this horizon, go to the reference file — and the median of means on the
 * Student-t instance to {@code 10^6} (50 replications, seed 3202), where it too reaches its
 * logarithmic regime.
 */
class HeavyTailRegretIT {

  @Test
  void specInstanceFullRun() {
    ParetoEnvironment env = HeavyTailExperiment.specC();
    double u = env.maxAbsoluteMoment(1.5);
    double[] means = HeavyTailExperiment.SPEC_C_MEANS;
    RegretCurves tm =
        HeavyTailRegretTest.run(env, RobustUcbSpec.truncatedMean(0.5, u), 100_000, 200, 3102);
    RegretCurves mom =
        HeavyTailRegretTest.run(env, RobustUcbSpec.medianOfMeans(0.5, 1.0), 100_000, 200, 3102);
    RegretCurves naive =
        HeavyTailRegretTest.run(env, new HeavyTailExperiment.NaiveUcb1(), 100_000, 200, 3102);
    double cTm = HeavyTailBounds.truncatedMeanConstant(0.5);
    double cMom = HeavyTailBounds.medianOfMeansConstant(0.5);
    assertTrue(
        HeavyTailRegretTest.withinBound(tm, t -> HeavyTailBounds.robustUcb(t, 0.5, u, cTm, means)));
    assertTrue(
        HeavyTailRegretTest.withinBound(
            mom, t -> HeavyTailBounds.robustUcb(t, 0.5, 1.0, cMom, means)));
    ReferenceWriter out = new ReferenceWriter("heavy-tail");
    out.rows("pareto-c", "spec-c-truncated-mean", tm);
    out.rows("pareto-c", "spec-c-median-of-means", mom);
    out.rows("pareto-c", "spec-c-naive-ucb1", naive);
    int last = tm.checkpoints().length - 1;
    out.add(
        "# q95", 100_000, "spec-c-truncated-mean", tm.quantile(RegretKind.PSEUDO, last, 0.95), 0);
    out.add(
        "# q95", 100_000, "spec-c-median-of-means", mom.quantile(RegretKind.PSEUDO, last, 0.95), 0);
    out.add(
        "# q95", 100_000, "spec-c-naive-ucb1", naive.quantile(RegretKind.PSEUDO, last, 0.95), 0);
    out.write();
  }

  @Test
  void medianOfMeansReachesItsLogarithmicRegimeByAMillion() {
    StudentTEnvironment env = HeavyTailExperiment.studentT(1.0);
    RegretCurves mom =
        HeavyTailRegretTest.run(
            env, RobustUcbSpec.medianOfMeans(1.0, env.variance()), 1_000_000, 50, 3202);
    long[] grid = mom.checkpoints();
    int j5 = Arrays.binarySearch(grid, 100_000);
    int j6 = Arrays.binarySearch(grid, 1_000_000);
    double ratio =
        (mom.mean(RegretKind.PSEUDO, j6) / Math.log(1e6))
            / (mom.mean(RegretKind.PSEUDO, j5) / Math.log(1e5));
    assertTrue(ratio <= 2, "R/ln t grew " + ratio + " times from 1e5 to 1e6");
    ReferenceWriter out = new ReferenceWriter("heavy-tail-mom-1e6");
    out.rows("student-t3", "median-of-means", mom);
    out.write();
  }
}
