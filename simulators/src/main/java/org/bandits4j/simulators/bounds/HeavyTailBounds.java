package org.bandits4j.simulators.bounds;

/**
 * Regret bounds of Robust UCB for rewards with a bounded moment of order {@code 1 + ε} (Bubeck,
 * Cesa-Bianchi, Lugosi 2013), as functions the tests and the runner draw.
 *
 * <p>If the estimator's width at level {@code ℓ = ln(1/δ)} with {@code N} samples is {@code
 * v^{1/(1+ε)} (c ℓ/N)^{ε/(1+ε)}}, a suboptimal arm stops being played once its width is below
 * {@code Δ_i/2}; with {@code ℓ = 2 ln n} that is after {@code 2^{(1+ε)/ε} 2c (v/Δ_i^{1+ε})^{1/ε} ln
 * n} pulls, so {@code R_n <= sum_{Δ_i > 0} (c' (v/Δ_i)^{1/ε} ln n + 5 Δ_i)} with {@code c' =
 * 2^{(1+2ε)/ε} c} (our derivation of the paper's Proposition 1, whose constant was not re-read; the
 * {@code 5 Δ_i} term is the paper's). The constants {@code c} of the three estimators follow.
 */
public final class HeavyTailBounds {

  private HeavyTailBounds() {}

  /** Truncated mean: width {@code 4 u^{1/(1+ε)} (ℓ/N)^{ε/(1+ε)}}, i.e. {@code c = 4^{(1+ε)/ε}}. */
  public static double truncatedMeanConstant(double epsilon) {
    return Math.pow(4.0, (1.0 + epsilon) / epsilon);
  }

  /**
   * Median of means: width {@code (12v)^{1/(1+ε)} ((16ℓ + 2)/N)^{ε/(1+ε)}}, i.e. {@code c =
   * 12^{1/ε} 16 (1 + 1/(8ℓ))}, bounded for {@code t >= 2} ({@code ℓ >= 2 ln 2}) by {@code 12^{1/ε}
   * 16 (1 + 1/(16 ln 2))}.
   */
  public static double medianOfMeansConstant(double epsilon) {
    return Math.pow(12.0, 1.0 / epsilon) * 16.0 * (1.0 + 1.0 / (16.0 * Math.log(2.0)));
  }

  /** Catoni ({@code ε = 1}): width {@code 2 sqrt(vℓ/N)}, i.e. {@code c = 4}. */
  public static double catoniConstant() {
    return 4.0;
  }

  /** {@code c' = 2^{(1+2ε)/ε} c}. */
  public static double regretConstant(double epsilon, double c) {
    return Math.pow(2.0, (1.0 + 2.0 * epsilon) / epsilon) * c;
  }

  /**
   * Robust UCB's gap-dependent bound {@code sum_{Δ_i > 0} (c' (v/Δ_i)^{1/ε} ln n + 5 Δ_i)}, with
   * {@code v} the moment bound the estimator assumes ({@code u} for the truncated mean).
   *
   * @param c the estimator's constant ({@link #truncatedMeanConstant}, ...)
   */
  public static double robustUcb(long n, double epsilon, double v, double c, double... means) {
    double best = LowerBounds.max(means);
    double cPrime = regretConstant(epsilon, c);
    double total = 0;
    for (double mu : means) {
      double gap = best - mu;
      if (gap > 0) {
        total += cPrime * Math.pow(v / gap, 1.0 / epsilon) * Math.log((double) n) + 5.0 * gap;
      }
    }
    return total;
  }

  /**
   * Robust UCB with Catoni's estimator: {@link #robustUcb} with {@code c = 4, ε = 1}, plus the
   * forced plays of an arm with fewer than {@code 4ℓ = 8 ln n} samples, {@code 8 Δ_i ln n}.
   */
  public static double robustUcbCatoni(long n, double v, double... means) {
    double best = LowerBounds.max(means);
    double forced = 0;
    for (double mu : means) {
      forced += 8.0 * (best - mu) * Math.log((double) n);
    }
    return robustUcb(n, 1.0, v, catoniConstant(), means) + forced;
  }

  /**
   * The minimax order {@code v^{1/(1+ε)} (K ln n)^{ε/(1+ε)} n^{1/(1+ε)}} of Robust UCB's upper
   * bound, without constant (a shape: its log-log slope in {@code n} is {@code 1/(1+ε)} up to the
   * logarithm).
   */
  public static double minimaxShape(long n, int arms, double epsilon, double v) {
    double e = epsilon / (1.0 + epsilon);
    return Math.pow(v, 1.0 / (1.0 + epsilon))
        * Math.pow(arms * Math.log((double) n), e)
        * Math.pow((double) n, 1.0 / (1.0 + epsilon));
  }

  /**
   * The minimax lower-bound order {@code v^{1/(1+ε)} K^{ε/(1+ε)} n^{1/(1+ε)}} (Bubeck et al. 2013),
   * without constant.
   */
  public static double minimaxLowerShape(long n, int arms, double epsilon, double v) {
    return Math.pow(v, 1.0 / (1.0 + epsilon))
        * Math.pow(arms, epsilon / (1.0 + epsilon))
        * Math.pow((double) n, 1.0 / (1.0 + epsilon));
  }
}
