package org.bandits4j.simulators.bounds;

/**
 * Published regret upper bounds, as functions the tests and the runner draw.
 *
 * <p>Where a paper proves only an asymptotic rate, no finite-time function is offered: KL-UCB,
 * KL-UCB+ and KL-UCB++ have {@code limsup R_n / ln n <= C_LR} (draw {@code C_LR ln n} with {@link
 * LowerBounds}); anytime MOSS has an {@code O(sqrt(K n))} bound whose constant we could not check;
 * discounted Thompson sampling has no bound. For sliding-window and discounted UCB only the order
 * of Garivier and Moulines' bound is given (their constants were not read).
 */
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

  /**
   * KL-UCB on Bernoulli arms in the form of Lattimore and Szepesvári (2020), Theorem 10.6, whose
   * level is {@code ln f(t)}, {@code f(t) = 1 + t ln²(t)}: for every suboptimal arm {@code
   * E[N_i(n)] <= inf_{ε1, ε2 > 0, ε1 + ε2 < Δ_i} ( ln f(n) / kl(μ_i + ε1, μ* - ε2) + 1/(2 ε1²) +
   * 2/ε2² )}, so {@code R_n <= sum_i Δ_i min(n, that infimum)}. The infimum is taken over a grid of
   * 199 × 199 splits of {@code Δ_i}. It covers KL-UCB with that level, not the lighter level {@code
   * ln t} of the spec's reference runs (which are checked against {@code C_LR ln n} instead).
   * Checked against the proof of Theorem 10.6 in the book.
   */
  public static double klUcbBernoulli(long n, double... means) {
    double best = LowerBounds.max(means);
    double lnN = Math.log((double) n);
    double level = Math.log1p(n * lnN * lnN);
    double regret = 0.0;
    for (double mu : means) {
      double gap = best - mu;
      if (gap <= 0) {
        continue;
      }
      double pulls = n;
      for (int a = 1; a < 200; a++) {
        for (int b = 1; a + b < 200; b++) {
          double e1 = gap * a / 200.0;
          double e2 = gap * b / 200.0;
          double kl = Divergences.bernoulli(mu + e1, best - e2);
          double bound = level / kl + 1.0 / (2.0 * e1 * e1) + 2.0 / (e2 * e2);
          pulls = Math.min(pulls, bound);
        }
      }
      regret += gap * pulls;
    }
    return regret;
  }

  /**
   * MOSS (Audibert and Bubeck 2009) with horizon {@code n}, rewards in {@code [0, 1]}: {@code R_n
   * <= 49 sqrt(n K)} (constant recalled from the paper, not re-read).
   */
  public static double moss(long n, int arms) {
    return 49.0 * Math.sqrt((double) n * arms);
  }

  /**
   * EXP3 with learning rate {@code η} on any reward table in {@code [0,1]^{n×K}} fixed in advance:
   * {@code R_n <= ln K / η + η n K / 2} (Lattimore and Szepesvári 2020, proof of Theorem 11.2,
   * valid for every {@code η > 0}); with {@code η = sqrt(2 ln K / (nK))} it is {@code sqrt(2 n K ln
   * K)}.
   */
  public static double exp3(long n, int arms, double eta) {
    return Math.log(arms) / eta + eta * n * arms / 2.0;
  }

  /**
   * EXP3 tuned by Lattimore and Szepesvári's Theorem 11.1 ({@code η = sqrt(ln K / (nK))}): {@code
   * R_n <= 2 sqrt(n K ln K)}, the spec's pass criterion (algorithms-mab.md §G.4).
   */
  public static double exp3Tuned(long n, int arms) {
    return 2.0 * Math.sqrt(n * arms * Math.log(arms));
  }

  /**
   * EXP3-IX with {@code η = sqrt(2 ln(K+1)/(nK))}, {@code γ = η/2} (Lattimore and Szepesvári 2020,
   * Theorem 12.1; Neu 2015): with probability at least {@code 1 - δ} the realised regret against
   * the best fixed arm is at most {@code 2 sqrt(2 n K ln(K+1)) + (sqrt(n K / (2 ln(K+1))) + 1)
   * ln(1/δ)} (constants as the spec recalls them).
   */
  public static double exp3Ix(long n, int arms, double delta) {
    if (!(delta > 0.0 && delta < 1.0)) {
      throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
    }
    double lk = Math.log(arms + 1.0);
    return 2.0 * Math.sqrt(2.0 * n * arms * lk)
        + (Math.sqrt(n * arms / (2.0 * lk)) + 1.0) * Math.log(1.0 / delta);
  }

  /**
   * The order {@code sqrt(T Υ ln T)} of sliding-window UCB's dynamic regret with the tuned window
   * (Garivier and Moulines 2011), for {@code Υ} breakpoints; multiply by a constant to draw it (the
   * spec's pass criterion uses 4).
   */
  public static double slidingWindowUcbOrder(long horizon, int breakpoints) {
    double t = horizon;
    return Math.sqrt(t * breakpoints * Math.log(t));
  }

  /**
   * The order {@code sqrt(T Υ) ln T} of discounted UCB's dynamic regret with the tuned discount
   * (Garivier and Moulines 2011); the spec's pass criterion uses the constant 4.
   */
  public static double discountedUcbOrder(long horizon, int breakpoints) {
    double t = horizon;
    return Math.sqrt(t * breakpoints) * Math.log(t);
  }

  /**
   * Not a published bound but the limit (ours) of the per-round pseudo-regret of Boltzmann
   * exploration at constant temperature {@code τ}: as every mean estimate converges, arm {@code i}
   * is played with probability {@code p_i = exp(μ_i/τ) / sum_j exp(μ_j/τ)}, so the regret grows
   * like {@code T sum_i p_i Δ_i}.
   */
  public static double boltzmannRate(double temperature, double... means) {
    double best = LowerBounds.max(means);
    double total = 0.0;
    double weighted = 0.0;
    for (double mu : means) {
      double w = Math.exp((mu - best) / temperature);
      total += w;
      weighted += w * (best - mu);
    }
    return weighted / total;
  }
}
