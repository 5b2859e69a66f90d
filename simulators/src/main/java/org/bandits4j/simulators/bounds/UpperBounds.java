package org.bandits4j.simulators.bounds;

/** Published finite-time regret upper bounds, as functions the tests and the runner draw. */
public final class UpperBounds {

  private UpperBounds() {}

  /**
   * UCB1 (Auer, Cesa-Bianchi, Fischer 2002, Theorem 1), rewards in {@code [0, 1]}: {@code R_n <= 8
   * sum_{Δ_i > 0} ln(n)/Δ_i + (1 + π²/3) sum_i Δ_i}.
   */
  public static double ucb1(long n, double... means) {
    double best = LowerBounds.max(means);
    double logTerm = 0.0;
    double gaps = 0.0;
    for (double mu : means) {
      double gap = best - mu;
      if (gap > 0) {
        logTerm += Math.log((double) n) / gap;
        gaps += gap;
      }
    }
    return 8.0 * logTerm + (1.0 + Math.PI * Math.PI / 3.0) * gaps;
  }
}
