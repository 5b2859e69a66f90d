package org.bandits4j.algorithms.heavytail;

/** How often Robust UCB recomputes an estimate that depends on the round. */
public enum Evaluation {
  /** The estimator as published, recomputed at every decision (exact). */
  EXACT,
  /**
   * An approximation for {@link RobustEstimator#CATONI} only: the estimate of an arm with {@code n}
   * rewards in round {@code t} uses the first {@code 2^{floor log2 n}} rewards and the level of
   * round {@code 2^{floor log2 t}}, so it changes only when a count or the round crosses a power of
   * two. The guarantee is the published one at confidence {@code 4 t^-2} instead of {@code t^-2},
   * on at least half the rewards; the cost falls from O(n) per arm and round to O(log) evaluations
   * per arm. See {@code CatoniSamples}.
   */
  DOUBLING
}
