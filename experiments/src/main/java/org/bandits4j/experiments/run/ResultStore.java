package org.bandits4j.experiments.run;

import java.util.Map;

/**
 * Where finished replications are kept so an interrupted run resumes where it stopped.
 *
 * <p>Implementations are called concurrently by the runner's workers.
 */
public interface ResultStore {

  /**
   * The replications of {@code unit} saved earlier.
   *
   * @param replications only indices below this count
   * @param kinds rows per replication
   * @return replication index to {@code [kind][checkpoint]}
   */
  Map<Integer, double[][]> load(Unit unit, int replications, int kinds);

  /**
   * Saves replications {@code from .. from + rows.length - 1} of {@code unit} durably, all or
   * nothing.
   *
   * @param rows {@code [replication][kind][checkpoint]}
   */
  void save(Unit unit, int from, double[][][] rows);

  /** A store that keeps nothing (runs cannot resume). */
  static ResultStore none() {
    return new ResultStore() {
      @Override
      public Map<Integer, double[][]> load(Unit unit, int replications, int kinds) {
        return Map.of();
      }

      @Override
      public void save(Unit unit, int from, double[][][] rows) {}
    };
  }
}
