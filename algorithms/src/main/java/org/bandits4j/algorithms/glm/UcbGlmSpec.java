package org.bandits4j.algorithms.glm;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link UcbGlm}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"dimension": 5, "horizon": 10000, "delta": 0.05,
 * "thetaNorm": 1.0, "exploration": 461, "alphaScale": 1.0, "lambda": 1.0E-6, "refitGrowth": 0.0}}.
 *
 * @param dimension the feature dimension {@code d >= 1}
 * @param horizon the horizon {@code T >= 2} used in {@code α}
 * @param delta the failure probability {@code δ} in {@code (0, 1)}
 * @param thetaNorm {@code S >= 0}, a bound on {@code ‖θ*‖}: it sets {@code κ = μ'(S + 1)} and the
 *     ball {@code ‖θ‖ <= S + 1} the estimate is projected onto
 * @param exploration {@code τ >= 0}, the number of rewards learned before the policy stops playing
 *     uniformly at random ({@link #of} uses {@code max(2d, ⌈10 d ln T⌉)}, the spec's safe default)
 * @param alphaScale a multiplier of the paper's {@code α}, finite and {@code > 0}
 * @param lambda {@code λ > 0}: ridge of the design matrix and of the likelihood (the paper has
 *     none; a tiny one keeps the algebra well posed)
 * @param refitGrowth 0 refits the maximum-likelihood estimate after every reward (the paper);
 *     {@code C > 0} refits when {@code det V} has grown by {@code 1 + C}
 */
public record UcbGlmSpec(
    int dimension,
    long horizon,
    double delta,
    double thetaNorm,
    int exploration,
    double alphaScale,
    double lambda,
    double refitGrowth)
    implements PolicySpec<UcbGlm> {

  /** Registry name. */
  public static final String NAME = "ucb-glm";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public UcbGlmSpec {
    Checks.atLeastOne("dimension", dimension);
    if (horizon < 2) {
      throw new IllegalArgumentException("horizon must be >= 2, was " + horizon);
    }
    if (!(delta > 0.0 && delta < 1.0)) {
      throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
    }
    Checks.nonNegative("thetaNorm", thetaNorm);
    if (exploration < 0) {
      throw new IllegalArgumentException("exploration must be >= 0, was " + exploration);
    }
    Checks.positive("alphaScale", alphaScale);
    Checks.positive("lambda", lambda);
    Checks.nonNegative("refitGrowth", refitGrowth);
  }

  /** UCB-GLM with {@code d = 5}, {@code T = 10000}, {@code δ = 0.05}, {@code S = 1}. */
  public static UcbGlmSpec defaults() {
    return of(5, 10_000, 0.05, 1.0);
  }

  /**
   * UCB-GLM as the spec prescribes: {@code τ = max(2d, ⌈10 d ln T⌉)}, the paper's {@code α}, {@code
   * λ = 1e-6}, a refit every round.
   */
  public static UcbGlmSpec of(int dimension, long horizon, double delta, double thetaNorm) {
    int tau =
        (int)
            Math.max(
                2L * dimension, (long) Math.ceil(10.0 * dimension * Math.log((double) horizon)));
    return new UcbGlmSpec(dimension, horizon, delta, thetaNorm, tau, 1.0, 1e-6, 0.0);
  }

  /** The same spec with another {@code α} multiplier. */
  public UcbGlmSpec withAlphaScale(double value) {
    return new UcbGlmSpec(
        dimension, horizon, delta, thetaNorm, exploration, value, lambda, refitGrowth);
  }

  /** {@code κ = μ'(S + 1)}: the logistic slope's infimum over {@code |xᵀθ| <= S + 1}. */
  public double kappa() {
    double mu = LogisticFit.sigmoid(thetaNorm + 1.0);
    return mu * (1.0 - mu);
  }

  /**
   * {@code α = alphaScale (σ/κ) sqrt((d/2) ln(1 + 2T/d) + ln(1/δ))} with {@code σ = 1/2} (Bernoulli
   * rewards are 1/2-sub-Gaussian).
   */
  public double alpha() {
    return alphaScale
        * (0.5 / kappa())
        * Math.sqrt(0.5 * dimension * Math.log1p(2.0 * horizon / dimension) + Math.log(1 / delta));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public UcbGlm create(ArmSet arms) {
    return new UcbGlm(this, arms);
  }

  @Override
  public UcbGlm restore(PolicyState state) {
    return new UcbGlm(this, state);
  }
}
