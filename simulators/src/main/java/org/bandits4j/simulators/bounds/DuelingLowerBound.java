package org.bandits4j.simulators.bounds;

import org.bandits4j.simulators.dueling.PreferenceMatrix;

/**
 * The asymptotic lower bound of dueling bandits with a Condorcet winner (Komiyama, Honda, Kashima
 * and Nakagawa 2015, Theorem 2, the bound RMED1 attains): strong regret (average convention, {@code
 * (Δ_a + Δ_b)/2}, {@code Δ_i = P[winner][i] - 1/2}) of a consistent policy grows at least as {@code
 * C ln T} with
 *
 * <pre>{@code
 * C = sum over i != winner of  min over j with P[i][j] < 1/2 of  (Δ_i + Δ_j) / (2 kl(P[i][j], 1/2))
 * }</pre>
 *
 * The dueling regret tests and the experiment runner's theoretical curve both use it; {@code kl} is
 * {@link Divergences#bernoulli}. Thread safety: stateless.
 */
public final class DuelingLowerBound {

  private DuelingLowerBound() {}

  /**
   * The constant {@code C}.
   *
   * @throws IllegalStateException if the matrix has no Condorcet winner
   */
  public static double constant(PreferenceMatrix p) {
    int winner = p.condorcetWinner();
    double total = 0;
    for (int i = 0; i < p.size(); i++) {
      if (i == winner) {
        continue;
      }
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < p.size(); j++) {
        double q = p.probability(i, j);
        if (j != i && q < 0.5) {
          best = Math.min(best, (p.gap(i) + p.gap(j)) / (2 * Divergences.bernoulli(q, 0.5)));
        }
      }
      total += best;
    }
    return total;
  }
}
