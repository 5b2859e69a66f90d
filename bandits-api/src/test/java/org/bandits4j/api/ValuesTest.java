package org.bandits4j.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValuesTest {

  private final Arm arm = new Arm(0, "a");

  @Test
  void selectionValidatesPropensityAndStep() {
    assertEquals(0.25, new Selection(arm, 0.25, 3).propensity());
    assertTrue(Double.isNaN(new Selection(arm, Double.NaN, 3).propensity()));
    for (double bad : new double[] {0.0, -0.1, 1.0000001, Double.POSITIVE_INFINITY}) {
      String msg =
          assertThrows(IllegalArgumentException.class, () -> new Selection(arm, bad, 1))
              .getMessage();
      assertTrue(msg.contains(String.valueOf(bad)), msg);
    }
    assertThrows(IllegalArgumentException.class, () -> new Selection(arm, 1.0, -1));
    assertThrows(IllegalArgumentException.class, () -> new Selection(null, 1.0, 1));
    assertEquals(new Selection(arm, 1.0, 0), Selection.forced(arm));
  }

  @Test
  void armRejectsNegativeIndexAndBlankId() {
    assertThrows(IllegalArgumentException.class, () -> new Arm(-1, "a"));
    assertThrows(IllegalArgumentException.class, () -> new Arm(0, ""));
    assertThrows(IllegalArgumentException.class, () -> new Arm(0, null));
  }

  @Test
  void duelValidates() {
    Duel duel = new Duel(arm, arm, 4);
    assertEquals(arm, duel.second());
    assertThrows(IllegalArgumentException.class, () -> new Duel(arm, null, 1));
    assertThrows(IllegalArgumentException.class, () -> new Duel(arm, arm, -2));
    assertEquals(0.5, DuelOutcome.TIE.firstScore());
    assertEquals(1.0, DuelOutcome.FIRST_WINS.firstScore());
    assertEquals(0.0, DuelOutcome.SECOND_WINS.firstScore());
  }

  @Test
  void contextCopiesInputsAndChecksShape() {
    double[] x = {1.0, 2.0};
    Context c = Context.of(x);
    x[0] = 99.0;
    assertArrayEquals(new double[] {1.0, 2.0}, c.shared());
    assertEquals(2, c.sharedDimension());
    assertEquals(0, c.armCount());

    Context arms = Context.ofArms(new double[][] {{1, 2, 3}, {4, 5, 6}});
    assertEquals(2, arms.armCount());
    assertEquals(3, arms.armDimension());
    assertArrayEquals(new double[] {4, 5, 6}, arms.arm(1));
    assertThrows(IllegalStateException.class, arms::shared);
    assertThrows(IllegalArgumentException.class, () -> arms.arm(2));

    String ragged =
        assertThrows(
                IllegalArgumentException.class, () -> Context.ofArms(new double[][] {{1, 2}, {3}}))
            .getMessage();
    assertTrue(ragged.contains("arm 1 has 1"), ragged);
    String nan =
        assertThrows(IllegalArgumentException.class, () -> Context.of(new double[] {0, Double.NaN}))
            .getMessage();
    assertTrue(nan.contains("entry 1 was NaN"), nan);
    assertThrows(IllegalArgumentException.class, () -> Context.of(new double[0]));
    assertEquals(Context.of(new double[] {1, 2}), Context.of(new double[] {1, 2}));
    assertThrows(IllegalStateException.class, () -> Context.EMPTY.arm(0));
  }
}
