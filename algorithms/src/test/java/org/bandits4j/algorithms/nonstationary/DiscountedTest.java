package org.bandits4j.algorithms.nonstationary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.algorithms.state.ArmVectorsState;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class DiscountedTest {

  private static void feed(Bandit p, int arm, double reward) {
    p.update(Selection.forced(p.arms().get(arm)), reward);
  }

  /**
   * By hand, γ = 0.5, two arms: a=1 gives counts (1, 0), sums (1, 0); b=0 discounts then adds:
   * counts (0.5, 1), sums (0.5, 0); a=1: counts (1.25, 0.5), sums (1.25, 0). D-UCB (ξ = 0.6, B = 1,
   * no floor): ñ = 1.75, index a = 1 + 2 sqrt(0.6 ln 1.75 / 1.25) = 2.0365627, b = 2 sqrt(0.6 ln
   * 1.75 / 0.5) = 1.6389496: a is played. With floor 1 arm b (count 0.5) is forced.
   */
  @Test
  void discountedUcbByHand() {
    DiscountedUcb p = new DiscountedUcbSpec(0.5, 0.6, 1.0, 0.0).create(ArmSet.of("a", "b"));
    feed(p, 0, 1);
    feed(p, 1, 0);
    feed(p, 0, 1);
    ArmVectorsState s = p.snapshot();
    assertArrayEquals(new double[] {1.25, 0.5}, s.vector("counts"), 0);
    assertArrayEquals(new double[] {1.25, 0.0}, s.vector("sums"), 0);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(2, a.pulls());
    assertEquals(1.0, a.mean());
    assertEquals(1.0365627, a.uncertainty(), 1e-7);
    assertEquals(1.6389496, p.estimates().orElseThrow().all().get(1).uncertainty(), 1e-7);
    assertEquals("a", p.select(new SplittableRandom(1)).arm().id());
    DiscountedUcb floored = new DiscountedUcbSpec(0.5, 0.6, 1.0, 1.0).restore(relabel(s, 1.0));
    Selection forced = floored.select(new SplittableRandom(1));
    assertEquals("b", forced.arm().id());
    assertEquals(1.0, forced.propensity());
  }

  private static ArmVectorsState relabel(ArmVectorsState s, double floor) {
    return new ArmVectorsState(
        new DiscountedUcbSpec(0.5, 0.6, 1.0, floor),
        s.arms(),
        s.step(),
        s.pulls(),
        s.names(),
        List.of(s.vector("counts"), s.vector("sums")));
  }

  /**
   * Forcing picks the smallest discounted count, not the lowest index: with γ = 0.3 and arms a, b
   * alternating, arm c (never played) is still reached; lowest-index forcing would loop on a, b.
   */
  @Test
  void forcingReachesEveryArm() {
    DiscountedUcb p = new DiscountedUcbSpec(0.3, 0.6, 1.0, 1.0).create(ArmSet.of("a", "b", "c"));
    SplittableRandom rng = new SplittableRandom(2);
    boolean sawC = false;
    for (int t = 0; t < 6; t++) {
      Selection s = p.select(rng);
      sawC |= s.arm().id().equals("c");
      p.update(s, 1.0);
    }
    assertTrue(sawC);
  }

  /**
   * By hand, discounted Thompson sampling with γ = 0.5 and the same rewards: successes (1.25, 0),
   * failures (0, 0.5), so the posteriors are Beta(2.25, 1) (mean 0.6923077, sd 0.2238790) and
   * Beta(1, 1.5) (mean 0.4).
   */
  @Test
  void discountedThompsonByHand() {
    DiscountedThompsonSampling p =
        DiscountedThompsonSpec.withGamma(0.5).create(ArmSet.of("a", "b"));
    feed(p, 0, 1);
    feed(p, 1, 0);
    feed(p, 0, 1);
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(0.6923077, a.mean(), 1e-7);
    assertEquals(0.2238790, a.uncertainty(), 1e-7);
    assertEquals(0.4, p.estimates().orElseThrow().all().get(1).mean(), 1e-15);
    Selection s = p.select(new SplittableRandom(3));
    assertTrue(Double.isNaN(s.propensity()));
    double[] best =
        p.probabilityOfBest().orElseThrow().probabilityOfBest(4000, new SplittableRandom(4));
    assertEquals(1.0, best[0] + best[1], 1e-12);
    assertTrue(best[0] > best[1]);
  }

  /**
   * Against the definition: the discounted statistics equal {@code sum_s γ^{t-s}} over the history,
   * computed naively at the end of 2000 rounds, to 1e-12 (they are sums of the same terms in
   * another order).
   */
  @Test
  void statisticsMatchTheDefinition() {
    double gamma = 0.97;
    DiscountedUcb p = new DiscountedUcbSpec(gamma, 0.6, 1.0, 1.0).create(ArmSet.ofSize(3));
    SplittableRandom rng = new SplittableRandom(5);
    int[] arms = new int[2000];
    double[] rewards = new double[2000];
    for (int t = 0; t < 2000; t++) {
      Selection s = p.select(rng);
      arms[t] = s.arm().index();
      rewards[t] = rng.nextDouble();
      p.update(s, rewards[t]);
    }
    double[] counts = new double[3];
    double[] sums = new double[3];
    for (int t = 0; t < 2000; t++) {
      double w = Math.pow(gamma, 1999 - t);
      counts[arms[t]] += w;
      sums[arms[t]] += w * rewards[t];
    }
    assertArrayEquals(counts, p.snapshot().vector("counts"), 1e-12);
    assertArrayEquals(sums, p.snapshot().vector("sums"), 1e-12);
  }

  /**
   * The lazy discount decides like the definition applied eagerly (every count and sum multiplied
   * by γ after every reward, the index {@code S̃/Ñ + 2B sqrt(ξ ln ñ / Ñ)} evaluated directly): the
   * same 20 000 decisions with γ = 0.9, whose factor {@code W} is rescaled every 422 rewards, and
   * with arms falling below the floor and being forced again. Rewards are continuous, so the
   * indices never tie and rounding cannot flip a decision.
   */
  @Test
  void lazyDiscountDecidesLikeTheEagerDefinition() {
    int forced = decidesLikeTheDefinition(0.9, 2.0, 1.5, 20_000);
    assertTrue(forced > 100, "arms fell below the floor only " + forced + " times");
  }

  /**
   * Where inflated sums could overflow the policy discounts eagerly: γ = 1e-30 ({@code 1/γ >=
   * 2^64}; counts of unplayed arms underflow to 0 and are forced) and a reward bound of {@code
   * 2^900}. With γ = 0.5 and {@code B = 2^890} it stays lazy, and its sums (up to {@code 2^957}
   * inflated) still match the definition.
   */
  @Test
  void extremeDiscountsAndBoundsMatchTheDefinition() {
    assertTrue(decidesLikeTheDefinition(1e-30, 2.0, 0.0, 2000) > 100);
    decidesLikeTheDefinition(0.5, 0x1p900, 1.0, 5000);
    decidesLikeTheDefinition(0.5, 0x1p890, 1.0, 5000);
  }

  /**
   * Plays {@code rounds} rounds of a 4-arm instance (means 0.2, 0.5, 0.6 and 0.75 of {@code bound},
   * Gaussian noise, clipped to {@code [0, bound]}) and checks every decision and the final
   * statistics (to 1e-9 relative) against the eagerly discounted definition; returns how many
   * decisions after the first K were forced by the floor.
   */
  private static int decidesLikeTheDefinition(
      double gamma, double bound, double floor, int rounds) {
    double xi = 0.6;
    int k = 4;
    DiscountedUcb p = new DiscountedUcbSpec(gamma, xi, bound, floor).create(ArmSet.ofSize(k));
    double[] counts = new double[k];
    double[] sums = new double[k];
    double[] means = {0.2, 0.5, 0.6, 0.75};
    SplittableRandom rewards = new SplittableRandom(6);
    SplittableRandom ties = new SplittableRandom(7);
    int forcedLater = 0;
    for (int t = 0; t < rounds; t++) {
      int forced = -1;
      double total = 0.0;
      for (int i = 0; i < k; i++) {
        total += counts[i];
        if ((counts[i] <= 0.0 || counts[i] < floor) && (forced < 0 || counts[i] < counts[forced])) {
          forced = i;
        }
      }
      int expected = forced;
      if (forced >= 0 && t >= k) {
        forcedLater++;
      }
      if (forced < 0) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
          double index =
              sums[i] / counts[i]
                  + 2.0 * bound * Math.sqrt(xi * Math.log(Math.max(total, 1.0)) / counts[i]);
          if (index > best) {
            best = index;
            expected = i;
          }
        }
      }
      Selection s = p.select(ties);
      assertEquals(expected, s.arm().index(), "decision " + t + " with gamma " + gamma);
      double reward =
          bound * Math.min(1.0, Math.max(0.0, means[expected] + rewards.nextGaussian() * 0.15));
      p.update(s, reward);
      learnEagerly(counts, sums, gamma, expected, reward);
    }
    assertMatchesDefinition(p.snapshot(), counts, sums);
    return forcedLater;
  }

  /**
   * Discounted Thompson sampling's lazy discount decides like the definition applied eagerly: a
   * reference written here multiplies every count and sum by γ after every reward and draws each
   * arm's {@code Beta(1 + S̃, 1 + max(0, Ñ - S̃))} from a generator with the same seed, by the same
   * Gamma sampler. The shapes differ only by rounding, the draws consume the same variates, and the
   * 20 000 decisions are identical (γ = 0.9: {@code W} is rescaled every 422 rewards, about 47
   * times; γ = 0.999 and K = 10; γ = 1e-30, eager; γ = 1, no discount). The final statistics match
   * to 1e-9 relative.
   */
  @Test
  void discountedThompsonDecidesLikeTheEagerDefinition() {
    thompsonLikeTheDefinition(0.9, 4, 20_000);
    thompsonLikeTheDefinition(0.999, 10, 20_000);
    thompsonLikeTheDefinition(1e-30, 3, 2000);
    thompsonLikeTheDefinition(1.0, 3, 2000);
  }

  private static void thompsonLikeTheDefinition(double gamma, int k, int rounds) {
    DiscountedThompsonSampling p = DiscountedThompsonSpec.withGamma(gamma).create(ArmSet.ofSize(k));
    double[] counts = new double[k];
    double[] sums = new double[k];
    double[] theta = new double[k];
    SplittableRandom policyDraws = new SplittableRandom(8);
    SplittableRandom referenceDraws = new SplittableRandom(8);
    SplittableRandom rewards = new SplittableRandom(9);
    for (int t = 0; t < rounds; t++) {
      for (int i = 0; i < k; i++) {
        double a = 1.0 + sums[i];
        double b = 1.0 + Math.max(0.0, counts[i] - sums[i]);
        double x = GammaTable.sample(a, referenceDraws);
        double y = GammaTable.sample(b, referenceDraws);
        theta[i] = GammaTable.beta(x, y, a, b, referenceDraws);
      }
      int expected = new ArgMax().select(theta, referenceDraws);
      Selection s = p.select(policyDraws);
      assertEquals(expected, s.arm().index(), "decision " + t + " with gamma " + gamma);
      double reward = rewards.nextDouble() < 0.2 + 0.6 * expected / (k - 1) ? 1.0 : 0.0;
      p.update(s, reward);
      learnEagerly(counts, sums, gamma, expected, reward);
    }
    assertMatchesDefinition(p.snapshot(), counts, sums);
  }

  /** The definition: every count and sum times γ, then the played arm's get 1 and the reward. */
  private static void learnEagerly(
      double[] counts, double[] sums, double gamma, int arm, double reward) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] *= gamma;
      sums[i] *= gamma;
    }
    counts[arm] += 1.0;
    sums[arm] += reward;
  }

  /** The state's discounted counts and sums equal the definition's to 1e-9 relative. */
  private static void assertMatchesDefinition(
      ArmVectorsState state, double[] counts, double[] sums) {
    for (int i = 0; i < counts.length; i++) {
      assertEquals(counts[i], state.vector("counts")[i], 1e-9 * Math.max(1.0, counts[i]));
      assertEquals(sums[i], state.vector("sums")[i], 1e-9 * Math.max(1.0, sums[i]));
    }
  }

  @Test
  void badParametersAndStatesAreRejected() {
    assertEquals(
        "gamma must be finite and > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new DiscountedUcbSpec(0, 1, 1, 1))
            .getMessage());
    assertEquals(
        "gamma must be in [0.0, 1.0], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> DiscountedThompsonSpec.withGamma(1.5))
            .getMessage());
    assertEquals(0.99842, DiscountedUcbSpec.tuned(100_000, 4).gamma(), 1e-5);
    DiscountedUcbSpec spec = DiscountedUcbSpec.defaults();
    ArmVectorsState impossible =
        new ArmVectorsState(
            spec,
            ArmSet.ofSize(2),
            2,
            new long[] {1, 1},
            DiscountedUcb.VECTORS,
            List.of(new double[] {0.9, 1.0}, new double[] {0.95, 0.0}));
    String msg =
        assertThrows(IllegalArgumentException.class, () -> spec.restore(impossible)).getMessage();
    assertTrue(msg.contains("sums") && msg.contains("0.95"), msg);
  }
}
