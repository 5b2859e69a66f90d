package org.bandits4j.algorithms.thompson;

import static org.bandits4j.algorithms.RegretExperiments.mean;
import static org.bandits4j.algorithms.RegretExperiments.se;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Beta–Bernoulli Thompson sampling regret (spec §B.1): 1000 replications to 10^5 on Bern-A and
 * Bern-B, master seeds 201 and 202; statistic {@code R_t / (C_LR ln t)}.
 *
 * <p>Why 1000 replications and not the spec's 200: Thompson sampling's regret is heavy-tailed.
 * Replication 105 of seed 202 draws 3 successes in the first 10 pulls of the 0.9 arm (probability
 * about 1e-5); the posterior Beta(4, 8) then almost never beats the 0.8 arm, which is played alone
 * until round 28 000 (regret 2860, 80 times the median). Over 200 replications that single run adds
 * 9 to the mean last-decade increment and the slope check fails; the stream tests show the draws
 * are binomial, so it is the algorithm's real tail, not a generator defect. With 1000 replications
 * one such run moves the slope by at most {@code 0.8 ln 10}-equivalents, and a false alarm needs a
 * stuck phase of over 75 000 rounds after round 10^4 (probability below 1e-4 per run of the test).
 *
 * <ul>
 *   <li>Ratio {@code <= 1.2} at every grid point (the reference is 0.55-0.61 at 10^5, so a false
 *       alarm needs a deviation of over 10 SE).
 *   <li>Last-decade log-slope {@code (R(10^5) - R(10^4)) / ln 10} within {@code [0.5, 1.5] C_LR}.
 *   <li>Agreement with the spec's reference numbers within 5% or 3 combined SE.
 *   <li>Power: a broken posterior (learning {@code 1 - x} instead of {@code x}) fails the ratio.
 * </ul>
 */
class BetaThompsonRegretTest {

  private static final double[] BERN_A = RegretExperiments.bernA();
  private static final double[] BERN_B = RegretExperiments.bernB();
  private static final long[] GRID = RegretExperiments.grid();

  static final int REPLICATIONS = 1_000;

  static RegretCurves bernA;
  static RegretCurves bernB;

  @BeforeAll
  static void run() {
    bernA =
        RegretExperiments.run(
            new BernoulliEnvironment(BERN_A), BetaThompsonSpec.defaults(), 201, REPLICATIONS);
    bernB =
        RegretExperiments.run(
            new BernoulliEnvironment(BERN_B), BetaThompsonSpec.defaults(), 202, REPLICATIONS);
  }

  private static boolean ratioWithin(RegretCurves c, double[] means, double limit) {
    double cLr = LowerBounds.laiRobbinsBernoulli(means);
    for (long t : GRID) {
      if (mean(c, t) / (cLr * Math.log((double) t)) > limit) {
        return false;
      }
    }
    return true;
  }

  @Test
  void ratioToTheLaiRobbinsCurveStaysBelowOnePointTwo() {
    assertTrue(ratioWithin(bernA, BERN_A, 1.2), "Bern-A");
    assertTrue(ratioWithin(bernB, BERN_B, 1.2), "Bern-B");
  }

  @Test
  void lastDecadeSlopeIsNearTheLaiRobbinsConstant() {
    for (var c : new Object[][] {{bernA, BERN_A}, {bernB, BERN_B}}) {
      RegretCurves curves = (RegretCurves) c[0];
      double cLr = LowerBounds.laiRobbinsBernoulli((double[]) c[1]);
      double slope = (mean(curves, 100_000) - mean(curves, 10_000)) / Math.log(10);
      assertTrue(slope >= 0.5 * cLr && slope <= 1.5 * cLr, "slope " + slope + ", C_LR " + cLr);
    }
  }

  @Test
  void agreesWithTheReferenceImplementation() {
    for (Reference ref : RegretExperiments.references("thompson-beta")) {
      RegretCurves c = ref.instance().equals("bern-a") ? bernA : bernB;
      double m = mean(c, ref.t());
      assertTrue(ref.agrees(m, se(c, ref.t())), ref + " vs ours " + m + " ± " + se(c, ref.t()));
    }
  }

  @Test
  void aBrokenPosteriorIsCaught() {
    RegretCurves broken =
        RegretExperiments.run(new BernoulliEnvironment(BERN_B), new FlippedRewards(), 202);
    assertFalse(ratioWithin(broken, BERN_B, 1.2), "a posterior that learns 1 - x must fail");
  }

  /** Thompson sampling whose posterior update is wrong: it learns {@code 1 - x}. */
  record FlippedRewards() implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "broken-thompson";
    }

    @Override
    public Bandit create(ArmSet arms) {
      BetaThompsonSampling inner = BetaThompsonSpec.defaults().create(arms);
      return new Bandit() {
        @Override
        public Selection select(RandomGenerator rng) {
          return inner.select(rng);
        }

        @Override
        public void update(Selection selection, double reward) {
          inner.update(selection, 1.0 - reward);
        }

        @Override
        public ArmSet arms() {
          return inner.arms();
        }

        @Override
        public PolicySpec<?> descriptor() {
          return FlippedRewards.this;
        }

        @Override
        public PolicyState snapshot() {
          return inner.snapshot();
        }

        @Override
        public Optional<org.bandits4j.api.Estimates> estimates() {
          return inner.estimates();
        }
      };
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only broken policy");
    }
  }
}
