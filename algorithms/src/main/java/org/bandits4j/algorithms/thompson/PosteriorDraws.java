package org.bandits4j.algorithms.thompson;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;

/**
 * One posterior draw per arm, and the Monte-Carlo probability-of-best estimate built on it, shared
 * by the Thompson samplers.
 */
interface PosteriorDraws {

  /** A draw of arm {@code arm}'s mean from its posterior. */
  double draw(int arm, RandomGenerator rng);

  /**
   * The fraction of {@code samples} joint posterior draws (one per arm) in which each arm has the
   * largest draw, ties split uniformly. Allocates its result and scratch space.
   *
   * @throws IllegalArgumentException if {@code samples < 1}
   */
  static double[] probabilityOfBest(
      PosteriorDraws posterior, int arms, int samples, RandomGenerator rng) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, was " + samples);
    }
    double[] wins = new double[arms];
    double[] theta = new double[arms];
    ArgMax best = new ArgMax();
    for (int s = 0; s < samples; s++) {
      for (int i = 0; i < arms; i++) {
        theta[i] = posterior.draw(i, rng);
      }
      wins[best.select(theta, rng)] += 1.0;
    }
    for (int i = 0; i < arms; i++) {
      wins[i] /= samples;
    }
    return wins;
  }
}
