package org.bandits4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArmSetTest {

  @Test
  void ofSizeNumbersArmsFromZero() {
    ArmSet arms = ArmSet.ofSize(3);
    assertEquals(List.of("0", "1", "2"), arms.ids());
    assertEquals(new Arm(2, "2"), arms.get(2));
    assertEquals(1, arms.indexOf("1"));
    assertEquals(-1, arms.indexOf("3"));
  }

  @Test
  void rejectsEmptyBlankAndDuplicateIds() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, ArmSet::of).getMessage().contains("at least"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ArmSet.of("a", " "))
            .getMessage()
            .contains("' '"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ArmSet.of("a", "b", "a"))
            .getMessage()
            .contains("'a' repeats"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ArmSet.ofSize(0))
            .getMessage()
            .contains("was 0"));
  }

  @Test
  void withAppendsAndWithoutShiftsLaterArms() {
    ArmSet abc = ArmSet.of("a", "b", "c");
    ArmSet abcd = abc.with("d");
    assertEquals(List.of("a", "b", "c", "d"), abcd.ids());
    assertEquals(List.of("a", "b", "c"), abc.ids(), "original unchanged");

    ArmSet ac = abc.without("b");
    assertEquals(List.of("a", "c"), ac.ids());
    assertEquals(1, ac.get("c").index());
  }

  @Test
  void resolveUsesIndexFastPathThenId() {
    ArmSet abc = ArmSet.of("a", "b", "c");
    Arm c = abc.get("c");
    assertEquals(2, abc.resolve(c));
    ArmSet ac = abc.without("b");
    assertEquals(1, ac.resolve(c), "shifted arm resolved by id");
    assertEquals(-1, ac.resolve(abc.get("b")), "removed arm is not resolved");
    assertEquals(-1, abc.resolve(new Arm(7, "zz")));
  }

  @Test
  void withoutRejectsUnknownAndLastArm() {
    ArmSet a = ArmSet.of("a");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> a.without("a"))
            .getMessage()
            .contains("only arm"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> a.without("x"))
            .getMessage()
            .contains("'x'"));
    assertThrows(IllegalArgumentException.class, () -> a.with("a"));
  }

  @Test
  void getRejectsOutOfRangeIndexWithValue() {
    ArmSet arms = ArmSet.ofSize(2);
    String msg = assertThrows(IllegalArgumentException.class, () -> arms.get(5)).getMessage();
    assertTrue(msg.contains("[0, 2)") && msg.contains("5"), msg);
    assertThrows(IllegalArgumentException.class, () -> arms.get("nope"));
  }

  @Test
  void equalityIsByIdsInOrder() {
    assertEquals(ArmSet.of("x", "y"), ArmSet.of(List.of("x", "y")));
    assertEquals(ArmSet.of("x", "y").hashCode(), ArmSet.of("x", "y").hashCode());
    assertNotEquals(ArmSet.of("x", "y"), ArmSet.of("y", "x"));
    assertFalse(ArmSet.of("x").contains("y"));
    ArmSet arms = ArmSet.of("x", "y");
    assertSame(arms.get(0), arms.iterator().next());
  }
}
