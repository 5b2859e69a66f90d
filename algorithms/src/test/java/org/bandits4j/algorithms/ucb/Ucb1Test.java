package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class Ucb1Test {

  private final SplittableRandom rng = new SplittableRandom(1);

  private static void feed(Ucb1 p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  /**
   * Hand computation, c = 2, t = 6 rewards learned: arm a has (1, 0): mean 1/2, bonus sqrt(2 ln 6 /
   * 2) = 1.3385662; arm b has (1): mean 1, bonus sqrt(2 ln 6) = 1.8930184; arm c has (0, 0, 1):
   * mean 1/3, bonus sqrt(2 ln 6 / 3) = 1.0929347. Indices 1.8385662, 2.8930184, 1.4262681: b.
   */
  @Test
  void indexByHand() {
    Ucb1 p = Ucb1Spec.defaults().create(ArmSet.of("a", "b", "c"));
    feed(p, 0, 1, 0);
    feed(p, 1, 1);
    feed(p, 2, 0, 0, 1);
    Selection s = p.select(rng);
    assertEquals("b", s.arm().id());
    assertEquals(1.0, s.propensity());
    assertEquals(1, s.step());
    ArmEstimate a = p.estimates().orElseThrow().of(p.arms().get("a"));
    assertEquals(0.5, a.mean());
    assertEquals(1.3385662, a.uncertainty(), 1e-7);
    ArmEstimate c = p.estimates().orElseThrow().of(p.arms().get("c"));
    assertEquals(1.0 / 3.0, c.mean(), 1e-15);
    assertEquals(1.0929347, c.uncertainty(), 1e-7);
  }

  /**
   * The cached evaluation {@code mean + sqrt(c ln t) / sqrt(N)} must make the decisions of the
   * plain formula {@code mean + sqrt(c ln t / N)} with uniform tie-breaking among maximal arms, on
   * Bernoulli rewards where exact ties are frequent (60 000 decisions).
   */
  @Test
  void decisionsMatchThePlainFormula() {
    for (long seed = 0; seed < 20; seed++) {
      int k = 2 + (int) (seed % 7);
      double c = seed % 3 == 0 ? 0.5 : 2.0;
      Ucb1 fast = Ucb1Spec.withC(c).create(ArmSet.ofSize(k));
      SplittableRandom policyRng = new SplittableRandom(seed);
      SplittableRandom referenceRng = new SplittableRandom(seed);
      SplittableRandom env = new SplittableRandom(~seed);
      long[] n = new long[k];
      double[] s = new double[k];
      org.bandits4j.algorithms.core.ArgMax argMax = new org.bandits4j.algorithms.core.ArgMax();
      for (int t = 0; t < 3_000; t++) {
        int expected = -1;
        for (int i = 0; i < k && expected < 0; i++) {
          if (n[i] == 0) {
            expected = i;
          }
        }
        if (expected < 0) {
          double[] index = new double[k];
          long plays = java.util.Arrays.stream(n).sum();
          for (int i = 0; i < k; i++) {
            index[i] = s[i] * (1.0 / n[i]) + Math.sqrt(c * Math.log((double) plays) * (1.0 / n[i]));
          }
          expected = argMax.select(index, referenceRng);
        }
        Selection chosen = fast.select(policyRng);
        assertEquals(expected, chosen.arm().index(), "seed " + seed + ", round " + t);
        double reward = env.nextDouble() < 0.3 + 0.1 * expected ? 1.0 : 0.0;
        fast.update(chosen, reward);
        n[expected]++;
        s[expected] += reward;
      }
    }
  }

  @Test
  void playsUntriedArmsFirstInOrderAndRepeatsWhileFeedbackIsPending() {
    Ucb1 p = Ucb1Spec.defaults().create(ArmSet.ofSize(3));
    Selection first = p.select(rng);
    assertEquals(0, first.arm().index());
    assertEquals(0, p.select(rng).arm().index(), "no feedback yet: arm 0 is still untried");
    p.update(first, 0.0);
    assertEquals(1, p.select(rng).arm().index());
    feed(p, 1, 0.0);
    assertEquals(2, p.select(rng).arm().index());
    ArmEstimate untried = p.estimates().orElseThrow().all().get(2);
    assertTrue(Double.isNaN(untried.mean()));
    assertEquals(Double.POSITIVE_INFINITY, untried.uncertainty());
  }

  @Test
  void exactTiesAreBrokenUniformlyWithPropensityOneHalf() {
    Ucb1 p = Ucb1Spec.defaults().create(ArmSet.of("x", "y", "z"));
    feed(p, 0, 1, 0);
    feed(p, 1, 0, 1);
    feed(p, 2, 0, 0, 0, 0);
    Set<String> chosen = new HashSet<>();
    for (int seed = 0; seed < 40; seed++) {
      Ucb1 copy = Ucb1Spec.defaults().restore(p.snapshot());
      Selection s = copy.select(new SplittableRandom(seed));
      assertEquals(0.5, s.propensity());
      chosen.add(s.arm().id());
    }
    assertEquals(Set.of("x", "y"), chosen);
  }

  @Test
  void rewardsAreRescaledFromTheDeclaredRange() {
    // Range [10, 20]: rewards 15 and 20 are 0.5 and 1 on the unit scale, as in a [0, 1] policy.
    Ucb1 scaled = new Ucb1Spec(2.0, 10.0, 20.0).create(ArmSet.ofSize(2));
    Ucb1 unit = Ucb1Spec.defaults().create(ArmSet.ofSize(2));
    feed(scaled, 0, 15, 20);
    feed(scaled, 1, 10);
    feed(unit, 0, 0.5, 1.0);
    feed(unit, 1, 0.0);
    for (int t = 0; t < 50; t++) {
      Selection a = scaled.select(rng);
      Selection b = unit.select(new SplittableRandom(t));
      assertEquals(a.arm(), b.arm());
      scaled.update(a, a.arm().index() == 0 ? 17.5 : 12.0);
      unit.update(b, b.arm().index() == 0 ? 0.75 : 0.2);
    }
    assertEquals(17.5, scaled.estimates().orElseThrow().all().get(0).mean(), 2.6);
  }

  @Test
  void invalidRewardsNameTheValueAndTheRange() {
    Ucb1 p = Ucb1Spec.defaults().create(ArmSet.ofSize(2));
    Selection s = p.select(rng);
    String msg = assertThrows(IllegalArgumentException.class, () -> p.update(s, 1.5)).getMessage();
    assertTrue(msg.contains("1.5") && msg.contains("[0.0, 1.0]") && msg.contains("ucb1"), msg);
    msg = assertThrows(IllegalArgumentException.class, () -> p.update(s, Double.NaN)).getMessage();
    assertTrue(msg.contains("NaN"), msg);
  }

  @Test
  void specRejectsBadParameters() {
    String msg =
        assertThrows(IllegalArgumentException.class, () -> Ucb1Spec.withC(-1)).getMessage();
    assertEquals("c must be finite and >= 0, was -1.0", msg);
    assertThrows(IllegalArgumentException.class, () -> Ucb1Spec.withC(Double.NaN));
    msg = assertThrows(IllegalArgumentException.class, () -> new Ucb1Spec(2, 1, 1)).getMessage();
    assertEquals("rewardMin must be < rewardMax, were 1.0 and 1.0", msg);
  }

  @Test
  void restoreAcceptsOtherHyperParametersButNotOtherPolicies() {
    Ucb1 p = Ucb1Spec.defaults().create(ArmSet.ofSize(3));
    feed(p, 0, 1, 1, 0);
    Ucb1 greedy = Ucb1Spec.withC(0).restore(p.snapshot());
    assertEquals(Ucb1Spec.withC(0), greedy.descriptor());
    assertEquals(3, greedy.estimates().orElseThrow().all().get(0).pulls());
    var tsState = BetaThompsonSpec.defaults().create(ArmSet.ofSize(3)).snapshot();
    String msg =
        assertThrows(IllegalArgumentException.class, () -> Ucb1Spec.defaults().restore(tsState))
            .getMessage();
    assertEquals("state is for policy 'thompson-beta', not 'ucb1'", msg);
  }

  @Test
  void restoreRejectsStatisticsImpossibleForTheRewardRange() {
    Ucb1 p = Ucb1Spec.defaults().create(ArmSet.ofSize(2));
    feed(p, 0, 1, 1);
    var state = p.snapshot();
    // the same counts are impossible for rewards in [0, 0.5]
    String msg =
        assertThrows(IllegalArgumentException.class, () -> new Ucb1Spec(2, 0, 0.5).restore(state))
            .getMessage();
    assertTrue(msg.contains("impossible for 2 rewards in [0.0, 0.5]"), msg);
  }

  @Test
  void mergeRejectsAnotherSpecAndLeavesStateUnchanged() {
    Ucb1 a = Ucb1Spec.defaults().create(ArmSet.ofSize(2));
    feed(a, 1, 1);
    Ucb1 b = Ucb1Spec.withC(1).create(ArmSet.ofSize(2));
    feed(b, 0, 1);
    var before = a.snapshot();
    assertThrows(
        IllegalArgumentException.class, () -> a.merger().orElseThrow().merge(b.snapshot()));
    assertEquals(before, a.snapshot());
  }
}
