package org.bandits4j.simulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.bandits4j.simulators.bounds.Divergences;
import org.bandits4j.simulators.bounds.DuelingLowerBound;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
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
  void poissonAndExponentialDivergencesAndConstants() {
    // kl_P(1, 2) = 2 - 1 + ln(1/2); kl_E(1, 2) = 1/2 - 1 - ln(1/2)
    assertEquals(1 - Math.log(2), Divergences.poisson(1, 2), 1e-15);
    assertEquals(Math.log(2) - 0.5, Divergences.exponential(1, 2), 1e-15);
    assertEquals(2.0, Divergences.poisson(0, 2), 0);
    // C_LR = (2 - 1) / kl(1, 2) for two arms
    assertEquals(1 / (1 - Math.log(2)), LowerBounds.laiRobbinsPoisson(1, 2), 1e-12);
    assertEquals(1 / (Math.log(2) - 0.5), LowerBounds.laiRobbinsExponential(1, 2), 1e-12);
  }

  @Test
  void adversarialAndNonStationaryBoundsByHand() {
    // EXP3, eta = sqrt(ln K / (nK)): ln K / eta + eta n K / 2 = 1.5 sqrt(n K ln K) <= 2 sqrt(...)
    double eta = Math.sqrt(Math.log(10) / (1e4 * 10));
    assertEquals(1.5 * Math.sqrt(1e5 * Math.log(10)), UpperBounds.exp3(10_000, 10, eta), 1e-9);
    assertEquals(2 * Math.sqrt(1e5 * Math.log(10)), UpperBounds.exp3Tuned(10_000, 10), 1e-9);
    // EXP3-IX, n = 1000, K = 10, delta = 0.05
    double lk = Math.log(11);
    assertEquals(
        2 * Math.sqrt(2e4 * lk) + (Math.sqrt(1e4 / (2 * lk)) + 1) * Math.log(20),
        UpperBounds.exp3Ix(1_000, 10, 0.05),
        1e-9);
    assertThrows(IllegalArgumentException.class, () -> UpperBounds.exp3Ix(10, 2, 1.0));
    assertEquals(
        Math.sqrt(1e5 * 4 * Math.log(1e5)), UpperBounds.slidingWindowUcbOrder(100_000, 4), 1e-9);
    assertEquals(Math.sqrt(4e5) * Math.log(1e5), UpperBounds.discountedUcbOrder(100_000, 4), 1e-9);
    assertEquals(49 * Math.sqrt(1e5), UpperBounds.moss(10_000, 10), 1e-9);
    // Boltzmann rate, means (1, 0), tau 1: weight of arm 1 is e^{-1}; rate e^{-1}/(1 + e^{-1})
    assertEquals(Math.exp(-1) / (1 + Math.exp(-1)), UpperBounds.boltzmannRate(1.0, 1, 0), 1e-15);
  }

  /**
   * Lattimore–Szepesvári Theorem 10.6 for Bern-A: at n = 10^5 the bound lies above the Lai–Robbins
   * curve (it is a valid upper bound) and below UCB1's (KL-UCB is the better index).
   */
  @Test
  void klUcbBoundSitsBetweenLaiRobbinsAndUcb1() {
    double bound = UpperBounds.klUcbBernoulli(100_000, 0.9, 0.8);
    assertTrue(bound > LowerBounds.laiRobbinsBernoulli(0.9, 0.8) * Math.log(1e5), "" + bound);
    assertTrue(bound < UpperBounds.ucb1(100_000, 0.9, 0.8), "" + bound);
    assertEquals(10.0 * 0.1, UpperBounds.klUcbBernoulli(10, 0.9, 0.8), 1e-12); // capped at n pulls
  }

  @Test
  void ucb1BoundMatchesTheSpecReference() {
    // spec A.1: Bern-B bound at 1e5 is 1923, Bern-A 921
    assertEquals(1923, UpperBounds.ucb1(100_000, 0.9, 0.8, 0.7, 0.6, 0.5), 1.0);
    assertEquals(921, UpperBounds.ucb1(100_000, 0.9, 0.8), 1.0);
  }

  @Test
  void duelingLowerBoundConstantByHand() {
    PreferenceMatrix p =
        PreferenceMatrix.readCsv(new StringReader("0.5,0.7,0.8\n0.3,0.5,0.6\n0.2,0.4,0.5\n"));
    // winner 0, gaps 0.2 and 0.3. kl(0.3,.5) = 0.3 ln 0.6 + 0.7 ln 1.4 = 0.0822828,
    // kl(0.2,.5) = 0.2 ln 0.4 + 0.8 ln 1.6 = 0.1927448, kl(0.4,.5) = 0.0201355.
    // arm 1: only j = 0 beats it: 0.2 / (2 * 0.0822828) = 1.215321.
    // arm 2: min(0.3 / (2 * 0.1927448), 0.5 / (2 * 0.0201355)) = min(0.778230, 12.4159).
    assertEquals(1.215321 + 0.778230, DuelingLowerBound.constant(p), 2e-6);
    PreferenceMatrix cyclic = PreferenceMatrix.cyclic(3, 0.1);
    assertThrows(IllegalStateException.class, () -> DuelingLowerBound.constant(cyclic));
  }
}
