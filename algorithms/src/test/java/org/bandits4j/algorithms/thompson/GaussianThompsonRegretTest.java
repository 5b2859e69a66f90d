package org.bandits4j.algorithms.thompson;

import static org.bandits4j.algorithms.RegretExperiments.mean;
import static org.bandits4j.algorithms.RegretExperiments.se;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.IndexPolicy;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.env.GaussianEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gaussian Thompson sampling regret (spec algorithms-mab.md §B.2), the spec's configuration:
 * Gaussian arms, {@code σ = 1}, means {@code (1, 0.5, 0.5, 0)}, prior {@code N(0, 10^4)}, 200
 * replications to {@code 10^5}, master seed 1701; {@code C_LR = sum 2σ²/Δ_i = 10}.
 *
 * <ul>
 *   <li>{@code R_t / (C_LR ln t) <= 1.3} at every grid point (the spec's reference is 0.67 at
 *       {@code 10^5}; a false alarm needs a deviation of dozens of standard errors).
 *   <li>{@code R(10^5)} below that of UCB with {@code δ = 1/n²} (index {@code μ̂ + sqrt(4 ln n /
 *       N)}, {@code n = 10^5}) on the same seeds (reference 76.7 vs 211.3).
 *   <li>Agreement with the spec's independent reference numbers (§B.2: 39.8±1.6, 56.6±1.5,
 *       76.7±1.6; UCB 211.3±2.7) within 5% or 3 combined SE.
 *   <li>Power: a sampler that takes the posterior precision {@code λ} for its variance (draws
 *       {@code h/λ + Z sqrt(λ)}) fails the ratio. (The milder slip the spec warns about, standard
 *       deviation {@code 1/λ} instead of {@code 1/sqrt(λ)}, is not caught by this statistic with
 *       {@code σ = 1}: it under-explores only after the first pulls, and 50 replications pass the
 *       ratio.)
 * </ul>
 */
class GaussianThompsonRegretTest {

  static final double[] MEANS = {1.0, 0.5, 0.5, 0.0};
  static final String REFERENCES = "/regret/reference-variance-heavytail.csv";
  static RegretCurves ts;
  static RegretCurves ucb;

  @BeforeAll
  static void run() {
    GaussianEnvironment env = new GaussianEnvironment(1.0, MEANS);
    ts = RegretExperiments.run(env, GaussianThompsonSpec.defaults(), 1701);
    ucb = RegretExperiments.run(env, new UcbDelta(100_000), 1701);
  }

  static boolean ratioWithin(RegretCurves c, double limit) {
    double cLr = LowerBounds.laiRobbinsGaussian(1.0, MEANS);
    for (long t : RegretExperiments.grid()) {
      if (mean(c, t) / (cLr * Math.log((double) t)) > limit) {
        return false;
      }
    }
    return true;
  }

  @Test
  void ratioToTheLaiRobbinsCurveStaysBelowOnePointThree() {
    assertTrue(ratioWithin(ts, 1.3));
  }

  @Test
  void beatsUcbWithDeltaOneOverNSquared() {
    assertTrue(
        mean(ts, 100_000) < mean(ucb, 100_000), mean(ts, 100_000) + " vs " + mean(ucb, 100_000));
  }

  @Test
  void agreesWithTheSpecsReferenceNumbers() {
    for (String policy : new String[] {"thompson-gaussian", "ucb-delta"}) {
      List<Reference> refs = RegretExperiments.references(REFERENCES, policy);
      assertFalse(refs.isEmpty());
      RegretCurves c = policy.equals("ucb-delta") ? ucb : ts;
      for (Reference ref : refs) {
        double m = mean(c, ref.t());
        assertTrue(ref.agrees(m, se(c, ref.t())), ref + " vs ours " + m + " ± " + se(c, ref.t()));
      }
    }
  }

  @Test
  void aPosteriorVarianceTakenForThePrecisionIsCaught() {
    RegretCurves broken =
        RegretExperiments.run(
            new GaussianEnvironment(1.0, MEANS), new PrecisionAsVariance(), 1701, 50);
    assertFalse(ratioWithin(broken, 1.3), "variance λ must fail the ratio");
  }

  /** UCB for 1-sub-Gaussian rewards with {@code δ = 1/n²}: {@code μ̂ + sqrt(4 ln n / N)}. */
  record UcbDelta(long horizon) implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "ucb-delta";
    }

    @Override
    public Bandit create(ArmSet arms) {
      double width = Math.sqrt(4 * Math.log((double) horizon));
      return new IndexPolicy(this, arms) {
        @Override
        protected double index(int i, RandomGenerator rng) {
          return sum(i) / pulls(i) + width / Math.sqrt((double) pulls(i));
        }
      };
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only baseline");
    }
  }

  /** The broken sampler: {@code θ = h/λ + Z sqrt(λ)} (prior N(0, 10^4), σ = 1). */
  record PrecisionAsVariance() implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "broken-thompson-gaussian";
    }

    @Override
    public Bandit create(ArmSet arms) {
      return new IndexPolicy(this, arms) {
        @Override
        protected double index(int i, RandomGenerator rng) {
          double lambda = 1e-4 + pulls(i);
          return sum(i) / lambda + NormalSampler.sample(rng) * Math.sqrt(lambda);
        }
      };
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only broken policy");
    }
  }
}
