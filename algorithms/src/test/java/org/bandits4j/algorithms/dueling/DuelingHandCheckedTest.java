package org.bandits4j.algorithms.dueling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.junit.jupiter.api.Test;

/** Numbers computed by hand (arithmetic in the comments). */
class DuelingHandCheckedTest {

  /** A generator that must not be consulted: the decisions checked here are deterministic. */
  private static final RandomGenerator NO_RANDOMNESS =
      () -> {
        throw new AssertionError("randomness drawn where the decision is deterministic");
      };

  private static void feed(WinMatrixDueler p, int a, int b, DuelOutcome o, int times) {
    for (int i = 0; i < times; i++) {
      p.update(new Duel(p.arms().get(a), p.arms().get(b), 0), o);
    }
  }

  @Test
  void winMatrixCountsTiesAsHalfWinsAndSelfDuelsAsDuels() {
    WinMatrix w = new WinMatrix(3);
    w.record(0, 1, DuelOutcome.FIRST_WINS);
    w.record(1, 0, DuelOutcome.FIRST_WINS); // arm 1 wins
    w.record(0, 1, DuelOutcome.TIE);
    w.record(2, 2, DuelOutcome.SECOND_WINS); // self-duel: only counted
    // W_01 = 1 + 0.5 = 1.5, W_10 = 1 + 0.5 = 1.5, n_01 = 3, p_01 = 0.5; 4 duels in all
    assertEquals(1.5, w.wins(0, 1));
    assertEquals(1.5, w.wins(1, 0));
    assertEquals(3, w.count(0, 1));
    assertEquals(0.5, w.mean(0, 1));
    assertEquals(4, w.duels());
    assertArrayEquals(new long[] {0, 3, 0, 3, 0, 0, 0, 0, 2}, w.halfWins());
    // unplayed pair: u = 1, l = 0 ("x/0 := 1"); diagonal 1/2
    assertEquals(1.0, w.upper(0, 2, 5.0));
    assertEquals(0.0, w.lower(0, 2, 5.0));
    assertEquals(0.5, w.upper(1, 1, 5.0));
    // u_01 = 0.5 + s / sqrt(3) with s = 0.6: 0.5 + 0.346410 = 0.846410
    assertEquals(0.846410, w.upper(0, 1, 0.6), 1e-6);
  }

  @Test
  void rucbBoundsAndChosenPairAfterSeventeenDuels() {
    Rucb p = RucbSpec.defaults().create(ArmSet.of("a", "b", "c"));
    feed(p, 0, 1, DuelOutcome.FIRST_WINS, 8);
    feed(p, 0, 2, DuelOutcome.FIRST_WINS, 8);
    feed(p, 1, 2, DuelOutcome.TIE, 1);
    // t = 17 + 1 = 18; s = sqrt(0.51 ln 18) = sqrt(0.51 * 2.890372) = sqrt(1.474090) = 1.214121
    double s = p.confidenceScale(0.51);
    assertEquals(1.214121, s, 1e-6);
    // u_10 = u_20 = 0 + s / sqrt(8) = 1.214121 / 2.828427 = 0.429256 < 1/2
    assertEquals(0.429256, p.wins.upper(1, 0, s), 1e-6);
    assertEquals(0.429256, p.wins.upper(2, 0, s), 1e-6);
    // u_12 = 0.5 + s / 1 = 1.714121; u_01 = 1 + 0.429256 = 1.429256
    assertEquals(1.714121, p.wins.upper(1, 2, s), 1e-6);
    assertEquals(1.429256, p.wins.upper(0, 1, s), 1e-6);
    // C = {a} (b and c each have a bound below 1/2), so B = {a}, champion a; challenger
    // argmax_j u_ja = max(u_aa = 0.5, 0.429256, 0.429256) = a itself: a self-duel, no randomness
    Duel d = p.select(NO_RANDOMNESS);
    assertEquals("a", d.first().id());
    assertEquals("a", d.second().id());
    assertEquals("a", p.recommendation().id());
    assertArrayEquals(new long[] {0}, p.snapshot().extra("best"));
    // without self-duels the challenger is a uniform draw between b and c (tied at 0.429256)
    Rucb q = new RucbSpec(0.51, false).create(ArmSet.of("a", "b", "c"));
    feed(q, 0, 1, DuelOutcome.FIRST_WINS, 8);
    feed(q, 0, 2, DuelOutcome.FIRST_WINS, 8);
    feed(q, 1, 2, DuelOutcome.TIE, 1);
    Duel e = q.select(new SplittableRandom(1));
    assertEquals("a", e.first().id());
    assertFalse(e.second().id().equals("a"));
  }

