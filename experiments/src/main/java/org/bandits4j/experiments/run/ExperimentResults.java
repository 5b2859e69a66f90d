package org.bandits4j.experiments.run;

import java.util.List;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.config.ExperimentConfig.PolicyEntry;

/**
 * What a run produced: one cell per (environment, policy, horizon), in that order.
 *
 * @param config the experiment
 * @param cells the cells
 * @param computed replications simulated by this run
 * @param reused replications loaded from an earlier, interrupted run
 */
public record ExperimentResults(
    ExperimentConfig config, List<Cell> cells, long computed, long reused) {

  /** Copies the list. */
  public ExperimentResults {
    cells = List.copyOf(cells);
  }

  /**
   * One (environment, policy, horizon) cell.
   *
   * @param environment the environment
   * @param policy the policy
   * @param horizon the horizon
   * @param spec the spec that ran
   * @param curves the regret of every replication
   */
  public record Cell(
      EnvironmentEntry environment,
      PolicyEntry policy,
      long horizon,
      PolicySpec<?> spec,
      CellCurves curves) {}
}
