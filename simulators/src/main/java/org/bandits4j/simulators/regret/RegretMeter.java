package org.bandits4j.simulators.regret;

import org.bandits4j.simulators.env.FullInformation;

/**
 * Accumulates the pseudo-regret {@code sum_t (μ*_t - μ_{t,A_t})} and the realised regret {@code
 * sum_t (μ*_t - X_t)} of one run and records both at checkpoint rounds; on a full-information
 * process it also records the regret against the best fixed arm in hindsight, {@code max_i sum_{s
 * <= t} x_{s,i} - sum_{s <= t} X_s}.
 *
 * <p>With non-stationary means {@code μ*_t} is the best mean of round {@code t}, so the
 * pseudo-regret is the dynamic regret.
 *
 * <p>Thread safety: single-threaded. Complexity: O(1) per round (O(K) with hindsight), no
 * allocation.
 */
public final class RegretMeter {

  private final long[] checkpoints;
  private final double[] pseudoAt;
  private final double[] realisedAt;
  private final FullInformation table;
  private final double[] columnSums;
  private final double[] hindsightAt;
  private double collected;
  private double pseudo;
  private double realised;
  private long round;
  private int next;

  /**
   * A meter recording at these rounds (sorted, distinct, {@code >= 1}).
   *
   * @throws IllegalArgumentException if the grid is empty or not increasing
   */
  public RegretMeter(long[] checkpoints) {
    if (checkpoints.length == 0) {
      throw new IllegalArgumentException("at least one checkpoint is needed");
    }
    this.checkpoints = Checkpoints.of(checkpoints[checkpoints.length - 1], checkpoints);
    this.pseudoAt = new double[this.checkpoints.length];
    this.realisedAt = new double[this.checkpoints.length];
    this.table = null;
    this.columnSums = null;
    this.hindsightAt = null;
  }

  /**
   * A meter that also records the regret against the best fixed arm in hindsight, reading every
   * arm's reward of each recorded round from {@code table}.
   *
   * @param arms the number of arms of the table
   * @throws IllegalArgumentException if the grid is empty or not increasing, the table is null or
   *     {@code arms < 1}
   */
  public RegretMeter(long[] checkpoints, FullInformation table, int arms) {
    if (checkpoints.length == 0) {
      throw new IllegalArgumentException("at least one checkpoint is needed");
    }
    if (table == null || arms < 1) {
      throw new IllegalArgumentException("need a reward table and at least one arm");
    }
    this.checkpoints = Checkpoints.of(checkpoints[checkpoints.length - 1], checkpoints);
    this.pseudoAt = new double[this.checkpoints.length];
    this.realisedAt = new double[this.checkpoints.length];
    this.table = table;
    this.columnSums = new double[arms];
    this.hindsightAt = new double[this.checkpoints.length];
  }

  /**
   * Records one round.
   *
   * @param bestMean {@code μ*_t}
   * @param chosenMean {@code μ_{t,A_t}}
   * @param reward {@code X_t}
   */
  public void record(double bestMean, double chosenMean, double reward) {
    pseudo += bestMean - chosenMean;
    realised += bestMean - reward;
    round++;
    if (table != null) {
      collected += reward;
      for (int i = 0; i < columnSums.length; i++) {
        columnSums[i] += table.reward(round, i);
      }
    }
    if (next < checkpoints.length && round == checkpoints[next]) {
      pseudoAt[next] = pseudo;
      realisedAt[next] = realised;
      if (table != null) {
        hindsightAt[next] = hindsight();
      }
      next++;
    }
  }

  /** Whether this meter records the regret against the best fixed arm in hindsight. */
  public boolean tracksHindsight() {
    return table != null;
  }

  /**
   * Regret against the best fixed arm in hindsight so far.
   *
   * @throws IllegalStateException if the meter has no full-information table
   */
  public double hindsight() {
    if (table == null) {
      throw new IllegalStateException("hindsight regret needs a full-information reward process");
    }
    double best = Double.NEGATIVE_INFINITY;
    for (double s : columnSums) {
      best = Math.max(best, s);
    }
    return best - collected;
  }

  /**
   * Hindsight regret at each checkpoint reached (0 for those not reached).
   *
   * @throws IllegalStateException if the meter has no full-information table
   */
  public double[] hindsightAtCheckpoints() {
    if (table == null) {
      throw new IllegalStateException("hindsight regret needs a full-information reward process");
    }
    return hindsightAt.clone();
  }

  /** Rounds recorded so far. */
  public long rounds() {
    return round;
  }

  /** Pseudo-regret so far. */
  public double pseudo() {
    return pseudo;
  }

  /** Realised regret so far. */
  public double realised() {
    return realised;
  }

  /** A copy of the checkpoint rounds. */
  public long[] checkpoints() {
    return checkpoints.clone();
  }

  /** Pseudo-regret at each checkpoint reached (0 for those not reached). */
  public double[] pseudoAtCheckpoints() {
    return pseudoAt.clone();
  }

  /** Realised regret at each checkpoint reached (0 for those not reached). */
  public double[] realisedAtCheckpoints() {
    return realisedAt.clone();
  }
}
