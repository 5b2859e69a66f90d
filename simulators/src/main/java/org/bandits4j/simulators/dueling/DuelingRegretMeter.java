package org.bandits4j.simulators.dueling;

import java.util.function.IntSupplier;
import org.bandits4j.simulators.regret.Checkpoints;

/**
 * Accumulates the dueling regrets of one run and records them, with the correctness of the policy's
 * recommended winner, at checkpoint rounds.
 *
 * <p>Per duel {@code (a, b)}, with {@code Δ_i = P[a*][i] - 1/2} for the Condorcet winner {@code a*}
 * and {@code ζ_i} the normalised Copeland scores:
 *
 * <ul>
 *   <li>weak regret {@code min(Δ_a, Δ_b)};
 *   <li>strong (Condorcet) regret {@code (Δ_a + Δ_b)/2}, the average convention of {@link
 *       org.bandits4j.api.RegretKind#STRONG_DUELING}; Yue et al. (2012) sum the gaps, which is
 *       twice this;
 *   <li>Copeland regret {@code ζ* - (ζ_a + ζ_b)/2}.
 * </ul>
 *
 * Without a Condorcet winner the weak and strong regrets are undefined and recorded as NaN. The
 * recommendation is correct when it is the Condorcet winner, or, without one, a Copeland winner.
 *
 * <p>Thread safety: single-threaded. Complexity: O(1) per duel, no allocation.
 */
public final class DuelingRegretMeter {

  private final long[] checkpoints;
  private final double[] gap;
  private final double[] copelandGap;
  private final boolean[] winner;
  private final double[] weakAt;
  private final double[] strongAt;
  private final double[] copelandAt;
  private final double[] correctAt;
  private double weak;
  private double strong;
  private double copeland;
  private long round;
  private int next;

  /**
   * A meter for duels under {@code preferences}, recording at these rounds (sorted, distinct,
   * {@code >= 1}).
   *
   * @throws IllegalArgumentException if the grid is empty or not increasing
   */
  public DuelingRegretMeter(PreferenceMatrix preferences, long[] checkpoints) {
    if (checkpoints.length == 0) {
      throw new IllegalArgumentException("at least one checkpoint is needed");
    }
    this.checkpoints = Checkpoints.of(checkpoints[checkpoints.length - 1], checkpoints);
    int k = preferences.size();
    this.gap = new double[k];
    this.copelandGap = new double[k];
    this.winner = new boolean[k];
    double best = 0;
    for (int i = 0; i < k; i++) {
      best = Math.max(best, preferences.normalisedCopelandScore(i));
    }
    for (int i = 0; i < k; i++) {
      gap[i] = preferences.hasCondorcetWinner() ? preferences.gap(i) : Double.NaN;
      copelandGap[i] = best - preferences.normalisedCopelandScore(i);
      winner[i] =
          preferences.hasCondorcetWinner()
              ? i == preferences.condorcetWinner()
              : preferences.isCopelandWinner(i);
    }
    int n = this.checkpoints.length;
    this.weakAt = new double[n];
    this.strongAt = new double[n];
    this.copelandAt = new double[n];
    this.correctAt = new double[n];
  }

  /**
   * Records one duel; at a checkpoint it also asks for the policy's recommendation.
   *
   * @param a the first arm's index
   * @param b the second arm's index
   * @param recommendation the index of the arm the policy recommends now (called only at
   *     checkpoints)
   */
  public void record(int a, int b, IntSupplier recommendation) {
    weak += Math.min(gap[a], gap[b]);
    strong += 0.5 * (gap[a] + gap[b]);
    copeland += 0.5 * (copelandGap[a] + copelandGap[b]);
    round++;
    if (next < checkpoints.length && round == checkpoints[next]) {
      weakAt[next] = weak;
      strongAt[next] = strong;
      copelandAt[next] = copeland;
      correctAt[next] = winner[recommendation.getAsInt()] ? 1.0 : 0.0;
      next++;
    }
  }

  /** Duels recorded so far. */
  public long rounds() {
    return round;
  }

  /** Weak regret so far (NaN without a Condorcet winner). */
  public double weak() {
    return weak;
  }

  /** Strong regret so far, average convention (NaN without a Condorcet winner). */
  public double strong() {
    return strong;
  }

  /** Copeland regret so far. */
  public double copeland() {
    return copeland;
  }

  /** A copy of the checkpoint rounds. */
  public long[] checkpoints() {
    return checkpoints.clone();
  }

  /** Weak regret at each checkpoint reached. */
  public double[] weakAtCheckpoints() {
    return weakAt.clone();
  }

  /** Strong regret at each checkpoint reached. */
  public double[] strongAtCheckpoints() {
    return strongAt.clone();
  }

  /** Copeland regret at each checkpoint reached. */
  public double[] copelandAtCheckpoints() {
    return copelandAt.clone();
  }

  /** 1 where the recommendation was a winner at the checkpoint, else 0. */
  public double[] correctAtCheckpoints() {
    return correctAt.clone();
  }
}
