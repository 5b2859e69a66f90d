package org.bandits4j.simulators.regret;

/**
 * Accumulates the pseudo-regret {@code sum_t (μ*_t - μ_{t,A_t})} and the realised regret {@code
 * sum_t (μ*_t - X_t)} of one run and records both at checkpoint rounds.
 *
 * <p>Thread safety: single-threaded. Complexity: O(1) per round, no allocation.
 */
public final class RegretMeter {

  private final long[] checkpoints;
  private final double[] pseudoAt;
  private final double[] realisedAt;
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
    if (next < checkpoints.length && round == checkpoints[next]) {
      pseudoAt[next] = pseudo;
      realisedAt[next] = realised;
      next++;
    }
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
