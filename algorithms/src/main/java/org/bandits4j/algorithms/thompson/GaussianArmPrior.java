package org.bandits4j.algorithms.thompson;

import org.bandits4j.algorithms.core.Checks;

/**
 * The prior and the known noise of one arm of {@link GaussianThompsonSampling}: {@code μ ~
 * N(priorMean, priorVariance)}, rewards {@code N(μ, noiseVariance)}.
 *
 * <p>JSON: {@code {"priorMean": 0.0, "priorVariance": 1.0, "noiseVariance": 0.25}}.
 *
 * @param priorMean prior mean of the arm's mean reward, finite
 * @param priorVariance prior variance of the arm's mean reward, finite and {@code > 0} (ignored
 *     under the flat prior)
 * @param noiseVariance the known variance of the arm's rewards, finite and {@code > 0}
 */
public record GaussianArmPrior(double priorMean, double priorVariance, double noiseVariance) {

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public GaussianArmPrior {
    Checks.finite("priorMean", priorMean);
    Checks.positive("priorVariance", priorVariance);
    Checks.positive("noiseVariance", noiseVariance);
  }
}
