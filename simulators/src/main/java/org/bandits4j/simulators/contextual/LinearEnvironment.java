package org.bandits4j.simulators.contextual;

import org.bandits4j.simulators.random.RandomStream;

/**
 * A linear contextual environment: reward {@code f(context, a) + R Z} with {@code f} the linear
 * predictor of a {@link LinearModel} and {@code Z} standard normal from the arm's own stream.
 *
 * <p>Thread safety: immutable.
 */
public final class LinearEnvironment extends LinearModelEnvironment {

  private final double noise;

  /**
   * An environment over arms {@code "0" .. "K-1"}.
   *
   * @param noise the noise standard deviation {@code R}, finite and {@code >= 0}
   * @throws IllegalArgumentException if the model is null, or the noise is negative or not finite
   */
  public LinearEnvironment(LinearModel model, double noise) {
    super(model, gaussianNoise(noise));
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise must be finite and >= 0, was " + noise);
    }
    this.noise = noise;
  }

  /** The identity link and reward {@code mean + noise Z}, {@code Z} standard normal. */
  private static LinearProcess.RewardLaw gaussianNoise(double noise) {
    return new LinearProcess.RewardLaw() {
      @Override
      public double mean(double predictor) {
        return predictor;
      }

      @Override
      public double draw(double mean, double predictor, RandomStream armStream) {
        return mean + noise * armStream.nextGaussian();
      }
    };
  }

  /** The noise standard deviation. */
  public double noise() {
    return noise;
  }

  @Override
  public String toString() {
    return "LinearEnvironment[K=" + model().arms() + ", noise=" + noise + "]";
  }
}
