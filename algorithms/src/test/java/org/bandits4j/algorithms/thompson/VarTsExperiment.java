package org.bandits4j.algorithms.thompson;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.bandits4j.algorithms.ucb.UcbVSpec;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.GaussianEnvironment;
import org.bandits4j.simulators.env.RewardProcess;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.Summary;
import org.bandits4j.simulators.run.ReplicationRunner;

/**
 * Spec B.3's Bayes-regret experiment for VarTS. {@code K = 10} arms with the prior {@code μ_0 = 0,
 * κ_0 = 1, α_0 = 5, β_0 = 5 v_i}, where {@code v_i} is log-uniform on {@code [0.01, 1]} (drawn once
 * from seed 2303; heterogeneous variances). Each replication draws an instance from that prior —
 * precisions {@code τ_i ~ Gamma(5, rate 5 v_i)} (Commons RNG's sampler), {@code σ_i² = 1/τ_i},
 * means {@code μ_i ~ N(0, σ_i²)} — and runs every policy on it with common random numbers
 * (replication {@code r}'s stream, split in the runner's order: instance, environment, policy).
 * Bayes regret is the mean pseudo-regret over replications.
 *
 * <p>Policies: VarTS (Normal–Gamma TS with the true prior per arm); (a) Gaussian TS assuming the
 * common variance {@code max_i v_i} (prior {@code N(0, max v)}); (b) the oracle, Gaussian TS with
 * the instance's true {@code σ_i²} (prior {@code N(0, σ_i²)}, the exact conditional prior); (c)
 * UCB-V with {@code b = 6 max_i σ_i} (the spec's heuristic range).
 */
final class VarTsExperiment {

  static final int ARMS = 10;
  static final long[] GRID = {100, 316, 1_000, 3_162, 10_000};
  static final double ALPHA = 5.0;
  static final double[] V = priorVariances();

  /** The four policies, in report order. */
  enum Policy {
    VARTS,
    OVERESTIMATED,
    ORACLE,
    UCB_V
  }

  /** Per-replication pseudo-regret at each grid point, for every policy. */
  // a test-only holder read in place, never compared: array identity is fine; the policy's ordinal
  // indexes the per-policy arrays, which are built and read in the same run
  @SuppressWarnings({"ArrayRecordComponent", "EnumOrdinal"})
  record Result(double[][][] regret) {

    /** Mean regret of a policy at grid point {@code j}. */
    double mean(Policy p, int j) {
      return Summary.mean(column(p, j));
    }

    /** Standard error of the mean. */
    double se(Policy p, int j) {
      return Summary.standardDeviation(column(p, j)) / Math.sqrt(regret.length);
    }

    /** Standard error of the mean paired difference {@code a - b}. */
    double pairedSe(Policy a, Policy b, int j) {
      double[] d = new double[regret.length];
      for (int r = 0; r < d.length; r++) {
        d[r] = regret[r][a.ordinal()][j] - regret[r][b.ordinal()][j];
      }
      return Summary.standardDeviation(d) / Math.sqrt(d.length);
    }

    double[] column(Policy p, int j) {
      double[] v = new double[regret.length];
      for (int r = 0; r < v.length; r++) {
        v[r] = regret[r][p.ordinal()][j];
      }
      return v;
    }
  }

  private VarTsExperiment() {}

  private static double[] priorVariances() {
    RandomStream s = RandomStream.of(2303);
    double[] v = new double[ARMS];
    for (int i = 0; i < ARMS; i++) {
      v[i] = Math.exp(Math.log(0.01) * (1.0 - s.nextDouble()));
    }
    return v;
  }

  static double maxV() {
    double max = 0;
    for (double v : V) {
      max = Math.max(max, v);
    }
    return max;
  }

