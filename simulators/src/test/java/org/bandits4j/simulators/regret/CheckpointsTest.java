package org.bandits4j.simulators.regret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckpointsTest {

  @Test
  void logGridHasRoundedPowersAndTheHorizon() {
    assertArrayEquals(new long[] {1, 3, 10, 32, 100, 316, 1000}, Checkpoints.logGrid(1000, 2));
    assertArrayEquals(new long[] {1, 10, 100, 150}, Checkpoints.logGrid(150, 1));
  }

  @Test
  void linearGridEndsAtHorizon() {
    assertArrayEquals(new long[] {25, 50, 75, 100}, Checkpoints.linearGrid(100, 4));
  }

  @Test
  void userGridIsValidatedAndCompleted() {
    assertArrayEquals(new long[] {5, 10}, Checkpoints.of(10, 5));
    String msg =
        assertThrows(IllegalArgumentException.class, () -> Checkpoints.of(10, 3, 3)).getMessage();
    assertEquals("checkpoints must increase, but 3 follows 3", msg);
    assertThrows(IllegalArgumentException.class, () -> Checkpoints.of(10, 11));
    assertThrows(IllegalArgumentException.class, () -> Checkpoints.logGrid(0, 1));
  }

  @Test
  void summaryStatistics() {
    double[] v = {1, 2, 3, 4};
    assertEquals(2.5, Summary.mean(v));
    assertEquals(Math.sqrt(5.0 / 3.0), Summary.standardDeviation(v), 1e-15);
    assertEquals(1.75, Summary.quantile(v, 0.25), 1e-15);
    assertEquals(4.0, Summary.quantile(v, 1.0));
    assertEquals(0.0, Summary.standardDeviation(new double[] {3}));
  }
}
