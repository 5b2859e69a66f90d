package org.bandits4j.simulators.contextual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bandits4j.api.Context;
import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextualEnvironmentsTest {

  /** Two rounds, K = 2, a shared vector of dimension 1 and rows of dimension 2. */
  private static final double[][] RECORDS = {
    {0.5, 1.0, 2.0, 3.0, 4.0, 0.25, 0.75}, {-1.5, 0.0, 1.0, -1.0, 0.5, 1.0, 0.0}
  };

  @Test
  void csvAndBinaryRoundTripExactly(@TempDir Path dir) {
    LoggedRounds log = LoggedRounds.of(2, 1, 2, RECORDS);
    Path csv = dir.resolve("log.csv");
    Path bin = dir.resolve("log.bin");
    log.writeCsv(csv);
    log.writeBinary(bin);
    for (LoggedRounds read :
        new LoggedRounds[] {LoggedRounds.readCsv(csv, 2, 1, 2), LoggedRounds.readBinary(bin)}) {
      assertEquals(2, read.rounds());
      assertEquals(
          Context.of(new double[] {0.5}, new double[][] {{1, 2}, {3, 4}}), read.context(0));
      assertEquals(0.75, read.reward(0, 1));
      assertEquals(1.0, read.reward(1, 0));
      assertEquals(log.context(1), read.context(1));
    }
  }

  @Test
  void csvWithAHeaderAndBlankLinesIsRead(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("h.csv");
    Files.writeString(csv, "x0,r0,r1\n\n1.5,0,1\n2.5,1,0\n", StandardCharsets.UTF_8);
    LoggedRounds log = LoggedRounds.readCsv(csv, 2, 1, 0);
    assertEquals(2, log.rounds());
    assertArrayEquals(new double[] {2.5}, log.context(1).shared());
  }

  @Test
  void wrongShapesAreRejectedWithTheLine(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "1,2,3\n1,2\n", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LoggedRounds.readCsv(csv, 2, 1, 0));
    assertTrue(
        e.getMessage().contains("line 2") && e.getMessage().contains("expected 3"), e.getMessage());
    Files.writeString(csv, "1,2,3\n1,x,3\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> LoggedRounds.readCsv(csv, 2, 1, 0));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    Files.writeString(csv, "1,NaN,3\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> LoggedRounds.readCsv(csv, 2, 1, 0));
    assertTrue(e.getMessage().contains("finite"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LoggedRounds.of(2, 1, 2, new double[][] {{1, 2}}));
    assertTrue(e.getMessage().contains("must have 7 values"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LoggedRounds.of(2, 0, 0, new double[0][]));
  }

  @Test
  void malformedBinaryFilesAreRejected(@TempDir Path dir) throws IOException {
    Path bin = dir.resolve("log.bin");
    LoggedRounds.of(2, 1, 2, RECORDS).writeBinary(bin);
    byte[] bytes = Files.readAllBytes(bin);
    Path truncated = dir.resolve("short.bin");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 8));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LoggedRounds.readBinary(truncated));
    assertTrue(e.getMessage().contains("ends inside record 1"), e.getMessage());
    byte[] wrongMagic = bytes.clone();
    wrongMagic[0] ^= 1;
    Path magic = dir.resolve("magic.bin");
    Files.write(magic, wrongMagic);
    e = assertThrows(IllegalArgumentException.class, () -> LoggedRounds.readBinary(magic));
    assertTrue(e.getMessage().contains("magic"), e.getMessage());
    byte[] noArms = bytes.clone();
    ByteBuffer.wrap(noArms).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 0);
    Path arms = dir.resolve("arms.bin");
    Files.write(arms, noArms);
    e = assertThrows(IllegalArgumentException.class, () -> LoggedRounds.readBinary(arms));
    assertTrue(e.getMessage().contains("arms >= 1"), e.getMessage());
  }

  @Test
  void replayRevealsTheLogInOrderAndPaysTheLoggedRewards() {
    ReplayEnvironment env = new ReplayEnvironment(LoggedRounds.of(2, 1, 2, RECORDS), false);
    ContextualProcess p = env.start(RandomStream.of(1));
    assertThrows(IllegalArgumentException.class, () -> p.context(2));
    assertArrayEquals(new double[] {0.5}, p.context(1).shared());
    assertEquals(0.25, p.pull(1, 0));
    assertEquals(0.75, p.bestMean(1));
    assertThrows(IllegalArgumentException.class, () -> p.pull(1, 2));
    assertArrayEquals(new double[] {-1.5}, p.context(2).shared());
    assertEquals(1.0, p.bestMean(2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.context(3));
    assertTrue(e.getMessage().contains("beyond the 2 logged rounds"), e.getMessage());
  }

  @Test
  void shuffledReplayIsAPermutationFixedByTheSeed() {
    double[][] records = new double[50][];
    for (int i = 0; i < 50; i++) {
      records[i] = new double[] {i, 0.0, 1.0};
    }
    ReplayEnvironment env = new ReplayEnvironment(LoggedRounds.of(2, 1, 0, records), true);
    double[] a = order(env, 5);
    double[] sorted = a.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < 50; i++) {
      assertEquals(i, sorted[i]);
    }
    assertArrayEquals(a, order(env, 5));
    assertTrue(!Arrays.equals(a, order(env, 6)));
  }

  private static double[] order(ReplayEnvironment env, long seed) {
    ContextualProcess p = env.start(RandomStream.of(seed));
    double[] out = new double[env.log().rounds()];
    for (int t = 1; t <= out.length; t++) {
      out[t - 1] = p.context(t).shared()[0];
    }
    return out;
  }

  @Test
  void linearProcessMeansAreTheLinearPredictor() {
    LinearEnvironment env = new LinearEnvironment(LinearModel.sharedParameter(4, 3, 1.0), 0.0);
    LinearProcess p = env.start(RandomStream.of(9));
    double[] theta = p.rowCoefficients()[0];
    Context c = p.context(1);
    double best = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < 4; a++) {
      double f = LinearModel.dot(c.arm(a), theta);
      assertEquals(f, p.mean(1, a), 1e-15);
      assertEquals(f, p.pull(1, a), 1e-15); // noise 0
      best = Math.max(best, f);
    }
    assertEquals(best, p.bestMean(1));
  }
}
