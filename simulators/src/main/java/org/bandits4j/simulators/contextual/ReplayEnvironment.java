package org.bandits4j.simulators.contextual;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Replays logged full-information rounds ({@link LoggedRounds}): round {@code t} shows the context
 * of a logged round and pays the reward the chosen arm had there. The "mean" of an arm is its
 * logged reward, so pseudo-regret is the regret against the best arm of each logged round.
 *
 * <p>Rounds are replayed in logged order, or, with {@code shuffle}, in a random order drawn once
 * per replication from the replication stream (so every policy run with the same seed sees the same
 * order). A replication cannot be longer than the log.
 *
 * <p>Thread safety: immutable.
 */
public final class ReplayEnvironment implements ContextualEnvironment {

  private final LoggedRounds log;
  private final boolean shuffle;
  private final ArmSet arms;

  /**
   * Replays {@code log}.
   *
   * @throws IllegalArgumentException if the log is null or empty
   */
  public ReplayEnvironment(LoggedRounds log, boolean shuffle) {
    if (log == null || log.rounds() == 0) {
      throw new IllegalArgumentException("the log must have at least one round");
    }
    this.log = log;
    this.shuffle = shuffle;
    this.arms = ArmSet.ofSize(log.arms());
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  /** The log. */
  public LoggedRounds log() {
    return log;
  }

  @Override
  public ContextualProcess start(RandomStream stream) {
    int n = log.rounds();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (shuffle) {
      RandomStream rng = stream.split();
      for (int i = n - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
    }
    return new ContextualProcess() {
      private long round;

      private int record(long t) {
        if (t != round || t == 0) {
          throw new IllegalArgumentException(
              "round " + t + " is not the current round " + round + " (call context(t) first)");
        }
        return order[(int) (t - 1)];
      }

      @Override
      public Context context(long t) {
        if (t != round + 1) {
          throw new IllegalArgumentException(
              "contexts are revealed in order: expected round " + (round + 1) + ", was " + t);
        }
        if (t > n) {
          throw new IllegalArgumentException(
              "round " + t + " is beyond the " + n + " logged rounds");
        }
        round = t;
        return log.context(order[(int) (t - 1)]);
      }

      @Override
      public double pull(long t, int arm) {
        return mean(t, arm);
      }

      @Override
      public double mean(long t, int arm) {
        if (arm < 0 || arm >= log.arms()) {
          throw new IllegalArgumentException("arm must be in [0, " + log.arms() + "), was " + arm);
        }
        return log.reward(record(t), arm);
      }

      @Override
      public double bestMean(long t) {
        int i = record(t);
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < log.arms(); a++) {
          best = Math.max(best, log.reward(i, a));
        }
        return best;
      }
    };
  }

  @Override
  public String toString() {
    return "ReplayEnvironment[rounds="
        + log.rounds()
        + ", K="
        + log.arms()
        + ", shuffle="
        + shuffle
        + "]";
  }
}
