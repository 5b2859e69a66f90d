package org.bandits4j.simulators.bounds;

/**
 * Regret bounds of the linear contextual policies (spec algorithms-linear.md §A), as functions of
 * the horizon, for overlaying on regret curves and for the bound tests.
 *
 * <p>Thread safety: stateless.
 */
public final class LinearBounds {

  private LinearBounds() {}

  /**
   * OFUL's radius at {@code T} with the determinant bound {@code det V_T <= (λ + T L²/d)^d}: {@code
   * β_T(δ) = R sqrt(d ln(1 + T L²/(λ d)) + 2 ln(1/δ)) + sqrt(λ) S} (Abbasi-Yadkori, Pál, Szepesvári
   * 2011, Theorem 2 with the det bound).
   */
  public static double ofulRadius(
      long t,
      int d,
      double lambda,
      double featureNorm,
      double noise,
      double thetaNorm,
      double delta) {
    return noise
            * Math.sqrt(
                d * Math.log1p(t * featureNorm * featureNorm / (lambda * d))
                    + 2.0 * Math.log(1.0 / delta))
        + Math.sqrt(lambda) * thetaNorm;
  }

  /**
   * OFUL's regret bound in the clean form the spec uses (§A3), {@code 2 β_T(δ) sqrt(2 T d ln(1 + T
   * L²/(λ d)))}, valid with probability {@code >= 1 - δ} when {@code |⟨x, θ*⟩| <= 1}.
   */
  public static double ofulRegret(
      long t,
      int d,
      double lambda,
      double featureNorm,
      double noise,
      double thetaNorm,
      double delta) {
    return 2.0
        * ofulRadius(t, d, lambda, featureNorm, noise, thetaNorm, delta)
        * Math.sqrt(2.0 * t * d * Math.log1p(t * featureNorm * featureNorm / (lambda * d)));
  }

  /**
   * SupLinUCB's bound (Chu et al. 2011, Theorem 6; the constant 92 as the spec restates it, [M]):
   * {@code 2 sqrt(T) + 92 (1 + ln(2 K T (2 ln T + 1) / δ))^{3/2} sqrt(T d)}.
   */
  public static double supLinUcbRegret(long t, int d, int arms, double delta) {
    double log =
        1.0 + Math.log(2.0 * arms * (double) t * (2.0 * Math.log((double) t) + 1.0) / delta);
    return 2.0 * Math.sqrt((double) t) + 92.0 * Math.pow(log, 1.5) * Math.sqrt((double) t * d);
  }

  /**
   * The spec's loose stand-in for linear Thompson sampling's high-probability bound (§A4, [U]: the
   * constant 50 replaces the paper's hidden constant): {@code 50 d^{3/2} sqrt(T) ln(T) R}.
   */
  public static double linTsStandIn(long t, int d, double noise) {
    return 50.0 * Math.pow(d, 1.5) * Math.sqrt((double) t) * Math.log((double) t) * noise;
  }
}
