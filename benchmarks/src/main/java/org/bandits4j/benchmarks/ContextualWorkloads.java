package org.bandits4j.benchmarks;

import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linear.LinTsSpec;
import org.bandits4j.algorithms.linear.LinUcbSpec;
import org.bandits4j.algorithms.linear.OfulSpec;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.contextual.ContextualProcess;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearModel;
import org.bandits4j.simulators.random.RandomStream;

/**
 * The contextual workloads (shared/WORKLOADS.md): W3's shape and its draws, recorded once per trial
 * into tables so that benchmarks time the policy, not the generator.
 */
final class ContextualWorkloads {

  /** W3: features. */
  static final int W3_D = 20;

  /** W3: arms. */
  static final int W3_K = 10;

  /** W3: rounds. */
  static final int W3_HORIZON = 20_000;

  /** W3: reward noise standard deviation. */
  static final double W3_NOISE = 0.1;

  /** W4: rounds per feedback batch. */
  static final int W4_BATCH = 1000;

  private ContextualWorkloads() {}

  /** One recorded run of a contextual environment: contexts, rewards and means per round. */
  @SuppressWarnings("ArrayRecordComponent") // a benchmark-local holder, never compared or hashed
  record Table(Context[] contexts, double[][] rewards, double[][] means) {

    /** The pseudo-regret of choosing {@code arm} in round {@code t} (0-based). */
    double regret(int t, int arm) {
      double best = Double.NEGATIVE_INFINITY;
      for (double m : means[t]) {
        best = Math.max(best, m);
      }
      return best - means[t][arm];
    }
  }

  /**
   * W3's environment: shared {@code x ~ N(0, I_d)}, {@code θ_k ~ N(0, I/d)}, reward {@code x·θ_k +
   * N(0, 0.1²)}.
   */
  static LinearEnvironment w3(int d, int k) {
    return new LinearEnvironment(LinearModel.sharedContext(k, d), W3_NOISE);
  }

  /** {@code rounds} rounds of an environment recorded from {@code stream}. */
  static Table record(LinearEnvironment env, int rounds, RandomStream stream) {
    ContextualProcess p = env.start(stream);
    int k = env.arms().size();
    Context[] contexts = new Context[rounds];
    double[][] rewards = new double[rounds][k];
    double[][] means = new double[rounds][k];
    for (int t = 0; t < rounds; t++) {
      contexts[t] = p.context(t + 1);
      for (int a = 0; a < k; a++) {
        rewards[t][a] = p.pull(t + 1, a);
        means[t][a] = p.mean(t + 1, a);
      }
    }
    return new Table(contexts, rewards, means);
  }

  /** The benchmarked contextual policies by name, for {@code d} features. */
  static PolicySpec<? extends ContextualBandit> policy(String name, int d) {
    return switch (name) {
      case "linucb" -> LinUcbSpec.of(d, 1.0);
      case "linucb-cholesky" -> LinUcbSpec.of(d, 1.0).withKernel(RidgeKernel.CHOLESKY);
      case "lints" -> LinTsSpec.disjoint(d, 1.0);
      case "lints-cholesky" -> LinTsSpec.disjoint(d, 1.0).withKernel(RidgeKernel.CHOLESKY);
      case "oful" -> OfulSpec.of(d, 0.05, W3_NOISE, 1.0);
      default -> throw new IllegalArgumentException("unknown policy " + name);
    };
  }
}
