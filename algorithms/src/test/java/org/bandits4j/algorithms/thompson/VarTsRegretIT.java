package org.bandits4j.algorithms.thompson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.ReferenceWriter;
import org.bandits4j.algorithms.thompson.VarTsExperiment.Policy;
import org.bandits4j.algorithms.thompson.VarTsExperiment.Result;
import org.junit.jupiter.api.Test;

/**
 * The full VarTS experiment of spec B.3 ({@link VarTsExperiment}): 1000 replications of {@code T =
 * 10^4}, master seed 2402. Checks the spec's criteria and writes the reference rows (Bayes regret
 * of every policy at {@code 10^3} and {@code 10^4}, and the paired differences in a comment line).
 */
class VarTsRegretIT {

  @Test
  void fullRun() {
    Result r = VarTsExperiment.run(1000, 2402);
    int last = VarTsExperiment.GRID.length - 1;
    double varTs = r.mean(Policy.VARTS, last);
    assertTrue(varTs <= r.mean(Policy.OVERESTIMATED, last));
    assertTrue(varTs <= 1.5 * r.mean(Policy.ORACLE, last));
    for (int j = 3; j <= last; j++) {
      assertTrue(
          r.mean(Policy.VARTS, j) / Math.sqrt((double) VarTsExperiment.GRID[j])
              <= r.mean(Policy.VARTS, j - 1) / Math.sqrt((double) VarTsExperiment.GRID[j - 1]));
    }
    ReferenceWriter out = new ReferenceWriter("varts");
    for (Policy p : Policy.values()) {
      for (int j = 0; j <= last; j++) {
        long t = VarTsExperiment.GRID[j];
        if (t == 1_000 || t == 10_000) {
          out.add("varts-b3", t, "varts-" + p.name(), r.mean(p, j), r.se(p, j));
        }
      }
    }
    for (Policy p : Policy.values()) {
      out.add(
          "# paired-se-vs-varts",
          10_000,
          p.name(),
          r.mean(p, last) - varTs,
          r.pairedSe(p, Policy.VARTS, last));
    }
    out.write();
  }
}
