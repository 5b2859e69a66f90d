package org.bandits4j.simulators.bounds;

/**
 * Kullback–Leibler divergences of the reward families used by lower and upper bounds: Bernoulli,
 * Gaussian with known variance, Poisson and exponential, each between the laws of two means.
 */
public final class Divergences {

  private static final double EPS = 1e-15;

  private Divergences() {}

  /**
   * Bernoulli divergence {@code kl(p, q) = p ln(p/q) + (1-p) ln((1-p)/(1-q))}, with {@code p, q}
   * clamped to {@code [1e-15, 1 - 1e-15]} and {@code 0 ln 0 = 0}.
   */
  public static double bernoulli(double p, double q) {
    double pp = clamp(p);
    double qq = clamp(q);
    return xlogx(pp, qq) + xlogx(1.0 - pp, 1.0 - qq);
  }

  /** Gaussian divergence with known variance: {@code (p - q)² / (2 σ²)}. */
  public static double gaussian(double p, double q, double sigma) {
    double d = p - q;
    return d * d / (2.0 * sigma * sigma);
  }

  /**
   * Poisson divergence {@code kl(p, q) = q - p + p ln(p/q)} ({@code 0 ln 0 = 0}); {@code +∞} for
   * {@code q = 0 < p}.
   */
  public static double poisson(double p, double q) {
    if (p == 0.0) {
      return q;
    }
    return q == 0.0 ? Double.POSITIVE_INFINITY : q - p + p * Math.log(p / q);
  }

  /**
   * Exponential divergence {@code kl(p, q) = p/q - 1 - ln(p/q)} for means {@code p, q > 0}; {@code
   * +∞} when exactly one of them is 0.
   */
  public static double exponential(double p, double q) {
    if (p == 0.0 || q == 0.0) {
      return p == q ? 0.0 : Double.POSITIVE_INFINITY;
    }
    double r = p / q;
    return r - 1.0 - Math.log(r);
  }

  private static double xlogx(double x, double y) {
    return x == 0.0 ? 0.0 : x * Math.log(x / y);
  }

  private static double clamp(double x) {
    return Math.min(Math.max(x, EPS), 1.0 - EPS);
  }
}
