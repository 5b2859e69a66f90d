package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Objects;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.junit.jupiter.api.Test;

/** The header that {@link AbstractPolicyState} gives every state: accessors and helpers. */
class AbstractPolicyStateTest {

  /** A minimal state: the header plus one array. */
  private static class Probe extends AbstractPolicyState {
    final double[] values;

    Probe(PolicySpec<?> spec, ArmSet arms, long step, int version, double[] values) {
      super(spec, arms, step, version);
      requireComponents(values);
      this.values = values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Probe p && sameHeader(p) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
      return hashWith(values);
    }

    @Override
    protected void describe(Fields fields) {
      fields.add("values", values);
    }
  }

  /** Same fields, another class: never equal to a {@link Probe}. */
  private static final class OtherProbe extends Probe {
    OtherProbe(PolicySpec<?> spec, ArmSet arms, long step, int version, double[] values) {
      super(spec, arms, step, version, values);
    }
  }

  private static final ArmSet ARMS = ArmSet.of("a", "b");

  private static Probe probe(PolicySpec<?> spec, ArmSet arms, long step, int version) {
    return new Probe(spec, arms, step, version, new double[] {0.5, 2.0});
  }

  @Test
  void accessorsReturnTheHeader() {
    Probe p = probe(Ucb1Spec.defaults(), ARMS, 7, 3);
    assertEquals(Ucb1Spec.defaults(), p.spec());
    assertEquals(ARMS, p.arms());
    assertEquals(7, p.step());
    assertEquals(3, p.version());
    assertEquals("ucb1", p.policy());
  }

  @Test
  void equalityComparesClassSpecArmsStepVersionAndContents() {
    Probe p = probe(Ucb1Spec.defaults(), ARMS, 7, 1);
    Probe same = probe(Ucb1Spec.defaults(), ArmSet.of("a", "b"), 7, 1);
    assertEquals(p, same);
    assertEquals(p.hashCode(), same.hashCode());
    assertNotEquals(p, probe(new Ucb1Spec(1.0, 0, 1), ARMS, 7, 1));
    assertNotEquals(p, probe(Ucb1Spec.defaults(), ArmSet.of("a", "c"), 7, 1));
    assertNotEquals(p, probe(Ucb1Spec.defaults(), ARMS, 8, 1));
    assertNotEquals(p, probe(Ucb1Spec.defaults(), ARMS, 7, 2));
    assertNotEquals(p, new Probe(Ucb1Spec.defaults(), ARMS, 7, 1, new double[] {0.5, 2.5}));
    Probe other = new OtherProbe(Ucb1Spec.defaults(), ARMS, 7, 1, new double[] {0.5, 2.0});
    assertFalse(p.sameHeader(other));
    assertNotEquals(p, other);
    assertTrue(p.sameHeader(same));
  }

  @Test
  void hashCoversTheHeaderAndTheContentsByValue() {
    Probe p = probe(Ucb1Spec.defaults(), ARMS, 7, 1);
    // 31 * hash(spec, arms, step) + deepHashCode({values})
    int expected =
        31 * Objects.hash(Ucb1Spec.defaults(), ARMS, 7L)
            + 31
            + Arrays.hashCode(new double[] {0.5, 2.0});
    assertEquals(expected, p.hashCode());
    assertNotEquals(p.hashCode(), probe(Ucb1Spec.defaults(), ARMS, 8, 1).hashCode());
  }

  @Test
  void describeStartsWithClassPolicyArmsAndStep() {
    assertEquals(
        "Probe[policy=ucb1, arms=[a, b], step=7, values=[0.5, 2.0]]",
        probe(Ucb1Spec.defaults(), ARMS, 7, 1).toString());
  }

  @Test
  void nullComponentsAreRejectedWithTheCommonMessage() {
    for (Runnable make :
        new Runnable[] {
          () -> probe(null, ARMS, 0, 1),
          () -> probe(Ucb1Spec.defaults(), null, 0, 1),
          () -> new Probe(Ucb1Spec.defaults(), ARMS, 0, 1, null)
        }) {
      assertEquals(
          "state components must not be null",
          assertThrows(IllegalArgumentException.class, make::run).getMessage());
    }
  }

  @Test
  void pullsAndSumsMustHaveOneEntryPerArm() {
    Probe p = probe(Ucb1Spec.defaults(), ARMS, 0, 1);
    p.requirePullsAndSums(new long[2], new double[2], "sum");
    assertEquals(
        "state must have one pull count and one sum per arm: 2 arms, 2 pulls, 3 sums",
        assertThrows(
                IllegalArgumentException.class,
                () -> p.requirePullsAndSums(new long[2], new double[3], "sum"))
            .getMessage());
    assertEquals(
        "state must have one pull count and one window sum per arm: 2 arms, 1 pulls, 2 sums",
        assertThrows(
                IllegalArgumentException.class,
                () -> p.requirePullsAndSums(new long[1], new double[2], "window sum"))
            .getMessage());
  }
}
