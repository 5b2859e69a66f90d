package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class MossTest {

  private static void feed(Bandit p, int arm, double... rewards) {
    for (double r : rewards) {
      p.update(Selection.forced(p.arms().get(arm)), r);
    }
  }

  private static <P extends Bandit> P threeArms(P p) {
    feed(p, 0, 1, 0);
    feed(p, 1, 1);
    feed(p, 2, 0, 0, 1);
    return p;
  }

  /**
   * By hand, MOSS with n = 120, K = 3: arm a (1, 0): 0.5 + sqrt(ln(120/6)/2) = 0.5 + 1.2238734 =
   * 1.7238734; arm b (1): 1 + sqrt(ln 40) = 2.9206456; arm c (0, 0, 1): 1/3 + sqrt(ln(120/9)/3) =
   * 1/3 + 0.9292052 = 1.2625386. b is played.
   */
  @Test
  void mossIndexByHand() {
    Moss p = threeArms(new MossSpec(120).create(ArmSet.of("a", "b", "c")));
    ArmEstimate a = p.estimates().orElseThrow().all().get(0);
    assertEquals(1.2238734, a.uncertainty(), 1e-7);
    assertEquals(Math.sqrt(Math.log(40)), p.estimates().orElseThrow().all().get(1).uncertainty());
    assertEquals(0.9292052, p.estimates().orElseThrow().all().get(2).uncertainty(), 1e-7);
    Selection s = p.select(new SplittableRandom(1));
    assertEquals("b", s.arm().id());
    assertEquals(1.0, s.propensity());
  }

  /**
   * Beyond n/K pulls the bonus vanishes and indices are plain means: with n = 6, K = 3, arms with 2
   * pulls have bonus max(ln(6/6), 0) = 0; two arms at mean 1/2 tie (propensity 1/2).
   */
  @Test
  void indicesCollapseToMeansAndTiesAreRandom() {
    Moss p = new MossSpec(6).create(ArmSet.ofSize(3));
    feed(p, 0, 1, 0);
    feed(p, 1, 0, 1);
    feed(p, 2, 0, 0);
    assertEquals(0.0, p.estimates().orElseThrow().all().get(0).uncertainty());
    int zero = 0;
    for (int seed = 0; seed < 200; seed++) {
      Selection s = new MossSpec(6).restore(p.snapshot()).select(new SplittableRandom(seed));
      assertEquals(0.5, s.propensity());
      zero += s.arm().index() == 0 ? 1 : 0;
    }
    assertEquals(100, zero, 30); // binomial(200, 1/2): sd 7.1, 4.2 sd
  }

  /**
   * By hand, anytime MOSS with α = 1.35 at t = 6, K = 3: arm a: ln(6/(3*2)) = 0, index 0.5; arm b:
   * 1 + sqrt(1.175 ln 2) = 1.9024677; arm c: ln(6/9) < 0, index 1/3. b is played.
   */
  @Test
  void anytimeIndexByHand() {
    MossAnytime p = threeArms(MossAnytimeSpec.defaults().create(ArmSet.of("a", "b", "c")));
    assertEquals(0.0, p.estimates().orElseThrow().all().get(0).uncertainty());
    assertEquals(0.9024677, p.estimates().orElseThrow().all().get(1).uncertainty(), 1e-7);
    assertEquals(0.0, p.estimates().orElseThrow().all().get(2).uncertainty());
    assertEquals("b", p.select(new SplittableRandom(1)).arm().id());
  }

  @Test
  void specsRejectBadParameters() {
    assertEquals(
        "horizon must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> new MossSpec(0)).getMessage());
    assertEquals(
        "alpha must be finite and >= 0, was -0.5",
        assertThrows(IllegalArgumentException.class, () -> new MossAnytimeSpec(-0.5)).getMessage());
    Moss p = MossSpec.defaults().create(ArmSet.ofSize(2));
    Selection s = p.select(new SplittableRandom(3));
    assertThrows(IllegalArgumentException.class, () -> p.update(s, 1.5));
  }
}