  /** VarTS: the prior {@code (0, 1, 5, 5 v_i)} per arm. */
  static NormalGammaThompsonSpec varTs() {
    Map<String, NormalGammaPrior> priors = new HashMap<>();
    for (int i = 0; i < ARMS; i++) {
      priors.put(Integer.toString(i), NormalGammaPrior.precisionMean(ALPHA, V[i]));
    }
    return NormalGammaThompsonSpec.varTs(priors);
  }

  /** An instance drawn from the prior: {@code [means, sigmas]}. */
  static double[][] instance(RandomStream stream) {
    UniformRandomProvider source = stream::nextLong;
    double[] means = new double[ARMS];
    double[] sigmas = new double[ARMS];
    for (int i = 0; i < ARMS; i++) {
      double precision =
          AhrensDieterMarsagliaTsangGammaSampler.of(source, ALPHA, 1.0 / (ALPHA * V[i])).sample();
      sigmas[i] = Math.sqrt(1.0 / precision);
      means[i] = sigmas[i] * stream.nextGaussian();
    }
    return new double[][] {means, sigmas};
  }

  static PolicySpec<? extends Bandit> spec(Policy p, double[] sigmas) {
    return switch (p) {
      case VARTS -> varTs();
      case OVERESTIMATED -> GaussianThompsonSpec.common(0.0, maxV(), maxV());
      case ORACLE -> {
        Map<String, GaussianArmPrior> priors = new HashMap<>();
        for (int i = 0; i < ARMS; i++) {
          double s2 = sigmas[i] * sigmas[i];
          priors.put(Integer.toString(i), new GaussianArmPrior(0.0, s2, s2));
        }
        yield new GaussianThompsonSpec(0.0, 1.0, 1.0, false, priors);
      }
      case UCB_V -> {
        double max = 0;
        for (double s : sigmas) {
          max = Math.max(max, s);
        }
        yield UcbVSpec.withRange(6.0 * max);
      }
    };
  }

  /** Runs every policy on {@code replications} instances drawn from master seed {@code seed}. */
  static Result run(int replications, long seed) {
    return run(replications, seed, p -> null);
  }

  /**
   * As {@link #run(int, long)}, with policies replaced where {@code override} returns a spec
   * (broken variants).
   */
  // the policy's ordinal indexes per-policy arrays built and read within this run
  @SuppressWarnings("EnumOrdinal")
  static Result run(
      int replications, long seed, Function<Policy, PolicySpec<? extends Bandit>> override) {
    long horizon = GRID[GRID.length - 1];
    ReplicationRunner runner =
        ReplicationRunner.builder().horizon(horizon).replications(replications).seed(seed).build();
    // identical streams for every policy: common instances, rewards and policy randomness
    RandomStream[][] streams = new RandomStream[Policy.values().length][];
    for (Policy p : Policy.values()) {
      streams[p.ordinal()] = runner.replicationStreams();
    }
    double[][][] regret = new double[replications][Policy.values().length][GRID.length];
    IntStream.range(0, replications)
        .parallel()
        .forEach(
            r -> {
              for (Policy p : Policy.values()) {
                RandomStream replication = streams[p.ordinal()][r];
                double[][] inst = instance(replication.split());
                GaussianEnvironment env = new GaussianEnvironment(inst[0], inst[1]);
                RewardProcess process = env.start(replication.split());
                RandomStream rng = replication.split();
                PolicySpec<? extends Bandit> spec = override.apply(p);
                Bandit policy = (spec != null ? spec : spec(p, inst[1])).create(env.arms());
                double pseudo = 0;
                int next = 0;
                for (long t = 1; t <= horizon; t++) {
                  Selection s = policy.select(rng);
                  int arm = s.arm().index();
                  policy.update(s, process.pull(t, arm));
                  pseudo += process.bestMean(t) - process.mean(t, arm);
                  if (t == GRID[next]) {
                    regret[r][p.ordinal()][next++] = pseudo;
                  }
                }
              }
            });
    return new Result(regret);
  }
}
