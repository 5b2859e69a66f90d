package org.bandits4j.simulators.regret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.env.FullInformation;
import org.bandits4j.simulators.env.TableEnvironment;
import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.api.Test;

class HindsightRegretTest {

  /**
   * By hand: table rows (1, 0), (0, 1), (1, 1), (0, 1); the learner plays arms 0, 0, 1, 0 and
   * collects 1, 0, 1, 0. Column totals after rounds 1..4: (1, 0), (1, 1), (2, 2), (2, 3); collected
   * 1, 1, 2, 2; hindsight regret 0, 0, 0, 1.
   */
  @Test
  void hindsightRegretByHand() {
    TableEnvironment table = TableEnvironment.of(new double[][] {{1, 0}, {0, 1}, {1, 1}, {0, 1}});
    FullInformation p = table.start(RandomStream.of(1));
    RegretMeter meter = new RegretMeter(new long[] {1, 2, 3, 4}, p, 2);
    int[] played = {0, 0, 1, 0};
    for (int t = 1; t <= 4; t++) {
      int arm = played[t - 1];
      meter.record(p.bestMean(t), p.mean(t, arm), p.pull(t, arm));
    }
    assertTrue(meter.tracksHindsight());
    assertArrayEquals(new double[] {0, 0, 0, 1}, meter.hindsightAtCheckpoints(), 0);
    assertEquals(1.0, meter.hindsight());
    RegretMeter plain = new RegretMeter(new long[] {4});
    assertFalse(plain.tracksHindsight());
    assertThrows(IllegalStateException.class, plain::hindsightAtCheckpoints);
  }

  @Test
  void curvesExposeHindsightOnlyWhenRecorded() {
    long[] cps = {1, 2};
    double[][] rows = {{0, 1}, {1, 2}};
    RegretCurves with = new RegretCurves(cps, rows, rows, new double[][] {{0, 3}, {1, 5}});
    assertTrue(with.hasHindsight());
    assertEquals(4.0, with.mean(RegretKind.HINDSIGHT, 1));
    RegretCurves without = new RegretCurves(cps, rows, rows);
    assertFalse(without.hasHindsight());
    String msg =
        assertThrows(IllegalArgumentException.class, () -> without.mean(RegretKind.HINDSIGHT, 1))
            .getMessage();
    assertTrue(msg.contains("HINDSIGHT"), msg);
    assertFalse(with.equals(without));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RegretCurves(cps, rows, rows, new double[][] {{0, 3}}));
  }
}
