package org.bandits4j.simulators.regret;

import java.util.Arrays;
import org.bandits4j.api.RegretKind;

/**
 * Regret at checkpoint rounds for every replication of one (environment, policy) pair, with summary
 * statistics across replications.
 *
 * <p>Thread safety: immutable.
 */
public final class RegretCurves {

  private final long[] checkpoints;
  private final double[][] pseudo;
  private final double[][] realised;

  /**
   * Curves from per-replication rows.
   *
   * @param checkpoints the rounds, increasing
   * @param pseudo {@code [replication][checkpoint]} pseudo-regret
   * @param realised {@code [replication][checkpoint]} realised regret
   * @throws IllegalArgumentException if the shapes disagree
   */
  public RegretCurves(long[] checkpoints, double[][] pseudo, double[][] realised) {
    if (pseudo.length != realised.length || pseudo.length == 0) {
      throw new IllegalArgumentException(
          "need the same positive number of pseudo and realised rows, got "
              + pseudo.length
              + " and "
              + realised.length);
    }
    for (int r = 0; r < pseudo.length; r++) {
      if (pseudo[r].length != checkpoints.length || realised[r].length != checkpoints.length) {
        throw new IllegalArgumentException("replication " + r + " has the wrong number of points");
      }
    }
    this.checkpoints = checkpoints.clone();
    this.pseudo = deepCopy(pseudo);
    this.realised = deepCopy(realised);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }

  /** A copy of the checkpoint rounds. */
  public long[] checkpoints() {
    return checkpoints.clone();
  }

  /** Number of replications. */
  public int replications() {
    return pseudo.length;
  }

  /**
   * The regret of every replication at checkpoint {@code j}.
   *
   * @throws IllegalArgumentException if the kind is not PSEUDO or REALISED
   */
  public double[] at(RegretKind kind, int j) {
    double[][] rows = rows(kind);
    double[] v = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      v[r] = rows[r][j];
    }
    return v;
  }

  /** The regret of every replication at the last checkpoint. */
  public double[] last(RegretKind kind) {
    return at(kind, checkpoints.length - 1);
  }

  /** Mean across replications at checkpoint {@code j}. */
  public double mean(RegretKind kind, int j) {
    return Summary.mean(at(kind, j));
  }

  /** Sample standard deviation across replications at checkpoint {@code j} (0 for one). */
  public double standardDeviation(RegretKind kind, int j) {
    return Summary.standardDeviation(at(kind, j));
  }

  /** Standard error of the mean at checkpoint {@code j}. */
  public double standardError(RegretKind kind, int j) {
    return standardDeviation(kind, j) / Math.sqrt(replications());
  }

  /**
   * Empirical quantile {@code q} in {@code [0, 1]} at checkpoint {@code j} (linear interpolation).
   */
  public double quantile(RegretKind kind, int j, double q) {
    return Summary.quantile(at(kind, j), q);
  }

  private double[][] rows(RegretKind kind) {
    return switch (kind) {
      case PSEUDO -> pseudo;
      case REALISED -> realised;
      default ->
          throw new IllegalArgumentException(
              "regret kind " + kind + " is not recorded by this meter (PSEUDO, REALISED are)");
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegretCurves c
        && Arrays.equals(checkpoints, c.checkpoints)
        && Arrays.deepEquals(pseudo, c.pseudo)
        && Arrays.deepEquals(realised, c.realised);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(checkpoints) + Arrays.deepHashCode(pseudo);
  }
}
