package org.bandits4j.algorithms.nonstationary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bandits4j.algorithms.state.SlidingWindowState;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class SlidingWindowUcbTest {

  private static void feed(SlidingWindowUcb p, int arm, double reward) {
    p.update(Selection.forced(p.arms().get(arm)), reward);
  }

  /**
   * By hand, τ = 4, ξ = 0.6, B = 1. Rewards a=1, b=0, a=1, b=1, a=0: the window keeps the last 4
   * (b=0, a=1, b=1, a=0), so both arms have 2 rewards summing to 1; bonus sqrt(0.6 ln 4 / 2) =
   * 0.6448940 for both: a tie (propensity 1/2). Then b=1 evicts b=0: a (1, 0) mean 1/2, b (1, 1)
   * mean 1, so b wins.
   */
  @Test
  void windowByHand() {
    SlidingWindowUcb p = new SlidingWindowUcbSpec(4, 0.6, 1.0).create(ArmSet.of("a", "b"));
    feed(p, 0, 1);
    feed(p, 1, 0);
    feed(p, 0, 1);
    feed(p, 1, 1);
    feed(p, 0, 0);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(3, a.pulls());
    assertEquals(0.5, a.mean());
    assertEquals(0.6448940, a.uncertainty(), 1e-7);
    assertEquals(0.5, p.select(new SplittableRandom(1)).propensity());
    assertArrayEquals(new int[] {1, 0, 1, 0}, p.snapshot().windowArms());
    feed(p, 1, 1);
    assertEquals(1.0, p.estimates().orElseThrow().all().get(1).mean());
    Selection s = p.select(new SplittableRandom(1));
    assertEquals("b", s.arm().id());
    assertEquals(1.0, s.propensity());
  }

  /** An arm that leaves the window entirely is played again first, like an untried arm. */
  @Test
  void armsAbsentFromTheWindowAreForced() {
    SlidingWindowUcb p = new SlidingWindowUcbSpec(2, 0.6, 1.0).create(ArmSet.of("a", "b", "c"));
    assertEquals("a", p.select(new SplittableRandom(1)).arm().id());
    feed(p, 0, 1);
    feed(p, 1, 1);
    feed(p, 2, 1);
    feed(p, 2, 1); // window: c, c
    assertEquals("a", p.select(new SplittableRandom(1)).arm().id());
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(1, a.pulls());
    assertTrue(Double.isNaN(a.mean()));
  }

  /**
   * Against the definition: a naive policy that rescans the last τ pairs for every arm at every
   * decision (as SMPyBandits does) makes the same decisions, on real-valued rewards, 30 seeds.
   * Exact ties have probability 0 with real rewards except for arms with identical windows, which
   * both implementations compute identically.
   */
  @Test
  void decisionsMatchRescanningTheWindow() {
    for (long seed = 0; seed < 30; seed++) {
      int k = 2 + (int) (seed % 5);
      int window = 3 + (int) (seed * 7 % 40);
      SlidingWindowUcb fast = new SlidingWindowUcbSpec(window, 0.6, 1.0).create(ArmSet.ofSize(k));
      SplittableRandom env = new SplittableRandom(seed);
      SplittableRandom rng = new SplittableRandom(~seed);
      List<int[]> armHistory = new ArrayList<>();
      List<Double> rewards = new ArrayList<>();
      for (int t = 0; t < 1500; t++) {
        int expected = naiveChoice(k, window, armHistory, rewards);
        Selection s = fast.select(rng);
        if (expected >= 0) {
          assertEquals(expected, s.arm().index(), "seed " + seed + " round " + t);
        }
        double reward = Math.min(1, env.nextDouble() * (0.5 + 0.1 * s.arm().index()) * 1.5);
        fast.update(s, reward);
        armHistory.add(new int[] {s.arm().index()});
        rewards.add(reward);
      }
    }
  }

  /** The naive choice, or -1 when the maximum is tied (then the fast policy draws randomly). */
  private static int naiveChoice(int k, int window, List<int[]> arms, List<Double> rewards) {
    int t = arms.size();
    int from = Math.max(0, t - window);
    int[] n = new int[k];
    double[] s = new double[k];
    for (int j = from; j < t; j++) {
      n[arms.get(j)[0]]++;
      s[arms.get(j)[0]] += rewards.get(j);
    }
    for (int i = 0; i < k; i++) {
      if (n[i] == 0) {
        return i;
      }
    }
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      double index = s[i] / n[i] + Math.sqrt(0.6 * Math.log(Math.min(t, window)) / n[i]);
      if (index > top) {
        second = top;
        top = index;
        best = i;
      } else {
        second = Math.max(second, index);
      }
    }
    return top - second > 1e-9 ? best : -1;
  }

  /** Window sums are recomputed exactly every τ rewards; the state keeps them bit for bit. */
  @Test
  void sumsAreRecomputedEveryWindow() {
    SlidingWindowUcb p = new SlidingWindowUcbSpec(7, 0.6, 1.0).create(ArmSet.ofSize(2));
    SplittableRandom rng = new SplittableRandom(3);
    for (int t = 1; t <= 70; t++) {
      feed(p, t % 3 == 0 ? 1 : 0, rng.nextDouble());
      if (t % 7 == 0) {
        SlidingWindowState s = p.snapshot();
        double[] exact = new double[2];
        for (int j = 0; j < s.windowArms().length; j++) {
          exact[s.windowArms()[j]] += s.windowRewards()[j];
        }
        assertArrayEquals(exact, s.windowSums(), 0.0, "round " + t);
      }
    }
  }

  @Test
  void corruptStatesAreRejected() {
    SlidingWindowUcb p = new SlidingWindowUcbSpec(4, 0.6, 1.0).create(ArmSet.ofSize(2));
    feed(p, 0, 1);
    feed(p, 1, 0.5);
    SlidingWindowState s = p.snapshot();
    SlidingWindowUcbSpec spec = new SlidingWindowUcbSpec(4, 0.6, 1.0);
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    spec.restore(
                        new SlidingWindowState(
                            spec,
                            s.arms(),
                            s.step(),
                            s.pulls(),
                            new double[] {1.0, 0.25},
                            s.windowArms(),
                            s.windowRewards())))
            .getMessage();
    assertTrue(msg.contains("windowSums") && msg.contains("0.25"), msg);
    msg =
        assertThrows(
                IllegalArgumentException.class,
                () -> new SlidingWindowUcbSpec(1, 0.6, 1.0).restore(s))
            .getMessage();
    assertTrue(msg.contains("window has 2 pairs"), msg);
    assertEquals(
        "window must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> new SlidingWindowUcbSpec(0, 1, 1))
            .getMessage());
    assertEquals(1073, SlidingWindowUcbSpec.tuned(100_000, 4).window()); // 2 sqrt(1e5 ln(1e5) / 4)
  }
}
