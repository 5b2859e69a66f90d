package org.bandits4j.algorithms.thompson;

import org.bandits4j.algorithms.core.Checks;

/**
 * A Normal–Gamma prior on one arm's mean {@code μ} and precision {@code τ = 1/σ²}: {@code τ ~
 * Gamma(alpha, rate beta)}, {@code μ | τ ~ N(mean, 1/(kappa τ))}.
 *
 * <p>JSON: {@code {"mean": 0.0, "kappa": 1.0, "alpha": 5.0, "beta": 0.5}}. To encode a variance
 * guess {@code v}, take {@code alpha >= 2} and {@code beta = v (alpha - 1)} (the prior mean of
 * {@code σ²} is {@code beta/(alpha - 1)}); a larger {@code alpha} makes the guess firmer.
 *
 * @param mean prior mean {@code μ_0}, finite
 * @param kappa prior pseudo-count of the mean {@code κ_0}, finite and {@code > 0}
 * @param alpha Gamma shape {@code α_0}, finite and {@code > 0}
 * @param beta Gamma rate {@code β_0}, finite and {@code > 0}
 */
public record NormalGammaPrior(double mean, double kappa, double alpha, double beta) {

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public NormalGammaPrior {
    Checks.finite("mean", mean);
    Checks.positive("kappa", kappa);
    Checks.positive("alpha", alpha);
    Checks.positive("beta", beta);
  }

  /** The prior whose mean precision is {@code 1/v}: {@code (0, 1, alpha, alpha v)}. */
  public static NormalGammaPrior precisionMean(double alpha, double v) {
    return new NormalGammaPrior(0.0, 1.0, alpha, alpha * v);
  }
}
