package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.ArmPullRuns;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.simulators.env.UniformEnvironment;

/**
 * Spec A.2's UCB-V experiment: rewards {@code μ_i + U[-0.05, 0.05]}, {@code μ = (0.55, 0.5, 0.45)},
 * {@code b = 1}, {@code ζ = 1.2}, {@code c = 1}, the spec's grid to {@code T = 10^5}; UCB1 ({@code
 * c = 2}) on common seeds as the baseline.
 */
final class UcbVExperiment {

  static final double[] MEANS = {0.55, 0.5, 0.45};
  static final double HALF_WIDTH = 0.05;
  static final long[] GRID = {100, 316, 1_000, 3_162, 10_000, 31_623, 100_000};
  static final String REFERENCES = "/regret/reference-variance-heavytail.csv";
  static final String INSTANCE = "uniform-a2";

  private UcbVExperiment() {}

  static UniformEnvironment environment() {
    return new UniformEnvironment(HALF_WIDTH, MEANS);
  }

  static ArmPullRuns run(PolicySpec<? extends Bandit> spec, int replications, long seed) {
    return ArmPullRuns.run(environment(), spec, GRID, replications, seed);
  }

  /** Spec A.2 (i): {@code 10 (σ²/Δ² + 2b/Δ) ln t} for a suboptimal arm (c_ζ = 10, recalled). */
  static double pullBound(long t, int arm) {
    double gap = MEANS[0] - MEANS[arm];
    double variance = environment().variance();
    return org.bandits4j.simulators.bounds.VarianceAwareBounds.ucbVPulls(t, 10, 1, gap, variance);
  }

  /**
   * A broken UCB-V that takes the raw second moment {@code sum x²/N} for the variance (forgetting
   * to centre it): the bonus then reflects the mean's size, not the spread.
   */
  record UncentredVariance() implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "broken-ucb-v";
    }

    @Override
    public Bandit create(ArmSet arms) {
      return new MomentIndexPolicy(this, arms, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY) {
        @Override
        double index(int i, double lnT) {
          double e = 1.2 * lnT;
          double n = pulls(i);
          double mean = sum(i) / n;
          double raw = (m2(i) + n * mean * mean) / n; // the bug: E x², not the variance
          return mean + Math.sqrt(2 * raw * e / n) + 3 * e / n;
        }
      };
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only broken policy");
    }
  }
}
