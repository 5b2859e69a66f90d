package org.bandits4j.simulators.bounds;

import java.util.Arrays;

/**
 * Lower bounds on the regret of any reasonable policy.
 *
 * <p>Lai and Robbins (1985), Burnetas and Katehakis (1996): a consistent policy has {@code liminf
 * R_n / ln n >= C_LR = sum_{i: Δ_i > 0} Δ_i / KL_inf(ν_i, μ*)}; for Bernoulli arms {@code KL_inf =
 * kl(μ_i, μ*)}, for Gaussian arms with known variance {@code σ²} it is {@code Δ_i² / (2σ²)}, so
 * {@code C_LR = sum 2σ²/Δ_i}; for Poisson and exponential arms it is the family's divergence
 * between the arm's mean and the best mean (one-parameter exponential families). The bound is
 * asymptotic: finite-time regret of good policies can sit below {@code C_LR ln n}, so it is drawn,
 * not asserted.
 *
 * <p>Minimax (Lattimore and Szepesvári 2020, Theorem 15.2): for {@code n >= K - 1} every policy has
 * a unit-variance Gaussian instance with {@code R_n >= sqrt((K - 1) n) / 27}.
 */
public final class LowerBounds {

  private LowerBounds() {}

  /** The Lai–Robbins constant of Bernoulli arms with these means. */
  public static double laiRobbinsBernoulli(double... means) {
    double best = max(means);
    double c = 0.0;
    for (double mu : means) {
      if (mu < best) {
        c += (best - mu) / Divergences.bernoulli(mu, best);
      }
    }
    return c;
  }

  /** The Lai–Robbins constant of Gaussian arms with known common standard deviation. */
  public static double laiRobbinsGaussian(double sigma, double... means) {
    double best = max(means);
    double c = 0.0;
    for (double mu : means) {
      if (mu < best) {
        c += 2.0 * sigma * sigma / (best - mu);
      }
    }
    return c;
  }

  /** The Lai–Robbins constant of Poisson arms with these means. */
  public static double laiRobbinsPoisson(double... means) {
    double best = max(means);
    double c = 0.0;
    for (double mu : means) {
      if (mu < best) {
        c += (best - mu) / Divergences.poisson(mu, best);
      }
    }
    return c;
  }

  /** The Lai–Robbins constant of exponential arms with these means. */
  public static double laiRobbinsExponential(double... means) {
    double best = max(means);
    double c = 0.0;
    for (double mu : means) {
      if (mu < best) {
        c += (best - mu) / Divergences.exponential(mu, best);
      }
    }
    return c;
  }

  /** The minimax lower bound {@code sqrt((K - 1) n) / 27}. */
  public static double minimax(int arms, long n) {
    return Math.sqrt((arms - 1.0) * n) / 27.0;
  }

  static double max(double[] means) {
    if (means.length == 0) {
      throw new IllegalArgumentException("means must not be empty");
    }
    return Arrays.stream(means).max().orElseThrow();
  }
}
