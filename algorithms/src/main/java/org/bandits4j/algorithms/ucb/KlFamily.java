package org.bandits4j.algorithms.ucb;

/**
 * The one-parameter reward families of the KL-UCB policies, each with its Kullback–Leibler
 * divergence {@code kl(p, q)} between the laws of means {@code p} and {@code q}, and the rewards it
 * accepts.
 *
 * <ul>
 *   <li>{@link #BERNOULLI}: {@code kl(p, q) = p ln(p/q) + (1-p) ln((1-p)/(1-q))}, rewards in {@code
 *       [0, 1]} (any law on {@code [0, 1]}: Garivier and Cappé 2011 show the Bernoulli divergence
 *       is valid for bounded rewards);
 *   <li>{@link #GAUSSIAN}: {@code kl(p, q) = (p - q)² / (2σ²)} with known {@code σ}, any finite
 *       reward;
 *   <li>{@link #POISSON}: {@code kl(p, q) = q - p + p ln(p/q)}, rewards {@code >= 0};
 *   <li>{@link #EXPONENTIAL}: {@code kl(p, q) = p/q - 1 - ln(p/q)} (means {@code p, q > 0}),
 *       rewards {@code >= 0}.
 * </ul>
 *
 * The conventions {@code 0 ln 0 = 0} hold at the edges ({@code p = 0}, {@code p = 1}). All four are
 * the divergences of one-parameter exponential families written in the mean parameter (Garivier and
 * Cappé 2011, §4; Cappé et al. 2013); the formulas were checked against SMPyBandits' {@code
 * kullback.py} and the values in {@code KlFamilyTest} were computed by hand.
 */
public enum KlFamily {
  /** Bernoulli (or any {@code [0, 1]}-valued) rewards. */
  BERNOULLI(0.0, 1.0),
  /** Gaussian rewards with known standard deviation {@code σ}. */
  GAUSSIAN(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
  /** Poisson (counts, or any non-negative) rewards. */
  POISSON(0.0, Double.POSITIVE_INFINITY),
  /** Exponential (or any non-negative) rewards. */
  EXPONENTIAL(0.0, Double.POSITIVE_INFINITY);

  private final double rewardMin;
  private final double rewardMax;

  KlFamily(double rewardMin, double rewardMax) {
    this.rewardMin = rewardMin;
    this.rewardMax = rewardMax;
  }

  /** The smallest reward the family's policies accept. */
  public double rewardMin() {
    return rewardMin;
  }

  /** The largest reward the family's policies accept (possibly +∞). */
  public double rewardMax() {
    return rewardMax;
  }

  /**
   * The divergence {@code kl(p, q)}; {@code sigma} is used by {@link #GAUSSIAN} only. Means outside
   * the family's range give {@code +∞} where the divergence is infinite (for example {@code q = 0 <
   * p} for Poisson) or NaN where it is undefined.
   */
  public double kl(double p, double q, double sigma) {
    return switch (this) {
      case BERNOULLI -> KlInverse.klBernoulli(p, q);
      case GAUSSIAN -> (p - q) * (p - q) / (2.0 * sigma * sigma);
      case POISSON -> KlInverse.klPoisson(p, q);
      case EXPONENTIAL -> KlInverse.klExponential(p, q);
    };
  }
}
