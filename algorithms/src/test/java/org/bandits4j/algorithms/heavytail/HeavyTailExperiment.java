package org.bandits4j.algorithms.heavytail;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.IndexPolicy;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.ParetoEnvironment;
import org.bandits4j.simulators.env.StudentTEnvironment;

/**
 * The heavy-tail instances and baselines of the Robust UCB regret tests.
 *
 * <ul>
 *   <li>{@link #specC()}: spec C's instance, {@code X = μ_i + s (Y - E Y)}, {@code Y ~ Pareto(1.8)}
 *       (infinite variance), {@code s} such that {@code E|X - μ|^{1.5} = v = 1} ({@code ε = 1/2}),
 *       {@code μ = (1, 0.7, 0.7, 0.7, 0.7)}.
 *   <li>{@link #studentT(double)}: ours, {@code X = μ_i + s T_3} (Student-t, 3 degrees of freedom:
 *       finite variance {@code 3 s²}, infinite third moment; {@code ε = 1}), {@code μ = (1, 0)}.
 *       With {@code s = 1} Robust UCB reaches its logarithmic regime well within {@code 10^5}
 *       rounds; with {@code s = 1.5} plain UCB1's sub-Gaussian confidence intervals fail visibly.
 *   <li>{@link #minimax(long)}: ours, spec C's Pareto law with two arms and the minimax-style gap
 *       {@code Δ_T = 2 T^{-ε/(1+ε)} = 2 T^{-1/3}}, one instance per horizon.
 * </ul>
 */
final class HeavyTailExperiment {

  static final double[] SPEC_C_MEANS = {1.0, 0.7, 0.7, 0.7, 0.7};
  static final String REFERENCES = "/regret/reference-variance-heavytail.csv";

  private HeavyTailExperiment() {}

  static ParetoEnvironment specC() {
    return ParetoEnvironment.withCentralMoment(1.8, 1.5, 1.0, SPEC_C_MEANS);
  }

  static StudentTEnvironment studentT(double scale) {
    return new StudentTEnvironment(3, scale, 1.0, 0.0);
  }

  static double minimaxGap(long horizon) {
    return 2.0 * Math.pow((double) horizon, -1.0 / 3.0);
  }

  static ParetoEnvironment minimax(long horizon) {
    return ParetoEnvironment.withCentralMoment(1.8, 1.5, 1.0, minimaxGap(horizon), 0.0);
  }

  /**
   * Plain UCB1 on raw rewards, as if they lay in {@code [0, 1]}: index {@code μ̂ + sqrt(2 ln t /
   * N)}, any finite reward accepted (spec C's "naive UCB1").
   */
  record NaiveUcb1() implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "naive-ucb1";
    }

    @Override
    public Bandit create(ArmSet arms) {
      return new IndexPolicy(this, arms) {
        @Override
        protected double index(int i, RandomGenerator rng) {
          return sum(i) / pulls(i) + Math.sqrt(2 * Math.log((double) plays()) / pulls(i));
        }
      };
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only baseline");
    }
  }

  /**
   * A broken Robust UCB whose truncated mean keeps the samples it should drop and drops the rest
   * ({@code |X_k| > B_k} instead of {@code <=}): a wrong estimator with the right width.
   */
  record InvertedTruncation(double epsilon, double u) implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "broken-robust-ucb";
    }

    @Override
    public Bandit create(ArmSet arms) {
      return new Bandit() {
        private final TruncatedMeanSamples[] honest = new TruncatedMeanSamples[arms.size()];
        private final double[] total = new double[arms.size()];
        private final double[] index = new double[arms.size()];
        private final ArgMax argMax = new ArgMax();
        private long t;
        private long step;

        {
          for (int i = 0; i < honest.length; i++) {
            honest[i] = new TruncatedMeanSamples(epsilon, u);
          }
        }

        @Override
        public Selection select(RandomGenerator rng) {
          for (int i = 0; i < honest.length; i++) {
            if (honest[i].n == 0) {
              return new Selection(arms.get(i), 1.0, ++step);
            }
          }
          double level = 2 * Math.log((double) t);
          for (int i = 0; i < honest.length; i++) {
            // the bug: the mean of the samples the truncated mean drops (|X_k| > B_k)
            double kept = honest[i].estimate(level, t, null);
            index[i] = total[i] / honest[i].n - kept + honest[i].width(level, t);
          }
          return new Selection(arms.get(argMax.select(index, rng)), 1.0, ++step);
        }

        @Override
        public void update(Selection selection, double reward) {
          int i = selection.arm().index();
          honest[i].add(reward);
          total[i] += reward;
          t++;
        }

        @Override
        public ArmSet arms() {
          return arms;
        }

        @Override
        public PolicySpec<?> descriptor() {
          return InvertedTruncation.this;
        }

        @Override
        public PolicyState snapshot() {
          throw new UnsupportedOperationException("test-only broken policy");
        }
      };
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only broken policy");
    }
  }
}
