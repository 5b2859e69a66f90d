package org.bandits4j.algorithms.greedy;

/**
 * How the temperature of {@link Boltzmann} exploration evolves with the round {@code t} (the number
 * of rewards learned plus one), for the spec's temperature {@code τ}.
 */
public enum TemperatureSchedule {
  /** {@code τ_t = τ}: a fixed amount of exploration, hence linear regret. */
  CONSTANT,
  /** {@code τ_t = τ / ln(1 + t)}: the logarithmic annealing of simulated annealing. */
  INVERSE_LOG,
  /** {@code τ_t = τ / sqrt(t)}. */
  INVERSE_SQRT_TIME;

  /** The temperature at round {@code t >= 1}. */
  public double temperature(double tau, long t) {
    return switch (this) {
      case CONSTANT -> tau;
      case INVERSE_LOG -> tau / Math.log1p((double) t);
      case INVERSE_SQRT_TIME -> tau / Math.sqrt((double) t);
    };
  }
}
