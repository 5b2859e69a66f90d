package org.bandits4j.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bandits4j.simulators.bounds.Divergences;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.junit.jupiter.api.Test;

class BoundsTest {

  @Test
  void bernoulliDivergenceByHand() {
    // kl(0.5, 0.9) = 0.5 ln(0.5/0.9) + 0.5 ln(0.5/0.1) = 0.5 (ln 5 - ln 1.8)
    assertEquals(0.5 * (Math.log(5) - Math.log(1.8)), Divergences.bernoulli(0.5, 0.9), 1e-15);
    assertEquals(0.0, Divergences.bernoulli(0.3, 0.3), 1e-15);
    assertEquals(-Math.log(0.5), Divergences.bernoulli(0.0, 0.5), 1e-12);
    assertEquals(0.125, Divergences.gaussian(1.0, 0.5, 1.0), 1e-15);
  }

  @Test
  void laiRobbinsConstantsMatchTheSpecReferenceInstances() {
    // spec §0: Bern-A C_LR = 2.252, Bern-B C_LR = 5.301
    assertEquals(2.252, LowerBounds.laiRobbinsBernoulli(0.9, 0.8), 5e-4);
    assertEquals(5.301, LowerBounds.laiRobbinsBernoulli(0.9, 0.8, 0.7, 0.6, 0.5), 5e-4);
    // spec B.2: Gaussian sigma 1, means (1, .5, .5, 0): 4 + 4 + 2 = 10
    assertEquals(10.0, LowerBounds.laiRobbinsGaussian(1.0, 1.0, 0.5, 0.5, 0.0), 1e-12);
    assertEquals(Math.sqrt(9 * 100.0) / 27, LowerBounds.minimax(10, 100), 1e-12);
  }

  @Test
  void ucb1BoundMatchesTheSpecReference() {
    // spec A.1: Bern-B bound at 1e5 is 1923, Bern-A 921
    assertEquals(1923, UpperBounds.ucb1(100_000, 0.9, 0.8, 0.7, 0.6, 0.5), 1.0);
    assertEquals(921, UpperBounds.ucb1(100_000, 0.9, 0.8), 1.0);
  }
}
