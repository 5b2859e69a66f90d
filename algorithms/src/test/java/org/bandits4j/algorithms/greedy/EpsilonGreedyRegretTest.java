package org.bandits4j.algorithms.greedy;

import static org.bandits4j.algorithms.RegretExperiments.at;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.regret.Summary;
import org.junit.jupiter.api.Test;

/**
 * ε-greedy regret against its exact exploration cost (Bern-B, 200 replications, T = 10^5).
 *
 * <p>Once the greedy choice has settled on the best arm (every arm has hundreds of samples and the
 * smallest gap is 0.1, so greedy mistakes are negligible), each round costs in expectation {@code
 * ε_t · mean_i(Δ_i)} (a uniformly random arm), with {@code mean_i(Δ_i) = 0.2} on Bern-B. So the
 * regret increment between two late rounds must equal {@code 0.2 · sum_t ε_t} up to noise and a
 * small non-negative excess from greedy mistakes. Tolerance: 4 SE of the increment plus 3% excess
 * (false-alarm rate about 6e-5 per check). Power: the statistic rejects a policy whose rate is 20%
 * off (0.12 run against the formula for 0.1).
 *
 * <p>The decaying schedule {@code ε_t = min(1, ε K / t)} with {@code ε = c / d² = 500} ({@code c =
 * 5}, {@code d = 0.1}, Auer et al. 2002 Theorem 3) makes the late regret logarithmic: {@code 0.2 ·
 * sum_t 2500/t ≈ 500 ln(10)} per decade.
 */
class EpsilonGreedyRegretTest {

  private static final double[] BERN_B = RegretExperiments.bernB();

  private static final double MEAN_GAP = 0.2;
  private static final long FROM = 31_623;
  private static final long TO = 100_000;

  /** Whether the increment from FROM to TO matches 0.2 · Σ ε_t for the given schedule. */
  private static boolean matchesExplorationCost(
      RegretCurves c, double epsilon, EpsilonSchedule schedule) {
    double[] from = c.at(RegretKind.PSEUDO, at(FROM));
    double[] to = c.at(RegretKind.PSEUDO, at(TO));
    double[] increments = new double[from.length];
    for (int r = 0; r < from.length; r++) {
      increments[r] = to[r] - from[r];
    }
    double expected = 0;
    for (long t = FROM + 1; t <= TO; t++) {
      expected += MEAN_GAP * schedule.rate(epsilon, BERN_B.length, t);
    }
    double mean = Summary.mean(increments);
    double se = Summary.standardDeviation(increments) / Math.sqrt(increments.length);
    return mean >= expected - 4 * se && mean <= 1.03 * expected + 4 * se;
  }

  @Test
  void constantRateCostsEpsilonTimesTheMeanGapPerRound() {
    RegretCurves c =
        RegretExperiments.run(
            new BernoulliEnvironment(BERN_B), EpsilonGreedySpec.constant(0.1), 301);
    assertTrue(matchesExplorationCost(c, 0.1, EpsilonSchedule.CONSTANT));
    assertFalse(
        matchesExplorationCost(
            RegretExperiments.run(
                new BernoulliEnvironment(BERN_B), EpsilonGreedySpec.constant(0.12), 301),
            0.1,
            EpsilonSchedule.CONSTANT),
        "a 20% wrong rate must be caught");
  }

  @Test
  void inverseTimeScheduleHasLogarithmicExplorationCost() {
    EpsilonGreedySpec spec = new EpsilonGreedySpec(500, EpsilonSchedule.INVERSE_TIME);
    RegretCurves c = RegretExperiments.run(new BernoulliEnvironment(BERN_B), spec, 302);
    assertTrue(matchesExplorationCost(c, 500, EpsilonSchedule.INVERSE_TIME));
    // logarithmic: the last half-decade costs about as much as the one before (ratio of sums of
    // 1/t)
    double late = RegretExperiments.mean(c, 100_000) - RegretExperiments.mean(c, 31_623);
    double earlier = RegretExperiments.mean(c, 31_623) - RegretExperiments.mean(c, 10_000);
    assertTrue(late / earlier > 0.8 && late / earlier < 1.25, late + " vs " + earlier);
  }
}
