package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.ArmPullRuns;
import org.bandits4j.algorithms.ReferenceWriter;
import org.junit.jupiter.api.Test;

/**
 * The reference run of spec A.2 (see UcbVRegretTest): 1000 replications, master seed 1502; checks
 * criteria (i) and (ii) and writes the rows of {@code reference-variance-heavytail.csv} to {@code
 * target/regret-references/}.
 */
class UcbVRegretIT {

  @Test
  void referenceRun() {
    ArmPullRuns ucbV = UcbVExperiment.run(UcbVSpec.defaults(), 1000, 1502);
    ArmPullRuns ucb1 = UcbVExperiment.run(Ucb1Spec.defaults(), 1000, 1502);
    for (int j = 0; j < UcbVExperiment.GRID.length; j++) {
      for (int arm = 1; arm < 3; arm++) {
        assertTrue(ucbV.meanPulls(j, arm) <= UcbVExperiment.pullBound(UcbVExperiment.GRID[j], arm));
      }
    }
    int last = UcbVExperiment.GRID.length - 1;
    assertTrue(ucbV.meanRegret(last) < 0.5 * ucb1.meanRegret(last));
    ReferenceWriter out = new ReferenceWriter("ucb-v");
    out.rows(UcbVExperiment.INSTANCE, "ucb-v", ucbV, UcbVExperiment.GRID, 1000, 100_000);
    out.rows(UcbVExperiment.INSTANCE, "ucb1", ucb1, UcbVExperiment.GRID, 1000, 100_000);
    out.write();
  }
}
