package org.bandits4j.experiments.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.greedy.EpsilonSchedule;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.experiments.scenario.ArmModel;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoundCatalogueTest {

  private static final BoundCatalogue CATALOGUE = BoundCatalogue.standard();
  private static final double[] BERN_B = {0.9, 0.8, 0.7, 0.6, 0.5};
  private static final ArmModel BERNOULLI = ArmModel.bernoulli(BERN_B);
  private static final ArmModel GAUSSIAN =
      ArmModel.gaussian(new double[] {1, 0.5, 0}, new double[] {2, 2, 2});

  @Test
  void laiRobbinsIsTheSimulatorsConstantTimesLnT() {
    BoundCurve b = CATALOGUE.curve("lai-robbins", BERNOULLI, null).orElseThrow();
    assertEquals(LowerBounds.laiRobbinsBernoulli(BERN_B) * Math.log(1000), b.at(1000), 1e-12);
    // spec §0: C_LR(Bern-B) = 5.301
    assertEquals(5.301, b.at(1000) / Math.log(1000), 5e-4);
    BoundCurve g = CATALOGUE.curve("lai-robbins", GAUSSIAN, null).orElseThrow();
    // hand: 2 sigma^2 / gap summed: 8/0.5 + 8/1 = 24
    assertEquals(24 * Math.log(50), g.at(50), 1e-12);
    ArmModel mixed = ArmModel.gaussian(new double[] {1, 0}, new double[] {1, 2});
    assertTrue(CATALOGUE.curve("lai-robbins", mixed, null).isEmpty(), "per-arm sigmas: no formula");
  }

  @Test
  void minimaxIsDrawnForGaussianArmsOnly() {
    BoundCurve m = CATALOGUE.curve("minimax", GAUSSIAN, null).orElseThrow();
    assertEquals(2 * Math.sqrt(2.0 * 900) / 27, m.at(900), 1e-12);
    assertEquals(2 * LowerBounds.minimax(3, 900), m.at(900), 1e-12);
    assertTrue(CATALOGUE.curve("minimax", BERNOULLI, null).isEmpty());
  }

  @Test
  void theUcb1BoundNeedsTheAuerIndexAndUnitRewards() {
    BoundCurve u = CATALOGUE.curve("ucb1-auer", BERNOULLI, Ucb1Spec.defaults()).orElseThrow();
    assertEquals(UpperBounds.ucb1(100_000, BERN_B), u.at(100_000), 1e-9);
    assertEquals(BoundCurve.Side.UPPER, u.side());
    assertTrue(CATALOGUE.curve("ucb1-auer", BERNOULLI, Ucb1Spec.withC(1)).isEmpty());
    assertTrue(CATALOGUE.curve("ucb1-auer", GAUSSIAN, Ucb1Spec.defaults()).isEmpty());
    assertTrue(CATALOGUE.curve("ucb1-auer", BERNOULLI, BetaThompsonSpec.defaults()).isEmpty());
    assertEquals(
        List.of("ucb1-auer"),
        CATALOGUE.policyCurves(BERNOULLI, Ucb1Spec.defaults()).stream()
            .map(BoundCurve::name)
            .toList());
    assertEquals(
        List.of("lai-robbins"),
        CATALOGUE.environmentCurves(BERNOULLI).stream().map(BoundCurve::name).toList());
  }

  @Test
  void constantExplorationCostsEpsilonTimesTheMeanGapPerRound() {
    // Bern-B: mean gap (0 + 0.1 + 0.2 + 0.3 + 0.4) / 5 = 0.2; 0.2 x 0.1 x 1000 = 20
    BoundCurve e =
        CATALOGUE
            .curve("epsilon-greedy-exploration", BERNOULLI, EpsilonGreedySpec.constant(0.1))
            .orElseThrow();
    assertEquals(20.0, e.at(1000), 1e-9);
  }

  @ParameterizedTest
  @EnumSource(EpsilonSchedule.class)
  void decayingExplorationCostMatchesTheDirectSumOfRates(EpsilonSchedule schedule) {
    double[] values =
        schedule == EpsilonSchedule.CONSTANT
            ? new double[] {0.05, 0.5, 1.0}
            : new double[] {0.05, 1.0, 13.7, 500};
    for (double eps : values) {
      BoundCurve e =
          CATALOGUE
              .curve("epsilon-greedy-exploration", BERNOULLI, new EpsilonGreedySpec(eps, schedule))
              .orElseThrow();
      double sum = 0;
      long next = 1;
      for (long t = 1; t <= 300_000; t++) {
        sum += schedule.rate(eps, BERN_B.length, t);
        if (t == next) {
          assertEquals(
              0.2 * sum, e.at(t), 1e-9 * Math.max(1, sum), schedule + " eps " + eps + " t " + t);
          next = next < 100 ? next + 1 : next * 3;
        }
      }
    }
  }

  @Test
  void namesAreCheckedAndUnique() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CATALOGUE.entry("kl-ucb"));
    assertTrue(e.getMessage().contains("known: [lai-robbins, minimax, ucb1-auer"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CATALOGUE.with(CATALOGUE.entry("minimax")));
  }
}
