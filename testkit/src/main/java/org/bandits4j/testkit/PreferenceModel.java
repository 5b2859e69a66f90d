package org.bandits4j.testkit;

import java.util.random.RandomGenerator;
import org.bandits4j.api.DuelOutcome;

/**
 * Duel outcomes from a preference matrix: arm {@code i} beats arm {@code j} with probability {@code
 * P[i][j]} (with {@code P[j][i] = 1 - P[i][j]}).
 *
 * <p>Thread safety: immutable.
 */
public final class PreferenceModel {

  private final double[][] matrix;

  /**
   * A model of this matrix: square, entries in {@code [0, 1]}, {@code P[i][j] + P[j][i] = 1}.
   *
   * @throws IllegalArgumentException naming the first bad entry
   */
  public PreferenceModel(double[][] matrix) {
    int k = matrix.length;
    double[][] copy = new double[k][];
    for (int i = 0; i < k; i++) {
      if (matrix[i].length != k) {
        throw new IllegalArgumentException(
            "preference matrix must be square, row " + i + " has " + matrix[i].length);
      }
      copy[i] = matrix[i].clone();
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double p = copy[i][j];
        if (!(p >= 0 && p <= 1) || Math.abs(p + copy[j][i] - 1) > 1e-12) {
          throw new IllegalArgumentException(
              "P[" + i + "][" + j + "] = " + p + " must be in [0, 1] with P[j][i] = 1 - P[i][j]");
        }
      }
    }
    this.matrix = copy;
  }

  /** Number of arms. */
  public int size() {
    return matrix.length;
  }

  /** {@code P[i][j]}, the probability that arm {@code i} beats arm {@code j}. */
  public double probability(int i, int j) {
    return matrix[i][j];
  }

  /** The outcome of a duel between arms {@code first} and {@code second} (indices). */
  public DuelOutcome duel(int first, int second, RandomGenerator rng) {
    return rng.nextDouble() < matrix[first % matrix.length][second % matrix.length]
        ? DuelOutcome.FIRST_WINS
        : DuelOutcome.SECOND_WINS;
  }
}
