package org.bandits4j.simulators.env;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * An oblivious adversary: each replication draws, before the run, a table of 0/1 rewards for every
 * arm and round from a schedule of Bernoulli means, and the policy then plays against that fixed
 * table. Its reward processes give full information ({@link FullInformation}), so the meters record
 * the regret against the best fixed arm in hindsight, {@code max_i sum_t x_{t,i} - sum_t
 * x_{t,A_t}}, besides the pseudo-regret against the schedule's means.
 *
 * <p>Drawing: arm {@code i}'s column comes from the {@code i}-th child of the replication stream,
 * round by round, with the comparison of {@link BernoulliEnvironment}; the table depends only on
 * the replication stream (identical for every policy run on the same seed). It is stored as bits:
 * {@code horizon × K / 8} bytes.
 *
 * <p>Thread safety: immutable; reward processes are single-threaded (and read-only once drawn).
 */
public final class ObliviousBernoulliEnvironment implements Environment {

  private final MeanSchedule schedule;
  private final long horizon;
  private final ArmSet arms;

  /**
   * Tables of {@code horizon} rounds drawn from this schedule, arms {@code "0" .. "K-1"}.
   *
   * @throws IllegalArgumentException if a mean is outside {@code [0, 1]}, or the table would exceed
   *     2^31 - 1 words of 64 bits
   */
  public ObliviousBernoulliEnvironment(MeanSchedule schedule, long horizon) {
    if (schedule == null) {
      throw new IllegalArgumentException("schedule must not be null");
    }
    if (horizon < 1 || (horizon * schedule.arms() + 63) / 64 > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "horizon must be >= 1 and fit a bit table, was " + horizon);
    }
    this.schedule = schedule.requireProbabilities();
    this.horizon = horizon;
    this.arms = ArmSet.ofSize(schedule.arms());
  }

  /** The spec's decoy table (algorithms-mab.md §G.4, {@link MeanSchedule#decoy}). */
  public static ObliviousBernoulliEnvironment decoy(int arms, long horizon) {
    return new ObliviousBernoulliEnvironment(MeanSchedule.decoy(arms, horizon), horizon);
  }

  /** The schedule the tables are drawn from. */
  public MeanSchedule schedule() {
    return schedule;
  }

  /** The number of rounds in each table. */
  public long horizon() {
    return horizon;
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public FullInformation start(RandomStream stream) {
    int k = arms.size();
    long[] bits = new long[(int) ((horizon * k + 63) / 64)];
    for (int i = 0; i < k; i++) {
      RandomStream column = stream.split();
      int segment = 0;
      long threshold = (long) Math.ceil(schedule.meanOf(0, i) * 0x1.0p53);
      for (long t = 1; t <= horizon; t++) {
        if (segment + 1 < schedule.segments() && t == schedule.start(segment + 1)) {
          segment++;
          threshold = (long) Math.ceil(schedule.meanOf(segment, i) * 0x1.0p53);
        }
        if ((column.nextLong() >>> 11) < threshold) {
          long bit = (t - 1) * k + i;
          bits[(int) (bit >>> 6)] |= 1L << bit;
        }
      }
    }
    return new FullInformation() {
      @Override
      public double reward(long round, int arm) {
        if (round < 1 || round > horizon || arm < 0 || arm >= k) {
          throw new IllegalArgumentException(
              "round must be in [1, "
                  + horizon
                  + "] and arm in [0, "
                  + k
                  + "), were "
                  + round
                  + " and "
                  + arm);
        }
        long bit = (round - 1) * k + arm;
        return (bits[(int) (bit >>> 6)] >>> bit & 1L) != 0 ? 1.0 : 0.0;
      }

      @Override
      public double pull(long round, int arm) {
        return reward(round, arm);
      }

      @Override
      public double mean(long round, int arm) {
        return schedule.mean(round, arm);
      }

      @Override
      public double bestMean(long round) {
        return schedule.best(round);
      }
    };
  }

  @Override
  public String toString() {
    return "ObliviousBernoulli[" + horizon + " rounds, " + schedule + "]";
  }
}