  @Test
  void rmedDivergenceByHand() {
    Rmed p = Rmed1Spec.defaults().create(ArmSet.ofSize(3));
    feed(p, 0, 1, DuelOutcome.FIRST_WINS, 2);
    feed(p, 0, 1, DuelOutcome.SECOND_WINS, 1);
    // p_10 = 1/3 <= 1/2: I_1 = 3 kl(1/3, 1/2); kl = (1/3) ln(2/3) + (2/3) ln(4/3)
    //   = (1/3)(-0.405465) + (2/3)(0.287682) = -0.135155 + 0.191788 = 0.056633; I_1 = 0.169899
    assertEquals(0.169899, p.divergence(1), 1e-6);
    // p_01 = 2/3 > 1/2 contributes nothing; arm 2 is unplayed
    assertEquals(0.0, p.divergence(0));
    assertEquals(0.0, p.divergence(2));
    assertEquals(0.056633, Rmed.klHalf(1.0 / 3), 1e-6);
    assertEquals(Math.log(2), Rmed.klHalf(0.0), 1e-15);
    // exploration: pairs (0,2) then (1,2) are still undueled, lexicographic order
    Duel d = p.select(NO_RANDOMNESS);
    assertEquals(0, d.first().index());
    assertEquals(2, d.second().index());
  }

  @Test
  void interleavedFilterRemovesAnArmAtTheTwentyEighthWin() {
    // T = 100, K = 3: ln(1/δ) = ln(100 * 9) = 6.802395; the radius after m duels is
    // sqrt(6.802395 / m): m = 27 -> 0.501937 (1 - r = 0.498063 < 1/2, kept),
    // m = 28 -> 0.492893 (1 - r = 0.507107 > 1/2, removed)
    InterleavedFilter p = InterleavedFilterSpec.forHorizon(100).create(ArmSet.ofSize(3));
    Duel first = p.select(new SplittableRandom(4));
    int c = first.first().index();
    int b = first.second().index();
    feed(p, c, b, DuelOutcome.FIRST_WINS, 27);
    assertEquals(1, p.snapshot().extra("active")[b]);
    feed(p, c, b, DuelOutcome.FIRST_WINS, 1);
    assertEquals(0, p.snapshot().extra("active")[b]);
    assertFalse(p.exploiting());
  }

  @Test
  void interleavedFilterKeepsExploitingPastItsHorizon() {
    InterleavedFilter p = InterleavedFilterSpec.forHorizon(100).create(ArmSet.ofSize(2));
    RandomGenerator rng = new SplittableRandom(5);
    for (int t = 0; t < 500; t++) {
      Duel d = p.select(rng);
      // the lower-indexed arm always wins
      p.update(
          d,
          d.first().index() < d.second().index()
              ? DuelOutcome.FIRST_WINS
              : d.first().index() == d.second().index()
                  ? DuelOutcome.TIE
                  : DuelOutcome.SECOND_WINS);
    }
    // after T = 100 the policy keeps working: filtering ended, arm 0 duels itself
    assertTrue(p.exploiting());
    Duel d = p.select(rng);
    assertEquals(0, d.first().index());
    assertEquals(0, d.second().index());
    assertEquals(0, p.recommendation().index());
  }

