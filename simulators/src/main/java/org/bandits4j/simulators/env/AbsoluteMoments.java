package org.bandits4j.simulators.env;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;

/**
 * Absolute moments {@code E|a + b Y|^p} of a continuous law by quadrature in probability space.
 *
 * <p>{@code E g(Y) = ∫_0^1 g(Q(u)) du} with {@code Q} the quantile function (Commons Statistics),
 * split at the kink {@code Q(u) = -a/b} and at the median. On a piece that reaches {@code u = 0}
 * (lower tail) the substitution {@code u = w^m}, and on one that reaches {@code u = 1} (upper tail)
 * {@code 1 - u = w^m} with {@code Q} from the inverse survival function, turn the power singularity
 * of a tail with index {@code α} ({@code g ~ (1 - u)^{-p/α}}) into a bounded integrand when {@code
 * m >= 1 / (1 - p/α)}; each piece is then integrated by Hipparchus' iterative Gauss–Legendre rule
 * (relative accuracy {@code 1e-10}).
 *
 * <p>Thread safety: stateless.
 */
final class AbsoluteMoments {

  private static final int POINTS = 24;
  private static final double RELATIVE = 1e-10;
  private static final double ABSOLUTE = 1e-300;
  private static final int MAX_EVALUATIONS = 20_000_000;

  private AbsoluteMoments() {}

  /**
   * {@code E|a + b Y|^p}.
   *
   * @param law the law of {@code Y}
   * @param tailIndex the exponent {@code α} of the heavier tail ({@code P(|Y| > y) ~ y^-α}), {@code
   *     Double.POSITIVE_INFINITY} for lighter tails; the moment must be finite ({@code p < α})
   */
  static double of(ContinuousDistribution law, double tailIndex, double a, double b, double p) {
    if (!(p > 0) || !(p < tailIndex)) {
      throw new IllegalArgumentException(
          "moment order p must be in (0, " + tailIndex + ") for this law, was " + p);
    }
    int m = (int) Math.ceil(4.0 / (1.0 - p / Math.min(tailIndex, 1e9)));
    DoubleUnaryOperator g = y -> Math.pow(Math.abs(a + b * y), p);
    double kink = b == 0 ? 0.5 : clamp(law.cumulativeProbability(-a / b));
    double[] cuts = kink < 0.5 ? new double[] {0, kink, 0.5, 1} : new double[] {0, 0.5, kink, 1};
    double total = 0;
    for (int j = 0; j + 1 < cuts.length; j++) {
      double lo = cuts[j];
      double hi = cuts[j + 1];
      if (hi > lo) {
        total += piece(law, g, lo, hi, m);
      }
    }
    return total;
  }

  private static double clamp(double u) {
    return Math.min(1.0, Math.max(0.0, u));
  }

  /** {@code ∫_lo^hi g(Q(u)) du}, with a tail substitution at an end that is 0 or 1. */
  private static double piece(
      ContinuousDistribution law, DoubleUnaryOperator g, double lo, double hi, int m) {
    IterativeLegendreGaussIntegrator rule =
        new IterativeLegendreGaussIntegrator(POINTS, RELATIVE, ABSOLUTE);
    if (lo == 0.0) {
      // u = w^m, du = m w^{m-1} dw
      return rule.integrate(
          MAX_EVALUATIONS,
          w -> {
            double u = Math.pow(w, m);
            return u <= 0
                ? 0
                : g.applyAsDouble(law.inverseCumulativeProbability(u)) * m * Math.pow(w, m - 1);
          },
          0,
          Math.pow(hi, 1.0 / m));
    }
    if (hi == 1.0) {
      // 1 - u = w^m
      return rule.integrate(
          MAX_EVALUATIONS,
          w -> {
            double q = Math.pow(w, m);
            return q <= 0
                ? 0
                : g.applyAsDouble(law.inverseSurvivalProbability(q)) * m * Math.pow(w, m - 1);
          },
          0,
          Math.pow(1.0 - lo, 1.0 / m));
    }
    return rule.integrate(
        MAX_EVALUATIONS, u -> g.applyAsDouble(law.inverseCumulativeProbability(u)), lo, hi);
  }
}
