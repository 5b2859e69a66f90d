package org.bandits4j.testkit;

import java.util.random.RandomGenerator;
import org.bandits4j.api.Context;

/**
 * The reward a contract suite feeds back for an arm in a context.
 *
 * <p>Implementations draw from {@code rng} only, so suites are reproducible.
 */
@FunctionalInterface
public interface RewardModel {

  /** The reward of arm {@code arm} (its index) in {@code context}. */
  double reward(Context context, int arm, RandomGenerator rng);

  /** Bernoulli rewards: arm {@code i} pays 1 with probability {@code means[i]}. */
  static RewardModel bernoulli(double... means) {
    double[] mu = means.clone();
    return (context, arm, rng) -> rng.nextDouble() < mu[arm % mu.length] ? 1.0 : 0.0;
  }

  /** Gaussian rewards {@code N(means[i], sigma²)}. */
  static RewardModel gaussian(double sigma, double... means) {
    double[] mu = means.clone();
    return (context, arm, rng) -> mu[arm % mu.length] + sigma * rng.nextGaussian();
  }

  /**
   * Linear rewards: {@code x · θ_arm + N(0, noise²)}, with {@code x} the context's shared vector,
   * or arm {@code arm}'s own vector and {@code θ_0} when the context has per-arm vectors only.
   */
  static RewardModel linear(double[][] thetas, double noise) {
    double[][] theta = new double[thetas.length][];
    for (int i = 0; i < thetas.length; i++) {
      theta[i] = thetas[i].clone();
    }
    return (context, arm, rng) -> {
      double[] x = context.hasShared() ? context.shared() : context.arm(arm);
      double[] w = context.hasShared() ? theta[arm % theta.length] : theta[0];
      double dot = 0.0;
      for (int j = 0; j < x.length; j++) {
        dot += x[j] * w[j];
      }
      return dot + noise * rng.nextGaussian();
    };
  }
}
