package org.bandits4j.algorithms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests of {@link ArgMax} against the plain running scan (a new maximum replaces
 * the leader, an equal value adds a tie): the same first index, maximum, tie count and tie-break,
 * on arrays full of ties, signed zeros and infinities, and on arrays with NaNs.
 */
class ArgMaxProperties {

  private static final double[] SPECIAL = {
    Double.NEGATIVE_INFINITY, -1.0, -0.0, 0.0, 0.5, 1.0, Double.POSITIVE_INFINITY
  };

  /** The reference: first index of the maximum, the maximum, and the number of ties. */
  private record Scan(int first, double max, int ties) {}

  private static Scan runningScan(double[] values) {
    int best = 0;
    double top = values[0];
    int count = 1;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > top) {
        top = values[i];
        best = i;
        count = 1;
      } else if (values[i] == top) {
        count++;
      }
    }
    return new Scan(best, top, count);
  }

  private static double[] randomValues(SplittableRandom rng, double nanShare) {
    double[] values = new double[1 + rng.nextInt(40)];
    for (int i = 0; i < values.length; i++) {
      double u = rng.nextDouble();
      values[i] =
          u < nanShare
              ? Double.NaN
              : u < 0.6 ? SPECIAL[rng.nextInt(SPECIAL.length)] : rng.nextDouble(-2.0, 2.0);
    }
    return values;
  }

  private static void assertSameAsRunningScan(double[] values, long seed) {
    ArgMax argMax = new ArgMax();
    argMax.scan(values);
    Scan expected = runningScan(values);
    String where = java.util.Arrays.toString(values);
    assertEquals(expected.ties(), argMax.ties(), where);
    assertTrue(
        expected.max() == argMax.max()
            || (Double.isNaN(expected.max()) && Double.isNaN(argMax.max())),
        where);
    // the pick: the same rank among the ties, from generators in the same state
    SplittableRandom reference = new SplittableRandom(seed);
    int expectedPick = expected.first();
    if (expected.ties() > 1) {
      int rank = reference.nextInt(expected.ties());
      for (int i = expected.first(); i < values.length; i++) {
        if (values[i] == expected.max() && rank-- == 0) {
          expectedPick = i;
          break;
        }
      }
    }
    assertEquals(expectedPick, argMax.pick(values, new SplittableRandom(seed)), where);
  }

  @Test
  void sameAnswerAsTheRunningScanWithTiesZerosAndInfinities() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int n = 0; n < 200_000; n++) {
      assertSameAsRunningScan(randomValues(rng, 0.0), n);
    }
  }

  @Test
  void sameAnswerAsTheRunningScanWhenNaNsSlipIn() {
    SplittableRandom rng = new SplittableRandom(12);
    for (int n = 0; n < 50_000; n++) {
      assertSameAsRunningScan(randomValues(rng, 0.2), n);
    }
  }

  @Test
  void signedZerosTieAndEachTiedIndexCanBePicked() {
    ArgMax argMax = new ArgMax();
    double[] values = {-0.0, -1.0, 0.0, -0.0};
    argMax.scan(values);
    assertEquals(3, argMax.ties());
    assertEquals(0.0, argMax.max(), 0.0);
    java.util.Set<Integer> picked = new java.util.TreeSet<>();
    for (int seed = 0; seed < 100; seed++) {
      picked.add(argMax.pick(values, new SplittableRandom(seed)));
    }
    assertEquals(java.util.Set.of(0, 2, 3), picked);
  }

  @Test
  void emptyValuesAreRejected() {
    assertEquals(
        "argmax of no values",
        assertThrows(IllegalArgumentException.class, () -> new ArgMax().scan(new double[0]))
            .getMessage());
  }
}
