package org.bandits4j.algorithms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded property tests of {@link CachedLog}: accuracy, and independence from call history. */
class CachedLogProperties {

  @Test
  void exactBelowTwoThousandFortyEight() {
    CachedLog log = new CachedLog();
    for (long t = 1; t < 2048; t++) {
      assertEquals(Math.log((double) t), log.ln(t), 0.0, "t = " + t);
    }
  }

  @Test
  void withinFourUlpsOfMathLogOnConsecutiveAndRandomIntegers() {
    CachedLog log = new CachedLog();
    for (long t = 2048; t < 3_000_000; t++) {
      double exact = Math.log((double) t);
      assertEquals(exact, log.ln(t), 4 * Math.ulp(exact), "t = " + t);
    }
    SplittableRandom rng = new SplittableRandom(1);
    for (int n = 0; n < 1_000_000; n++) {
      long t = rng.nextLong(1, Long.MAX_VALUE >>> rng.nextInt(62));
      double exact = Math.log((double) t);
      assertEquals(exact, log.ln(t), 4 * Math.ulp(exact), "t = " + t);
    }
  }

  @Test
  void valueDependsOnTheArgumentOnlyNotOnHistory() {
    SplittableRandom rng = new SplittableRandom(2);
    CachedLog warm = new CachedLog();
    for (int n = 0; n < 100_000; n++) {
      long t = rng.nextLong(1, 1L << 40);
      warm.ln(t + 1);
      warm.ln(t - 1 + 1);
      assertEquals(new CachedLog().ln(t), warm.ln(t), 0.0, "t = " + t);
    }
  }
}
