package org.bandits4j.experiments.run;

import java.util.Arrays;
import java.util.List;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.regret.Summary;

/**
 * The regret of every replication of one (environment, policy, horizon) cell at its checkpoints,
 * for each regret kind the scenario records, with summary statistics across replications (the
 * simulators' {@link Summary}).
 *
 * <p>Thread safety: immutable.
 */
public final class CellCurves {

  private final long[] checkpoints;
  private final List<RegretKind> kinds;
  private final double[][][] values;

  /**
   * Curves from per-replication rows.
   *
   * @param checkpoints the rounds, increasing
   * @param kinds the regret kinds, in row order
   * @param values {@code [kind][replication][checkpoint]}
   * @throws IllegalArgumentException if the shapes disagree
   */
  public CellCurves(long[] checkpoints, List<RegretKind> kinds, double[][][] values) {
    if (values.length != kinds.size() || values.length == 0 || values[0].length == 0) {
      throw new IllegalArgumentException(
          "need one non-empty block of rows per kind: " + kinds.size() + " kinds");
    }
    int reps = values[0].length;
    for (double[][] kind : values) {
      if (kind.length != reps) {
        throw new IllegalArgumentException("every kind needs " + reps + " replications");
      }
      for (double[] row : kind) {
        if (row.length != checkpoints.length) {
          throw new IllegalArgumentException(
              "rows need " + checkpoints.length + " checkpoints, got " + row.length);
        }
      }
    }
    this.checkpoints = checkpoints.clone();
    this.kinds = List.copyOf(kinds);
    this.values = new double[values.length][reps][];
    for (int k = 0; k < values.length; k++) {
      for (int r = 0; r < reps; r++) {
        this.values[k][r] = values[k][r].clone();
      }
    }
  }

  /** A copy of the checkpoint rounds. */
  public long[] checkpoints() {
    return checkpoints.clone();
  }

  /** The recorded regret kinds. */
  public List<RegretKind> kinds() {
    return kinds;
  }

  /** Number of replications. */
  public int replications() {
    return values[0].length;
  }

  /** The last checkpoint (the horizon). */
  public long horizon() {
    return checkpoints[checkpoints.length - 1];
  }

  /** The index of round {@code t} among the checkpoints, or -1. */
  public int indexOf(long t) {
    int j = Arrays.binarySearch(checkpoints, t);
    return j >= 0 ? j : -1;
  }

  /**
   * The regret of every replication at checkpoint {@code j}.
   *
   * @throws IllegalArgumentException if the kind is not recorded
   */
  public double[] at(RegretKind kind, int j) {
    return Summary.column(values[kindIndex(kind)], j);
  }

  /** The regret of every replication at the horizon. */
  public double[] last(RegretKind kind) {
    return at(kind, checkpoints.length - 1);
  }

  /** Mean across replications at checkpoint {@code j}. */
  public double mean(RegretKind kind, int j) {
    return Summary.mean(at(kind, j));
  }

  /** Standard error of the mean at checkpoint {@code j} (0 for one replication). */
  public double standardError(RegretKind kind, int j) {
    return Summary.standardDeviation(at(kind, j)) / Math.sqrt(replications());
  }

  /** Empirical quantile {@code q} at checkpoint {@code j} (type 7). */
  public double quantile(RegretKind kind, int j, double q) {
    return Summary.quantile(at(kind, j), q);
  }

  /**
   * The same replications read at a subset of the checkpoints.
   *
   * @throws IllegalArgumentException if a round of {@code grid} is not a checkpoint
   */
  public CellCurves restrict(long[] grid) {
    int[] index = new int[grid.length];
    for (int i = 0; i < grid.length; i++) {
      index[i] = indexOf(grid[i]);
      if (index[i] < 0) {
        throw new IllegalArgumentException("round " + grid[i] + " is not a checkpoint");
      }
    }
    double[][][] out = new double[values.length][replications()][grid.length];
    for (int k = 0; k < values.length; k++) {
      for (int r = 0; r < replications(); r++) {
        for (int i = 0; i < grid.length; i++) {
          out[k][r][i] = values[k][r][index[i]];
        }
      }
    }
    return new CellCurves(grid, kinds, out);
  }

  private int kindIndex(RegretKind kind) {
    int k = kinds.indexOf(kind);
    if (k < 0) {
      throw new IllegalArgumentException(
          "regret kind " + kind + " is not recorded here (" + kinds + " are)");
    }
    return k;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellCurves c
        && Arrays.equals(checkpoints, c.checkpoints)
        && kinds.equals(c.kinds)
        && Arrays.deepEquals(values, c.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(checkpoints) + Arrays.deepHashCode(values);
  }
}
