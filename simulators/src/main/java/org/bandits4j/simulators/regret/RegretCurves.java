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
  private final double[][] hindsight;

  /**
   * Curves from per-replication rows, without hindsight regret.
   *
   * @param checkpoints the rounds, increasing
   * @param pseudo {@code [replication][checkpoint]} pseudo-regret
   * @param realised {@code [replication][checkpoint]} realised regret
   * @throws IllegalArgumentException if the shapes disagree
   */
  public RegretCurves(long[] checkpoints, double[][] pseudo, double[][] realised) {
    this(checkpoints, pseudo, realised, null);
  }

  /**
   * Curves from per-replication rows, with the regret against the best fixed arm in hindsight.
   *
   * @param hindsight {@code [replication][checkpoint]} hindsight regret, or null if not recorded
   * @throws IllegalArgumentException if the shapes disagree
   */
  public RegretCurves(
      long[] checkpoints, double[][] pseudo, double[][] realised, double[][] hindsight) {
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
    if (hindsight != null) {
      if (hindsight.length != pseudo.length) {
        throw new IllegalArgumentException(
            "need one hindsight row per replication, got " + hindsight.length);
      }
      for (int r = 0; r < hindsight.length; r++) {
        if (hindsight[r].length != checkpoints.length) {
          throw new IllegalArgumentException(
              "replication " + r + " has the wrong number of hindsight points");
        }
      }
    }
    this.checkpoints = checkpoints.clone();
    this.pseudo = deepCopy(pseudo);
    this.realised = deepCopy(realised);
    this.hindsight = hindsight == null ? null : deepCopy(hindsight);
  }

  /** Whether the regret against the best fixed arm in hindsight was recorded. */
  public boolean hasHindsight() {
    return hindsight != null;
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
    return Summary.column(rows(kind), j);
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
      case HINDSIGHT -> {
        if (hindsight == null) {
          throw new IllegalArgumentException(
              "HINDSIGHT regret was not recorded: the environment gives no full information");
        }
        yield hindsight;
      }
      default ->
          throw new IllegalArgumentException(
              "regret kind "
                  + kind
                  + " is not recorded by this meter (PSEUDO, REALISED and, with full"
                  + " information, HINDSIGHT are)");
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegretCurves c
        && Arrays.equals(checkpoints, c.checkpoints)
        && Arrays.deepEquals(pseudo, c.pseudo)
        && Arrays.deepEquals(realised, c.realised)
        && Arrays.deepEquals(hindsight, c.hindsight);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(checkpoints) + Arrays.deepHashCode(pseudo);
  }
}
