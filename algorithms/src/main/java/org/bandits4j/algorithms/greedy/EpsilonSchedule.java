package org.bandits4j.algorithms.greedy;

/**
 * How the exploration rate of {@link EpsilonGreedy} evolves with the round {@code t} (the number of
 * rewards learned plus one), for {@code K} arms and the spec's {@code ε}.
 */
public enum EpsilonSchedule {
  /** {@code ε_t = ε}: linear regret, the A/B-testing classic. */
  CONSTANT,
  /**
   * {@code ε_t = min(1, ε K / t)}: the decaying schedule of Auer, Cesa-Bianchi and Fischer (2002),
   * Theorem 3, where their {@code c / d²} is this {@code ε}; logarithmic regret when {@code ε} is
   * large enough relative to the smallest gap {@code d}.
   */
  INVERSE_TIME,
  /** {@code ε_t = min(1, ε sqrt(K / t))}: a gap-free compromise. */
  INVERSE_SQRT_TIME;

  /** The exploration rate at round {@code t >= 1} with {@code k} arms. */
  public double rate(double epsilon, int k, long t) {
    return switch (this) {
      case CONSTANT -> epsilon;
      case INVERSE_TIME -> Math.min(1.0, epsilon * k / t);
      case INVERSE_SQRT_TIME -> Math.min(1.0, epsilon * Math.sqrt((double) k / t));
    };
  }
}
