package org.bandits4j.simulators.env;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A piecewise-stationary Bernoulli bandit: arm {@code i} pays 1 with probability {@code μ_{t,i}},
 * which is constant between breakpoints and jumps at them ({@link MeanSchedule}). The regret
 * meters' pseudo-regret {@code sum_t (μ*_t - μ_{t,A_t})} is then the dynamic regret.
 *
 * <p>Draws as {@link BernoulliEnvironment}: each arm has its own child stream and a draw is the
 * integer comparison {@code (nextLong() >>> 11) < ceil(μ 2^53)}, so the {@code n}-th reward of an
 * arm uses the arm's {@code n}-th number whatever was played (common random numbers).
 *
 * <p>Thread safety: immutable; reward processes are single-threaded.
 */
public final class PiecewiseBernoulliEnvironment implements Environment {

  private final MeanSchedule schedule;
  private final ArmSet arms;
  private final long[][] thresholds;

  /**
   * Arms {@code "0" .. "K-1"} following this schedule.
   *
   * @throws IllegalArgumentException if a mean is outside {@code [0, 1]}
   */
  public PiecewiseBernoulliEnvironment(MeanSchedule schedule) {
    if (schedule == null) {
      throw new IllegalArgumentException("schedule must not be null");
    }
    this.schedule = schedule.requireProbabilities();
    this.arms = ArmSet.ofSize(schedule.arms());
    this.thresholds = new long[schedule.segments()][schedule.arms()];
    for (int j = 0; j < schedule.segments(); j++) {
      for (int i = 0; i < schedule.arms(); i++) {
        thresholds[j][i] = (long) Math.ceil(schedule.meanOf(j, i) * 0x1.0p53);
      }
    }
  }

  /** The schedule of means. */
  public MeanSchedule schedule() {
    return schedule;
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public RewardProcess start(RandomStream stream) {
    RandomStream[] streams = ArmStreams.split(stream, arms.size());
    return new RewardProcess() {
      @Override
      public double pull(long round, int arm) {
        ArmStreams.checkArm(arm, streams.length);
        long threshold = thresholds[schedule.segment(round)][arm];
        return (streams[arm].nextLong() >>> 11) < threshold ? 1.0 : 0.0;
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
    return "PiecewiseBernoulli" + schedule;
  }
}
