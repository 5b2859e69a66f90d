package org.bandits4j.simulators.bounds;

/**
 * Regret bounds of the variance-aware policies (UCB-V, Gaussian Thompson sampling with known
 * variances, VarTS), as functions the tests and the runner draw. UCB1-Tuned has none: Auer,
 * Cesa-Bianchi and Fischer (2002) state no bound for it.
 */
public final class VarianceAwareBounds {

  private VarianceAwareBounds() {}

  /**
   * UCB-V (Audibert, Munos, Szepesvári 2009): the bound on the expected pulls of a suboptimal arm,
   * {@code c_ζ (σ²/Δ² + 2b/Δ) ln n}. The paper proves it with a constant {@code c_ζ} depending on
   * {@code ζ}; the spec recalls {@code c_ζ = 10} for {@code ζ = 1.2} (not re-read).
   *
   * @throws IllegalArgumentException if {@code gap <= 0}
   */
  public static double ucbVPulls(long n, double cZeta, double b, double gap, double variance) {
    if (!(gap > 0)) {
      throw new IllegalArgumentException("gap must be > 0, was " + gap);
    }
    return cZeta * (variance / (gap * gap) + 2.0 * b / gap) * Math.log((double) n);
  }

  /**
   * UCB-V regret: {@code sum_{Δ_i > 0} c_ζ (σ_i²/Δ_i + 2b) ln n}.
   *
   * @param variances per-arm reward variances, in the order of {@code means}
   */
  public static double ucbV(long n, double cZeta, double b, double[] means, double[] variances) {
    checkLengths(means, variances);
    double best = LowerBounds.max(means);
    double total = 0;
    for (int i = 0; i < means.length; i++) {
      double gap = best - means[i];
      if (gap > 0) {
        total += gap * ucbVPulls(n, cZeta, b, gap, variances[i]);
      }
    }
    return total;
  }

  /**
   * Gaussian Thompson sampling with known variances, flat prior (Korda, Kaufmann, Munos 2013): the
   * asymptotic regret {@code sum_{Δ_i > 0} 2σ_i² ln n / Δ_i} (the Lai–Robbins curve; finite-time
   * regret may lie below it, so it is drawn, not asserted).
   */
  public static double gaussianThompsonAsymptotic(long n, double[] means, double[] variances) {
    checkLengths(means, variances);
    double best = LowerBounds.max(means);
    double total = 0;
    for (int i = 0; i < means.length; i++) {
      double gap = best - means[i];
      if (gap > 0) {
        total += 2.0 * variances[i] / gap;
      }
    }
    return total * Math.log((double) n);
  }

  /**
   * The shape of the Bayes regret bound of Gaussian Thompson sampling with known arm-specific
   * variances (Saha and Kveton 2024, Theorem 1 as the public reviews state it): {@code sqrt(n sum_i
   * σ_i²) ln n}, with constant 1 — a shape for plots and slope tests, not a bound with the paper's
   * constant (which was not readable). VarTS's bound "resembles" it with the prior's expected
   * variances.
   */
  public static double bayesRegretShape(long n, double[] variances) {
    double sum = 0;
    for (double v : variances) {
      sum += v;
    }
    return Math.sqrt(n * sum) * Math.log((double) n);
  }

  private static void checkLengths(double[] means, double[] variances) {
    if (means.length != variances.length) {
      throw new IllegalArgumentException(
          "one variance per arm needed: "
              + means.length
              + " means, "
              + variances.length
              + " variances");
    }
  }
}
