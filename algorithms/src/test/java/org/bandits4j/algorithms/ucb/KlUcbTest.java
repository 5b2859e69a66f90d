package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class KlUcbTest {

  private static void feed(Bandit p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  /** Arms a = (1, 0), b = (1), c = (0, 0, 1): t = 6. */
  private static KlUcb threeArms(PolicySpec<KlUcb> spec) {
    KlUcb p = spec.create(ArmSet.of("a", "b", "c"));
    feed(p, 0, 1, 0);
    feed(p, 1, 1);
    feed(p, 2, 0, 0, 1);
    return p;
  }

  private static double index(KlUcb p, String arm) {
    ArmEstimate e = p.estimates().orElseThrow().of(p.arms().get(arm));
    return e.mean() + e.uncertainty();
  }

  /**
   * By hand, KL-UCB (c = 0), t = 6. Arm a: p = 1/2, d = ln 6 / 2, and kl(1/2, q) = -ln(4q(1-q))/2,
   * so 4q(1-q) = 1/6 and q = (1 + sqrt(5/6))/2 = 0.9564355. Arm c: p = 1/3, d = ln 6 / 3, and 3
   * kl(1/3, q) = ln(4 / (27 q (1-q)^2)), so q (1-q)^2 = 4/(27 * 6) = 2/81 (q = 0.82723). Arm b: p =
   * 1, index 1. So b is played.
   */
  @Test
  void klUcbIndexByHand() {
    KlUcb p = threeArms(KlUcbSpec.defaults());
    assertEquals((1 + Math.sqrt(5.0 / 6.0)) / 2, index(p, "a"), 1e-12);
    double c = index(p, "c");
    assertEquals(2.0 / 81.0, c * (1 - c) * (1 - c), 1e-12);
    assertEquals(0.82723, c, 1e-5);
    assertEquals(1.0, index(p, "b"));
    Selection s = p.select(new SplittableRandom(1));
    assertEquals("b", s.arm().id());
    assertEquals(1.0, s.propensity());
    assertEquals(0.5, p.estimates().orElseThrow().all().get(0).mean());
  }

  /**
   * By hand, KL-UCB+ (c = 0): arm a has d = ln(6/2)/2, so 4q(1-q) = 1/3 and q = (1 + sqrt(2/3))/2 =
   * 0.9082483. KL-UCB++ with n = 120, K = 3: arm a has y = 120/(3 * 2) = 20, g = ln(20 (1 + ln^2
   * 20)), d = g/2, so 4q(1-q) = e^{-g} = 1/(20 (1 + ln^2 20)).
   */
  @Test
  void plusAndPlusPlusIndicesByHand() {
    KlUcb plus = threeArms(KlUcbPlusSpec.defaults());
    assertEquals((1 + Math.sqrt(2.0 / 3.0)) / 2, index(plus, "a"), 1e-12);
    KlUcb plusPlus = threeArms(KlUcbPlusPlusSpec.bernoulli(120));
    double l20 = Math.log(20);
    double x = 1.0 / (20 * (1 + l20 * l20));
    assertEquals((1 + Math.sqrt(1 - x)) / 2, index(plusPlus, "a"), 1e-12);
    // beyond n/K pulls the KL-UCB++ budget is 0: the index is the mean
    KlUcb saturated = KlUcbPlusPlusSpec.bernoulli(6).create(ArmSet.ofSize(3));
    feed(saturated, 0, 1, 0, 0);
    assertEquals(1.0 / 3.0, index(saturated, "0"), 1e-15);
  }

  /**
   * By hand, other families with the same t = 6: Gaussian (sigma 1) arm a: 0.5 + sqrt(2 ln 6 / 2) =
   * 1.8385662; Poisson arm with rewards (0, 3): p = 1.5, d = ln 6 / 2, index solves q - 1.5 + 1.5
   * ln(1.5/q) = d; exponential arm with rewards (1, 2): p = 1.5, index solves 1.5/q - 1 - ln(1.5/q)
   * = d.
   */
  @Test
  void otherFamiliesByHand() {
    KlUcb gauss = threeArms(KlUcbSpec.of(KlFamily.GAUSSIAN));
    assertEquals(0.5 + Math.sqrt(Math.log(6)), index(gauss, "a"), 1e-12);
    for (KlFamily family : new KlFamily[] {KlFamily.POISSON, KlFamily.EXPONENTIAL}) {
      KlUcb p = KlUcbSpec.of(family).create(ArmSet.of("a", "b"));
      feed(p, 0, family == KlFamily.POISSON ? 0 : 1, family == KlFamily.POISSON ? 3 : 2);
      feed(p, 1, 1, 1, 1, 1);
      double q = index(p, "a");
      assertEquals(Math.log(6) / 2, family.kl(1.5, q, 1), 1e-9, family.toString());
      assertTrue(q > 1.5);
    }
    // rewards outside the family's range are rejected
    KlUcb poisson = KlUcbSpec.of(KlFamily.POISSON).create(ArmSet.ofSize(2));
    Selection s = poisson.select(new SplittableRandom(2));
    String msg =
        assertThrows(IllegalArgumentException.class, () -> poisson.update(s, -0.5)).getMessage();
    assertTrue(msg.contains("-0.5") && msg.contains("kl-ucb"), msg);
  }

  @Test
  void exactTiesAreBrokenUniformly() {
    KlUcb p = KlUcbSpec.defaults().create(ArmSet.of("x", "y", "z"));
    feed(p, 0, 1, 0);
    feed(p, 1, 0, 1);
    feed(p, 2, 0, 0, 0, 0);
    Set<String> chosen = new HashSet<>();
    for (int seed = 0; seed < 40; seed++) {
      Selection s = KlUcbSpec.defaults().restore(p.snapshot()).select(new SplittableRandom(seed));
      assertEquals(0.5, s.propensity());
      chosen.add(s.arm().id());
    }
    assertEquals(Set.of("x", "y"), chosen);
  }

  /**
   * The pruned evaluation (leader first, others abandoned below the running maximum) must make the
   * decisions of solving every arm and breaking ties uniformly, on rewards where ties are frequent
   * (Bernoulli, small-count Poisson) or not: 32 seeds over the four families, 2 to 8 arms, 3000
   * rounds each, KL-UCB and KL-UCB+.
   */
  @Test
  @SuppressWarnings("EnumOrdinal") // the seed picks a family: any order of the constants does
  void decisionsMatchSolvingEveryArm() {
    for (long seed = 0; seed < 32; seed++) {
      int k = 2 + (int) (seed % 7);
      boolean plus = seed % 2 == 1;
      KlFamily family = KlFamily.values()[(int) (seed / 2 % 4)];
      KlUcb fast =
          (plus ? new KlUcbPlusSpec(family, 1.0, 0.0) : new KlUcbSpec(family, 1.0, 0.0))
              .create(ArmSet.ofSize(k));
      SplittableRandom policyRng = new SplittableRandom(seed);
      SplittableRandom referenceRng = new SplittableRandom(seed);
      SplittableRandom env = new SplittableRandom(~seed);
      long[] n = new long[k];
      double[] s = new double[k];
      ArgMax argMax = new ArgMax();
      long plays = 0;
      for (int t = 0; t < 3_000; t++) {
        int expected = -1;
        for (int i = 0; i < k && expected < 0; i++) {
          if (n[i] == 0) {
            expected = i;
          }
        }
        if (expected < 0) {
          double[] index = new double[k];
          for (int i = 0; i < k; i++) {
            double level = Math.log((double) plays) - (plus ? Math.log((double) n[i]) : 0);
            index[i] = KlInverse.upper(family, s[i] / n[i], level / n[i], 1);
          }
          expected = argMax.select(index, referenceRng);
        }
        Selection chosen = fast.select(policyRng);
        assertEquals(expected, chosen.arm().index(), "seed " + seed + ", round " + t);
        double mu = 0.3 + 0.08 * expected;
        double reward =
            switch (family) {
              case BERNOULLI -> env.nextDouble() < mu ? 1.0 : 0.0;
              case GAUSSIAN -> mu + env.nextGaussian();
              case POISSON -> env.nextDouble() < mu ? 2.0 : env.nextInt(2);
              case EXPONENTIAL -> mu * env.nextExponential();
            };
        fast.update(chosen, reward);
        n[expected]++;
        s[expected] += reward;
        plays++;
      }
    }
  }

  @Test
  void specsRejectBadParameters() {
    assertEquals(
        "sigma must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new KlUcbSpec(KlFamily.GAUSSIAN, 0, 0))
            .getMessage());
    assertEquals(
        "c must be finite and >= 0, was -1.0",
        assertThrows(
                IllegalArgumentException.class, () -> new KlUcbPlusSpec(KlFamily.BERNOULLI, 1, -1))
            .getMessage());
    assertEquals(
        "horizon must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> KlUcbPlusPlusSpec.bernoulli(0))
            .getMessage());
    assertEquals(
        "family must not be null",
        assertThrows(IllegalArgumentException.class, () -> new KlUcbSpec(null, 1, 0)).getMessage());
  }
}
