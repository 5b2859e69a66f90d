package org.bandits4j.simulators.contextual;

import org.bandits4j.api.Context;
import org.bandits4j.simulators.random.RandomStream;

/**
 * One replication of a {@link LinearModel}-based environment: fresh contexts from one stream,
 * rewards from one stream per arm (common random numbers), and oracle means through the
 * environment's link.
 *
 * <p>Stream layout: the replication stream's first child draws the parameters, the second the
 * contexts, the next {@code K} children the arms' rewards.
 *
 * <p>Thread safety: single-threaded.
 */
public final class LinearProcess implements ContextualProcess {

  /** The link and reward law of an environment. */
  interface RewardLaw {
    /** The expected reward for a linear predictor value. */
    double mean(double predictor);

    /** Draws a reward with this expected value from the arm's stream. */
    double draw(double mean, double predictor, RandomStream armStream);
  }

  private final LinearModel.Instance instance;
  private final RewardLaw law;
  private final RandomStream contextStream;
  private final RandomStream[] armStreams;
  private final double[] predictors;
  private final double[] means;
  private long round;
  private double best;

  LinearProcess(LinearModel model, RewardLaw law, RandomStream stream) {
    this.instance = model.draw(stream.split());
    this.law = law;
    this.contextStream = stream.split();
    this.armStreams = new RandomStream[model.arms()];
    for (int a = 0; a < armStreams.length; a++) {
      armStreams[a] = stream.split();
    }
    this.predictors = new double[model.arms()];
    this.means = new double[model.arms()];
  }

  @Override
  public Context context(long t) {
    if (t != round + 1) {
      throw new IllegalArgumentException(
          "contexts are revealed in order: expected round " + (round + 1) + ", was " + t);
    }
    round = t;
    Context c = instance.context(contextStream);
    instance.predictors(c, predictors);
    best = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < means.length; a++) {
      means[a] = law.mean(predictors[a]);
      best = Math.max(best, means[a]);
    }
    return c;
  }

  private void checkRound(long t) {
    if (t != round || t == 0) {
      throw new IllegalArgumentException(
          "round " + t + " is not the current round " + round + " (call context(t) first)");
    }
  }

  @Override
  public double pull(long t, int arm) {
    checkRound(t);
    if (arm < 0 || arm >= means.length) {
      throw new IllegalArgumentException("arm must be in [0, " + means.length + "), was " + arm);
    }
    return law.draw(means[arm], predictors[arm], armStreams[arm]);
  }

  @Override
  public double mean(long t, int arm) {
    checkRound(t);
    return means[arm];
  }

  @Override
  public double bestMean(long t) {
    checkRound(t);
    return best;
  }

  /** The true per-arm coefficients of the shared vector ({@code [arm][j]}), a copy. */
  public double[][] sharedCoefficients() {
    return instance.sharedCoefficients();
  }

  /** The true row coefficients ({@code [0][j]} when shared by the arms), a copy. */
  public double[][] rowCoefficients() {
    return instance.rowCoefficients();
  }
}
