package org.bandits4j.algorithms.linear;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linalg.RidgeOptions;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Oful}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"dimension": 10, "lambda": 1.0, "delta": 0.05,
 * "noise": 1.0, "thetaNorm": 1.0, "radiusScale": 1.0, "kernel": "CHOLESKY", "switchGrowth": 0.0}}.
 *
 * @param dimension the feature dimension {@code d >= 1}
 * @param lambda the ridge {@code λ > 0}
 * @param delta the confidence level {@code δ} in {@code (0, 1)}: the confidence set holds for all
 *     rounds with probability at least {@code 1 - δ}
 * @param noise {@code R > 0}, the sub-Gaussian constant of the reward noise (its standard deviation
 *     for Gaussian noise)
 * @param thetaNorm {@code S >= 0}, a bound on {@code ‖θ*‖₂}
 * @param radiusScale a multiplier of the radius {@code β_t(δ)}, finite and {@code >= 0}; 1 is the
 *     algorithm of the paper (practice often uses 0.1 to 0.5, which the bound does not cover)
 * @param kernel how the ridge model is kept
 * @param switchGrowth rarely-switching OFUL: 0 recomputes every round; {@code C > 0} keeps the
 *     estimate and the confidence set of the last switch until {@code det V} has grown by {@code 1
 *     + C} (the paper's §5 uses {@code C = 1})
 */
public record OfulSpec(
    int dimension,
    double lambda,
    double delta,
    double noise,
    double thetaNorm,
    double radiusScale,
    RidgeKernel kernel,
    double switchGrowth)
    implements PolicySpec<Oful> {

  /** Registry name. */
  public static final String NAME = "oful";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public OfulSpec {
    Checks.atLeastOne("dimension", dimension);
    Checks.positive("lambda", lambda);
    if (!(delta > 0.0 && delta < 1.0)) {
      throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
    }
    Checks.positive("noise", noise);
    Checks.nonNegative("thetaNorm", thetaNorm);
    Checks.nonNegative("radiusScale", radiusScale);
    Checks.notNull("kernel", kernel);
    Checks.nonNegative("switchGrowth", switchGrowth);
  }

  /** OFUL with {@code d = 10}, {@code λ = 1}, {@code δ = 0.05}, {@code R = S = 1}. */
  public static OfulSpec defaults() {
    return of(10, 0.05, 1.0, 1.0);
  }

  /** OFUL over {@code d} features with {@code λ = 1}, the given {@code δ}, {@code R}, {@code S}. */
  public static OfulSpec of(int dimension, double delta, double noise, double thetaNorm) {
    return new OfulSpec(dimension, 1.0, delta, noise, thetaNorm, 1.0, RidgeKernel.CHOLESKY, 0.0);
  }

  /** The same spec with another switch growth. */
  public OfulSpec withSwitchGrowth(double value) {
    return new OfulSpec(dimension, lambda, delta, noise, thetaNorm, radiusScale, kernel, value);
  }

  RidgeOptions options() {
    return new RidgeOptions(lambda, kernel, 0, switchGrowth);
  }

  /**
   * The radius {@code β(δ) = R sqrt(2 ln(det(V)^{1/2} det(λI)^{-1/2} / δ)) + sqrt(λ) S} for a given
   * {@code ln det V} (Abbasi-Yadkori et al. 2011, Theorem 2), times {@code radiusScale}.
   */
  public double radius(double logDetV) {
    double logRatio = Math.max(0.0, logDetV - dimension * Math.log(lambda));
    return radiusScale
        * (noise * Math.sqrt(logRatio + 2.0 * Math.log(1.0 / delta))
            + Math.sqrt(lambda) * thetaNorm);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Oful create(ArmSet arms) {
    return new Oful(this, arms);
  }

  @Override
  public Oful restore(PolicyState state) {
    return new Oful(this, state);
  }
}
