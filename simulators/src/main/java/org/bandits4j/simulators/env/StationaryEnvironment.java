package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Base of environments whose arms have fixed means and independent rewards; each replication gives
 * every arm its own child stream (common random numbers across policies).
 */
abstract class StationaryEnvironment implements Environment {

  private final ArmSet arms;

  /** The arm means; never modified, read by subclasses' draws. */
  final double[] means;

  private final double best;

  StationaryEnvironment(ArmSet arms, double[] means) {
    if (arms.size() != means.length) {
      throw new IllegalArgumentException(
          "one mean per arm needed: " + arms.size() + " arms, " + means.length + " means");
    }
    this.arms = arms;
    this.means = means.clone();
    this.best = Arrays.stream(means).max().orElseThrow();
  }

  @Override
  public final ArmSet arms() {
    return arms;
  }

  /** A copy of the arm means. */
  public final double[] means() {
    return means.clone();
  }

  /** The largest mean. */
  public final double bestMean() {
    return best;
  }

  /** The reward of {@code arm} drawn from that arm's own stream. */
  abstract double draw(int arm, RandomStream armStream);

  @Override
  public final RewardProcess start(RandomStream stream) {
    RandomStream[] streams = ArmStreams.split(stream, means.length);
    return new RewardProcess() {
      @Override
      public double pull(long round, int arm) {
        ArmStreams.checkArm(arm, streams.length);
        return draw(arm, streams[arm]);
      }

      @Override
      public double mean(long round, int arm) {
        return means[arm];
      }

      @Override
      public double bestMean(long round) {
        return best;
      }
    };
  }

  static double[] checkedMeans(double[] means, double lo, double hi) {
    if (means == null || means.length == 0) {
      throw new IllegalArgumentException("means must have at least one entry");
    }
    for (int i = 0; i < means.length; i++) {
      if (!(means[i] >= lo && means[i] <= hi)) {
        throw new IllegalArgumentException(
            "means[" + i + "] must be in [" + lo + ", " + hi + "], was " + means[i]);
      }
    }
    return means;
  }
}
