package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.Test;

/**
 * KL-UCB++ as the spec runs horizon-tuned algorithms (§0 harness): a separate run tuned to each
 * grid point n = 10^2, 10^2.5, ..., 10^5 on Bern-A and Bern-B, 200 replications (seeds 431, 432).
 * Pass: {@code R_n / (C_LR ln n) <= 1.2} at every n (the ratio criterion (i) of KL-UCB, which
 * KL-UCB++ shares by asymptotic optimality); measured at most 0.96. False-alarm rate below 1e-6
 * (more than 5 SE of margin).
 */
class KlUcbPlusPlusRegretIT {

  @Test
  void ratioAtEveryHorizonOfItsOwn() {
    for (var instance :
        new Object[][] {{RegretExperiments.bernA(), 431L}, {RegretExperiments.bernB(), 432L}}) {
      double[] means = (double[]) instance[0];
      for (long n : RegretExperiments.grid()) {
        RegretCurves c =
            KlUcbPlusRegretTest.run(
                KlUcbPlusPlusSpec.bernoulli(n), means, (Long) instance[1], 200, n, n);
        double ratio =
            c.mean(RegretKind.PSEUDO, 0)
                / (LowerBounds.laiRobbinsBernoulli(means) * Math.log((double) n));
        assertTrue(ratio <= 1.2, "n = " + n + ": " + ratio);
      }
    }
  }
}
