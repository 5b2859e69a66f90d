package org.bandits4j.algorithms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests of {@link ArgMax} against the plain running scan (a new maximum replaces
 * the leader, an equal value adds a tie): the same first index, maximum, tie count and tie-break,
 * on arrays full of ties, signed zeros and infinities, and on arrays with NaNs; and of {@link
 * ArgMax#selectAffine} against {@link ArgMax#select} on the values it computes.
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

  /**
   * {@code selectAffine(a, s, b)} answers like {@code select} on the values {@code a[i] + s b[i]}:
   * the same index, tie count and maximum, from generators in the same state, on inputs with many
   * ties (small integer grids) and without NaNs.
   */
  @Test
  void affineSelectionAnswersLikeSelectOnTheValues() {
    SplittableRandom rng = new SplittableRandom(13);
    for (int n = 0; n < 100_000; n++) {
      int k = 1 + rng.nextInt(30);
      double[] a = new double[k];
      double[] b = new double[k];
      double s = rng.nextInt(3) * 0.5;
      for (int i = 0; i < k; i++) {
        a[i] = rng.nextBoolean() ? rng.nextInt(4) : rng.nextDouble();
        b[i] = rng.nextInt(3);
      }
      double[] values = new double[k];
      for (int i = 0; i < k; i++) {
        values[i] = a[i] + s * b[i];
      }
      ArgMax reference = new ArgMax();
      int expected = reference.select(values, new SplittableRandom(n));
      ArgMax affine = new ArgMax();
      int actual = affine.selectAffine(a, s, b, new double[k], new SplittableRandom(n));
      String where = java.util.Arrays.toString(values);
      assertEquals(expected, actual, where);
      assertEquals(reference.ties(), affine.ties(), where);
      assertEquals(reference.max(), affine.max(), 0.0, where);
    }
  }

  /** By hand: 0.5 + 2·0.25 = 1 ties 1 + 2·0 = 1; index 2 is 0.5 + 2·0.1 = 0.7. */
  @Test
  void affineSelectionByHand() {
    ArgMax argMax = new ArgMax();
    double[] a = {0.5, 1.0, 0.5};
    double[] b = {0.25, 0.0, 0.1};
    java.util.Set<Integer> picked = new java.util.TreeSet<>();
    for (int seed = 0; seed < 50; seed++) {
      picked.add(argMax.selectAffine(a, 2.0, b, new double[3], new SplittableRandom(seed)));
      assertEquals(2, argMax.ties());
      assertEquals(1.0, argMax.max(), 0.0);
    }
    assertEquals(java.util.Set.of(0, 1), picked);
    assertEquals(1, argMax.selectAffine(a, 1.0, b, new double[3], new SplittableRandom(0)));
    assertEquals(1, argMax.ties());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            argMax.selectAffine(
                new double[0], 1.0, new double[0], new double[0], new SplittableRandom(0)));
  }

  @Test
  void emptyValuesAreRejected() {
    assertEquals(
        "argmax of no values",
        assertThrows(IllegalArgumentException.class, () -> new ArgMax().scan(new double[0]))
            .getMessage());
  }
}
