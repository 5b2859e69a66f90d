package org.bandits4j.algorithms.linalg;

/**
 * Settings shared by the ridge models of a bank.
 *
 * @param lambda ridge regularisation {@code λ > 0}: {@code V = λI + Σ x xᵀ}
 * @param kernel the derived factor kept for queries
 * @param refactorInterval refactorise a model from its raw statistics after this many updates;
 *     {@code 0} selects the default {@code max(1000, 10 d)} (spec §0.2.5); otherwise {@code >= 1}
 * @param switchGrowth lazy ("rarely switching") updates: {@code 0} answers queries from the current
 *     statistics; {@code C > 0} answers them from the statistics as of the last switch, and
 *     switches when {@code det V} has grown by the factor {@code 1 + C} since (Abbasi-Yadkori, Pál
 *     and Szepesvári 2011, §5); finite and {@code >= 0}
 */
public record RidgeOptions(
    double lambda, RidgeKernel kernel, int refactorInterval, double switchGrowth) {

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException naming the setting and the value
   */
  public RidgeOptions {
    if (!(lambda > 0.0) || lambda == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("lambda must be finite and > 0, was " + lambda);
    }
    if (kernel == null) {
      throw new IllegalArgumentException("kernel must not be null");
    }
    if (refactorInterval < 0) {
      throw new IllegalArgumentException(
          "refactorInterval must be >= 0 (0 = default), was " + refactorInterval);
    }
    if (!(switchGrowth >= 0.0) || switchGrowth == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "switchGrowth must be finite and >= 0, was " + switchGrowth);
    }
  }

  /** Ridge {@code λ} with the given kernel, default refactorisation, no lazy updates. */
  public static RidgeOptions of(double lambda, RidgeKernel kernel) {
    return new RidgeOptions(lambda, kernel, 0, 0.0);
  }

  /** The same options with another switch growth. */
  public RidgeOptions withSwitchGrowth(double value) {
    return new RidgeOptions(lambda, kernel, refactorInterval, value);
  }

  /** The refactorisation interval in effect for dimension {@code d}. */
  public int refactorIntervalFor(int d) {
    return refactorInterval > 0 ? refactorInterval : Math.max(1000, 10 * d);
  }

  /** Whether queries read the statistics as of the last switch. */
  public boolean lazy() {
    return switchGrowth > 0.0;
  }
}
