package org.bandits4j.simulators.dueling;

import java.util.Arrays;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.regret.Summary;

/**
 * Dueling regret (weak, strong, Copeland) and winner accuracy at checkpoint rounds for every
 * replication of one (environment, policy) pair, with summaries across replications.
 *
 * <p>Strong regret is the average convention ({@link RegretKind#STRONG_DUELING}); multiply by 2 for
 * Yue et al.'s sum. Weak and strong regret exist only when the preferences have a Condorcet winner.
 *
 * <p>Thread safety: immutable.
 */
public final class DuelingCurves {

  private final long[] checkpoints;
  private final boolean condorcet;
  private final double[][] weak;
  private final double[][] strong;
  private final double[][] copeland;
  private final double[][] correct;

  /**
   * Curves from per-replication rows {@code [replication][checkpoint]}.
   *
   * @param condorcet whether the preferences had a Condorcet winner
   * @throws IllegalArgumentException if the shapes disagree or there is no replication
   */
  public DuelingCurves(
      long[] checkpoints,
      boolean condorcet,
      double[][] weak,
      double[][] strong,
      double[][] copeland,
      double[][] correct) {
    int n = weak.length;
    if (n == 0 || strong.length != n || copeland.length != n || correct.length != n) {
      throw new IllegalArgumentException("need the same positive number of rows of every kind");
    }
    for (int r = 0; r < n; r++) {
      if (weak[r].length != checkpoints.length
          || strong[r].length != checkpoints.length
          || copeland[r].length != checkpoints.length
          || correct[r].length != checkpoints.length) {
        throw new IllegalArgumentException("replication " + r + " has the wrong number of points");
      }
    }
    this.checkpoints = checkpoints.clone();
    this.condorcet = condorcet;
    this.weak = copy(weak);
    this.strong = copy(strong);
    this.copeland = copy(copeland);
    this.correct = copy(correct);
  }

  private static double[][] copy(double[][] a) {
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
    return weak.length;
  }

  /** Whether the preferences had a Condorcet winner (weak and strong regret are defined). */
  public boolean hasCondorcetWinner() {
    return condorcet;
  }

  /**
   * The regret of every replication at checkpoint {@code j}.
   *
   * @throws IllegalArgumentException if the kind is not a dueling kind
   * @throws IllegalStateException for weak or strong regret without a Condorcet winner
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

  /** Standard error of the mean at checkpoint {@code j}. */
  public double standardError(RegretKind kind, int j) {
    return Summary.standardDeviation(at(kind, j)) / Math.sqrt(replications());
  }

  /** Empirical quantile {@code q} at checkpoint {@code j}. */
  public double quantile(RegretKind kind, int j, double q) {
    return Summary.quantile(at(kind, j), q);
  }

  /** Fraction of replications whose recommendation was a winner at checkpoint {@code j}. */
  public double accuracy(int j) {
    return Summary.mean(Summary.column(correct, j));
  }

  private double[][] rows(RegretKind kind) {
    return switch (kind) {
      case WEAK_DUELING -> defined(weak, kind);
      case STRONG_DUELING -> defined(strong, kind);
      case COPELAND_DUELING -> copeland;
      default ->
          throw new IllegalArgumentException(
              "regret kind "
                  + kind
                  + " is not recorded for duels (WEAK_DUELING, STRONG_DUELING, COPELAND_DUELING"
                  + " are)");
    };
  }

  private double[][] defined(double[][] rows, RegretKind kind) {
    if (!condorcet) {
      throw new IllegalStateException(
          kind + " needs a Condorcet winner, which these preferences lack; use COPELAND_DUELING");
    }
    return rows;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DuelingCurves c
        && Arrays.equals(checkpoints, c.checkpoints)
        && condorcet == c.condorcet
        && Arrays.deepEquals(weak, c.weak)
        && Arrays.deepEquals(strong, c.strong)
        && Arrays.deepEquals(copeland, c.copeland)
        && Arrays.deepEquals(correct, c.correct);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(checkpoints) + Arrays.deepHashCode(copeland);
  }
}
