package org.bandits4j.benchmarks;

import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.env.RewardProcess;
import org.bandits4j.simulators.env.TableEnvironment;
import org.bandits4j.simulators.random.RandomStream;

/** The shapes of the standard workloads (shared/WORKLOADS.md). */
final class Workloads {

  /** W1/W2: Bernoulli bandit, K = 10, means 0.05, 0.10, ..., 0.50 (best arm 9). */
  static final double[] W1_MEANS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50};

  /** W1 horizon. */
  static final int W1_HORIZON = 100_000;

  /** W2: replications and horizon. */
  static final int W2_REPLICATIONS = 100;

  /** W2 horizon. */
  static final int W2_HORIZON = 10_000;

  private Workloads() {}

  static BernoulliEnvironment w1Environment() {
    return new BernoulliEnvironment(W1_MEANS);
  }

  /** W1's rewards drawn once into a T x K table (with the true means for pseudo-regret). */
  static TableEnvironment w1Table(RandomStream stream) {
    RewardProcess draws = w1Environment().start(stream);
    double[][] rows = new double[W1_HORIZON][W1_MEANS.length];
    for (int t = 0; t < W1_HORIZON; t++) {
      for (int i = 0; i < W1_MEANS.length; i++) {
        rows[t][i] = draws.pull(t + 1, i);
      }
    }
    return TableEnvironment.of(rows).withMeans(W1_MEANS);
  }

  /** UCB1 with index mean + sqrt(2 ln n / n_k), or Beta(1,1) Thompson sampling. */
  static PolicySpec<? extends Bandit> policy(String name) {
    return switch (name) {
      case "ucb1" -> Ucb1Spec.defaults();
      case "thompson" -> BetaThompsonSpec.defaults();
      default -> throw new IllegalArgumentException("unknown workload policy " + name);
    };
  }
}
