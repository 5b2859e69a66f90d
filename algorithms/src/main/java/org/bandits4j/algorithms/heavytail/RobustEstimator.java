package org.bandits4j.algorithms.heavytail;

/**
 * The robust mean estimators of Robust UCB (Bubeck, Cesa-Bianchi, Lugosi 2013), with the moment
 * assumption each needs.
 */
public enum RobustEstimator {
  /**
   * Truncated empirical mean; assumes the raw moment bound {@code E|X|^{1+ε} <= u}. Exact and
   * incremental: O(1) amortised per round.
   */
  TRUNCATED_MEAN,
  /**
   * Median of means; assumes the central moment bound {@code E|X - μ|^{1+ε} <= v}. Exact, with
   * block sums from compensated prefix sums: O(k log k) when the blocks change, else O(1).
   */
  MEDIAN_OF_MEANS,
  /**
   * Catoni's M-estimator; assumes a variance bound {@code E(X - μ)² <= v} ({@code ε = 1}). Exact
   * evaluation costs O(N_i) per arm per round; see {@link Evaluation#DOUBLING}.
   */
  CATONI
}
