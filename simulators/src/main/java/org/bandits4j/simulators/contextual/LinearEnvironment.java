package org.bandits4j.simulators.contextual;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A linear contextual environment: reward {@code f(context, a) + R Z} with {@code f} the linear
 * predictor of a {@link LinearModel} and {@code Z} standard normal from the arm's own stream.
 *
 * <p>Thread safety: immutable.
 */
public final class LinearEnvironment implements ContextualEnvironment {

  private final LinearModel model;
  private final double noise;
  private final ArmSet arms;

  /**
   * An environment over arms {@code "0" .. "K-1"}.
   *
   * @param noise the noise standard deviation {@code R}, finite and {@code >= 0}
   * @throws IllegalArgumentException if the noise is negative or not finite
   */
  public LinearEnvironment(LinearModel model, double noise) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null");
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException("noise must be finite and >= 0, was " + noise);
    }
    this.model = model;
    this.noise = noise;
    this.arms = ArmSet.ofSize(model.arms());
  }

  /** The model. */
  public LinearModel model() {
    return model;
  }

  /** The noise standard deviation. */
  public double noise() {
    return noise;
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public LinearProcess start(RandomStream stream) {
    return new LinearProcess(
        model,
        new LinearProcess.RewardLaw() {
          @Override
          public double mean(double predictor) {
            return predictor;
          }

          @Override
          public double draw(double mean, double predictor, RandomStream armStream) {
            return mean + noise * armStream.nextGaussian();
          }
        },
        stream);
  }

  @Override
  public String toString() {
    return "LinearEnvironment[K=" + model.arms() + ", noise=" + noise + "]";
  }
}
