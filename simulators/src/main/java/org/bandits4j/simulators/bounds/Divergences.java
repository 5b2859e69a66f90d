package org.bandits4j.simulators.bounds;

/** Kullback–Leibler divergences of the reward families used by lower and upper bounds. */
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

  private static double xlogx(double x, double y) {
    return x == 0.0 ? 0.0 : x * Math.log(x / y);
  }

  private static double clamp(double x) {
    return Math.min(Math.max(x, EPS), 1.0 - EPS);
  }
}