  @Test
  void beatTheMeanDropsTheConfidentlyWorstArm() {
    // T = 10, K = 3, γ = 1: ln(1/δ) = ln(2 * 10 * 3) = 4.094345; drop when
    // min P + c* <= max P - c*, c* = 3 sqrt(4.094345 / n*).
    BeatTheMean p = new BeatTheMeanSpec(10, 1.0).create(ArmSet.ofSize(3));
    feed(p, 0, 1, DuelOutcome.TIE, 40);
    feed(p, 0, 2, DuelOutcome.FIRST_WINS, 40);
    feed(p, 1, 2, DuelOutcome.FIRST_WINS, 40);
    // n_b = 80, P_0 = P_1 = (20 + 40)/80 = 0.75, P_2 = 0, c* = 3 sqrt(4.094345/80) = 0.678688:
    // 0.678688 <= 0.75 - 0.678688 = 0.071312 is false, arm 2 stays
    assertEquals(3, p.workingSetSize());
    feed(p, 0, 1, DuelOutcome.TIE, 91);
    feed(p, 0, 2, DuelOutcome.FIRST_WINS, 91);
    feed(p, 1, 2, DuelOutcome.FIRST_WINS, 90);
    // n_0 = 262, n_1 = n_2 = 261; P_0 = (65.5 + 131)/262 = 0.75; c* = 3 sqrt(4.094345/261)
    // = 0.375744: 0.375744 <= 0.75 - 0.375744 = 0.374256 is false
    assertEquals(3, p.workingSetSize());
    feed(p, 1, 2, DuelOutcome.FIRST_WINS, 1);
    // n_b = 262 each, P_0 = P_1 = 0.75; c* = 3 sqrt(4.094345/262) = 0.375027:
    // 0.375027 <= 0.374973 is false
    assertEquals(3, p.workingSetSize());
    feed(p, 0, 2, DuelOutcome.FIRST_WINS, 1);
    // n_0 = n_2 = 263, n* = 262; P_0 = 197.5/263 = 0.750951:
    // 0.375027 <= 0.750951 - 0.375027 = 0.375924 is true: arm 2 (P_2 = 0) is dropped
    assertEquals(2, p.workingSetSize());
    assertEquals(0, p.snapshot().extra("active")[2]);
  }

  @Test
  void sparringFeedsTheDuelScoresToItsLearners() {
    Sparring p = SparringSpec.defaults().create(ArmSet.of("x", "y"));
    p.update(new Duel(p.arms().get(0), p.arms().get(1), 1), DuelOutcome.TIE);
    p.update(new Duel(p.arms().get(1), p.arms().get(1), 2), DuelOutcome.FIRST_WINS);
    var s = p.snapshot();
    // left learned x: 0.5 (tie), y: 1.0 (self-duel won); right learned y: 0.5 and y: 0.0
    var left = (org.bandits4j.algorithms.state.SampleMeanState) s.left();
    var right = (org.bandits4j.algorithms.state.SampleMeanState) s.right();
    assertArrayEquals(new double[] {0.5, 1.0}, left.sums());
    assertArrayEquals(new double[] {0.0, 0.5}, right.sums());
    assertArrayEquals(new long[] {1, 3}, s.plays());
    assertEquals("y", p.recommendation().id());
    assertThrows(IllegalArgumentException.class, () -> p.update(null, DuelOutcome.TIE));
  }

  @Test
  void specsRejectBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> new RucbSpec(0.5, true));
    assertThrows(IllegalArgumentException.class, () -> new RucbSpec(Double.NaN, true));
    assertThrows(IllegalArgumentException.class, () -> new Rmed1Spec(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Rmed2Spec(0.3, 1.01, 0.4));
    assertThrows(IllegalArgumentException.class, () -> new DoubleThompsonSpec(0.2));
    assertThrows(IllegalArgumentException.class, () -> new CopelandConfidenceBoundSpec(0.5));
    assertThrows(IllegalArgumentException.class, () -> new InterleavedFilterSpec(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new InterleavedFilterSpec(10, 0));
    assertThrows(IllegalArgumentException.class, () -> new BeatTheMeanSpec(10, 0.9));
    assertThrows(IllegalArgumentException.class, () -> new MergeRucbSpec(1.01, 1, 0.01));
    assertThrows(IllegalArgumentException.class, () -> new MergeRucbSpec(1.01, 4, 1.0));
    assertThrows(IllegalArgumentException.class, () -> new SparringSpec(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SparringSpec(new org.bandits4j.algorithms.ucb.Ucb1Spec(2, 2, 3)));
  }
}
