package org.bandits4j.simulators.contextual;

import org.bandits4j.simulators.random.RandomStream;

/**
 * A logistic contextual environment: Bernoulli rewards with {@code P(r = 1) = μ(f(context, a))},
 * {@code μ(z) = 1/(1 + e^{-z})} and {@code f} the linear predictor of a {@link LinearModel}; each
 * arm draws from its own stream. Expected rewards (for regret) are {@code μ(f)}.
 *
 * <p>Thread safety: immutable.
 */
public final class LogisticEnvironment extends LinearModelEnvironment {

  /** The logistic link and Bernoulli rewards. */
  private static final LinearProcess.RewardLaw BERNOULLI =
      new LinearProcess.RewardLaw() {
        @Override
        public double mean(double predictor) {
          return sigmoid(predictor);
        }

        @Override
        public double draw(double mean, double predictor, RandomStream armStream) {
          return armStream.nextDouble() < mean ? 1.0 : 0.0;
        }
      };

  /**
   * An environment over arms {@code "0" .. "K-1"}.
   *
   * @throws IllegalArgumentException if the model is null
   */
  public LogisticEnvironment(LinearModel model) {
    super(model, BERNOULLI);
  }

  /** The logistic function {@code 1/(1 + e^{-z})}, without overflow. */
  public static double sigmoid(double z) {
    return z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
  }

  @Override
  public String toString() {
    return "LogisticEnvironment[K=" + model().arms() + "]";
  }
}
