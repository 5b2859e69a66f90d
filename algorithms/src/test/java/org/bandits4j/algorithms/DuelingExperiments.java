package org.bandits4j.algorithms;

import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.dueling.DuelingCurves;
import org.bandits4j.simulators.dueling.MatrixDuelingEnvironment;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
import org.bandits4j.simulators.run.DuelingReplicationRunner;
import org.bandits4j.simulators.run.ReplicationRunner;

/**
 * Shared set-up of the dueling regret tests: the spec's standard instances (algorithms-mab.md §E,
 * arm 0 here is the spec's arm 1), the grid {@code 10^3, 10^4, 10^5} and summaries.
 */
public final class DuelingExperiments {

  /** {@code Lin-K} with {@code K = 10}. */
  public static final PreferenceMatrix LIN_10 = PreferenceMatrix.linear(10);

  /** {@code Cond-cyc}. */
  public static final PreferenceMatrix COND_CYC = PreferenceMatrix.condorcetCyclic();

  /** {@code Cop-3}. */
  public static final PreferenceMatrix COP_3 = PreferenceMatrix.copelandThree();

  private static final long[] GRID = {1_000, 10_000, 100_000};

  /** Checkpoints of the log-shape tests (a copy). */
  public static long[] grid() {
    return GRID.clone();
  }

  private DuelingExperiments() {}

  /** Runs {@code replications} replications to the last checkpoint of {@code grid}. */
  public static DuelingCurves run(
      PreferenceMatrix preferences,
      PolicySpec<? extends DuelingBandit> spec,
      long seed,
      int replications,
      long... grid) {
    return DuelingReplicationRunner.of(
            ReplicationRunner.builder()
                .horizon(grid[grid.length - 1])
                .replications(replications)
                .seed(seed)
                .checkpoints(grid)
                .build())
        .run(new MatrixDuelingEnvironment(preferences), spec);
  }

  /** Index of round {@code t} in the curves' checkpoints. */
  public static int at(DuelingCurves c, long t) {
    long[] cp = c.checkpoints();
    for (int j = 0; j < cp.length; j++) {
      if (cp[j] == t) {
        return j;
      }
    }
    throw new IllegalArgumentException("not a checkpoint: " + t);
  }

  /** Mean regret of {@code kind} at round {@code t}. */
  public static double mean(DuelingCurves c, RegretKind kind, long t) {
    return c.mean(kind, at(c, t));
  }

  /** Standard error of the regret of {@code kind} at round {@code t}. */
  public static double se(DuelingCurves c, RegretKind kind, long t) {
    return c.standardError(kind, at(c, t));
  }
}
