package org.bandits4j.experiments.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.linear.OfulSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
import org.bandits4j.algorithms.ucb.UcbVSpec;
import org.bandits4j.experiments.scenario.ArmModel;
import org.bandits4j.simulators.bounds.LinearBounds;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.bandits4j.simulators.bounds.VarianceAwareBounds;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
import org.junit.jupiter.api.Test;

/** The bound curves of the dueling, linear, MOSS and UCB-V entries, and where they apply. */
class FamilyBoundsTest {

  private static final BoundCatalogue CATALOGUE = BoundCatalogue.standard();

  @Test
  void duelingLowerBoundOnLin3ByHand() {
    // Lin-3: P[i][j] = 1/2 + (j - i)/6, winner 0, gaps 1/6 and 1/3.
    // kl(1/3, 1/2) = (1/3) ln(2/3) + (2/3) ln(4/3) = -0.135155 + 0.191788 = 0.056633
    // kl(1/6, 1/2) = (1/6) ln(1/3) + (5/6) ln(5/3) = -0.183102 + 0.425688 = 0.242586
    // arm 1: only j = 0 beats it: (1/6 + 0) / (2 x 0.056633) = 1.47147
    // arm 2: j = 0: (1/3) / (2 x 0.242586) = 0.68704; j = 1: (1/3 + 1/6) / (2 x 0.056633) = 4.4144
    // C = 1.47147 + 0.68704 = 2.15851
    ArmModel model = ArmModel.dueling(PreferenceMatrix.linear(3));
    BoundCurve c = CATALOGUE.curve("komiyama-dueling", model, null).orElseThrow();
    assertEquals(2.15851 * Math.log(1000), c.at(1000), 1e-4 * Math.log(1000));
    assertEquals(BoundCurve.Side.LOWER, c.side());
  }

  @Test
  void laiRobbinsCoversPoissonAndExponentialArms() {
    double[] means = {2.0, 1.0};
    ArmModel poisson = new ArmModel("poisson", means, new double[0], 0, Double.POSITIVE_INFINITY);
    ArmModel exponential =
        new ArmModel("exponential", means, new double[0], 0, Double.POSITIVE_INFINITY);
    assertEquals(
        LowerBounds.laiRobbinsPoisson(means) * Math.log(100),
        CATALOGUE.curve("lai-robbins", poisson, null).orElseThrow().at(100));
    assertEquals(
        LowerBounds.laiRobbinsExponential(means) * Math.log(100),
        CATALOGUE.curve("lai-robbins", exponential, null).orElseThrow().at(100));
  }

  @Test
  void duelingLowerBoundNeedsACondorcetWinner() {
    assertTrue(
        CATALOGUE
            .curve("komiyama-dueling", ArmModel.dueling(PreferenceMatrix.copelandThree()), null)
            .isEmpty());
    assertTrue(
        CATALOGUE
            .curve("komiyama-dueling", ArmModel.bernoulli(new double[] {0.9, 0.8}), null)
            .isEmpty());
  }

  @Test
  void ofulBoundIsTheSimulatorsWithTheSpecsParametersWhereTheSettingIsCovered() {
    ArmModel model = ArmModel.linear(new ArmModel.LinearSetting(5, 10, 1.0, 1.0, 0.1));
    OfulSpec spec = OfulSpec.of(5, 0.05, 0.1, 1.0);
    BoundCurve c = CATALOGUE.curve("oful-abbasi-yadkori", model, spec).orElseThrow();
    assertEquals(LinearBounds.ofulRegret(1000, 5, 1.0, 1.0, 0.1, 1.0, 0.05), c.at(1000));
    // another dimension, a smaller assumed noise or norm, a scaled radius: not the theorem
    assertTrue(
        CATALOGUE.curve("oful-abbasi-yadkori", model, OfulSpec.of(4, 0.05, 0.1, 1)).isEmpty());
    assertTrue(
        CATALOGUE.curve("oful-abbasi-yadkori", model, OfulSpec.of(5, 0.05, 0.05, 1)).isEmpty());
    assertTrue(
        CATALOGUE.curve("oful-abbasi-yadkori", model, OfulSpec.of(5, 0.05, 0.1, 0.5)).isEmpty());
    assertTrue(
        CATALOGUE
            .curve(
                "oful-abbasi-yadkori",
                model,
                new OfulSpec(5, 1.0, 0.05, 0.1, 1.0, 0.5, spec.kernel(), 0.0))
            .isEmpty());
  }

  @Test
  void mossAndUcbVBoundsAreTheSimulatorsOnBernoulliArms() {
    double[] means = {0.9, 0.8, 0.7};
    ArmModel bern = ArmModel.bernoulli(means);
    assertEquals(
        UpperBounds.moss(5000, 3),
        CATALOGUE.curve("moss-audibert-bubeck", bern, new MossSpec(5000)).orElseThrow().at(5000));
    assertEquals(
        VarianceAwareBounds.ucbV(
            5000, 10.0, 1.0, means, new double[] {0.9 * 0.1, 0.8 * 0.2, 0.7 * 0.3}),
        CATALOGUE.curve("ucb-v-audibert", bern, UcbVSpec.defaults()).orElseThrow().at(5000));
    // Gaussian rewards are not in [0, 1]: neither bound applies
    ArmModel gauss = ArmModel.gaussian(means, new double[] {1, 1, 1});
    assertTrue(CATALOGUE.curve("moss-audibert-bubeck", gauss, new MossSpec(5000)).isEmpty());
    assertTrue(CATALOGUE.curve("ucb-v-audibert", gauss, UcbVSpec.defaults()).isEmpty());
  }
}
