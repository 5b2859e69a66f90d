package org.bandits4j.simulators.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bandits4j.simulators.env.TableEnvironment.ValueType;
import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {

  @TempDir Path dir;

  @Test
  void bernoulliFrequenciesMatchMeans() {
    BernoulliEnvironment env = new BernoulliEnvironment(0.1, 0.5, 0.9);
    RewardProcess p = env.start(RandomStream.of(11));
    int n = 100_000;
    for (int arm = 0; arm < 3; arm++) {
      double sum = 0;
      for (int t = 1; t <= n; t++) {
        double x = p.pull(t, arm);
        assertTrue(x == 0.0 || x == 1.0);
        sum += x;
      }
      double mu = env.means()[arm];
      double se = Math.sqrt(mu * (1 - mu) / n);
      // 5 standard errors: false-alarm rate below 1e-6 per arm
      assertEquals(mu, sum / n, 5 * se, "arm " + arm);
    }
    assertEquals(0.9, p.bestMean(1));
    assertEquals(0.5, p.mean(1, 1));
  }

  @Test
  void bernoulliIntegerThresholdEqualsTheUniformComparison() {
    double[] means = {0.0, 1e-17, 0.05, 0.1, 1.0 / 3.0, 0.5, 0.9999999999999999, 1.0};
    BernoulliEnvironment env = new BernoulliEnvironment(means);
    RewardProcess p = env.start(RandomStream.of(21));
    RandomStream replay = RandomStream.of(21);
    RandomStream[] arms = new RandomStream[means.length];
    for (int i = 0; i < arms.length; i++) {
      arms[i] = replay.split();
    }
    for (int t = 1; t <= 20_000; t++) {
      int arm = t % means.length;
      double expected = arms[arm].nextDouble() < means[arm] ? 1.0 : 0.0;
      assertEquals(expected, p.pull(t, arm), "round " + t + ", arm " + arm);
    }
  }

  @Test
  void gaussianMomentsMatch() {
    GaussianEnvironment env =
        new GaussianEnvironment(new double[] {1.0, -2.0}, new double[] {0.5, 2.0});
    RewardProcess p = env.start(RandomStream.of(5));
    int n = 200_000;
    for (int arm = 0; arm < 2; arm++) {
      double s = 0;
      double ss = 0;
      for (int t = 1; t <= n; t++) {
        double x = p.pull(t, arm);
        s += x;
        ss += x * x;
      }
      double mean = s / n;
      double var = ss / n - mean * mean;
      double sigma = env.sigmas()[arm];
      assertEquals(env.means()[arm], mean, 5 * sigma / Math.sqrt(n));
      // Var of the sample variance of a normal is 2 sigma^4 / n
      assertEquals(sigma * sigma, var, 5 * Math.sqrt(2.0 / n) * sigma * sigma);
    }
  }

  @Test
  void armStreamsAreIndependentOfPlayOrder() {
    BernoulliEnvironment env = new BernoulliEnvironment(0.3, 0.6);
    RewardProcess a = env.start(RandomStream.of(99));
    RewardProcess b = env.start(RandomStream.of(99));
    double[] arm1a = new double[50];
    for (int i = 0; i < 50; i++) {
      a.pull(2 * i + 1, 0); // interleave pulls of arm 0
      arm1a[i] = a.pull(2 * i + 2, 1);
    }
    double[] arm1b = new double[50];
    for (int i = 0; i < 50; i++) {
      arm1b[i] = b.pull(i + 1, 1);
    }
    assertArrayEquals(arm1a, arm1b);
  }

  @Test
  void environmentsRejectBadParameters() {
    String msg =
        assertThrows(IllegalArgumentException.class, () -> new BernoulliEnvironment(0.5, 1.2))
            .getMessage();
    assertTrue(msg.contains("means[1]") && msg.contains("1.2"), msg);
    assertThrows(IllegalArgumentException.class, BernoulliEnvironment::new);
    String sigma =
        assertThrows(
                IllegalArgumentException.class,
                () -> new GaussianEnvironment(new double[] {0, 1}, new double[] {1, -1}))
            .getMessage();
    assertTrue(sigma.contains("sigmas[1]") && sigma.contains("-1.0"), sigma);
    assertThrows(
        IllegalArgumentException.class,
        () -> new BernoulliEnvironment(0.1, 0.2).start(RandomStream.of(1)).pull(1, 2));
  }

  @Test
  void csvTableWithHeaderReplaysRows() throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "a,b,c\n0,1,0\n1,1,0\n0,0,1\n1,0,0\n");
    TableEnvironment env = TableEnvironment.readCsv(csv);
    assertEquals(java.util.List.of("a", "b", "c"), env.arms().ids());
    assertEquals(4, env.rounds());
    assertArrayEquals(new double[] {0.5, 0.5, 0.25}, env.means());
    RewardProcess p = env.start(RandomStream.of(0));
    assertEquals(1.0, p.pull(2, 0));
    assertEquals(1.0, p.pull(3, 2));
    assertEquals(2.0, env.bestFixedArmTotal(4));
    assertEquals(2.0, env.bestFixedArmTotal(2)); // arm b: 1 + 1
    String beyond = assertThrows(IllegalArgumentException.class, () -> p.pull(5, 0)).getMessage();
    assertTrue(beyond.contains("[1, 4]") && beyond.contains("5"), beyond);
  }

  @Test
  void csvErrorsNameLineAndColumn() throws IOException {
    Path ragged = dir.resolve("ragged.csv");
    Files.writeString(ragged, "0,1\n1\n");
    String msg =
        assertThrows(IllegalArgumentException.class, () -> TableEnvironment.readCsv(ragged))
            .getMessage();
    assertTrue(msg.contains("line 2") && msg.contains("expected 2 values, found 1"), msg);

    Path text = dir.resolve("text.csv");
    Files.writeString(text, "0,1\n1,x\n");
    msg =
        assertThrows(IllegalArgumentException.class, () -> TableEnvironment.readCsv(text))
            .getMessage();
    assertTrue(msg.contains("line 2 column 2") && msg.contains("'x'"), msg);

    Path nan = dir.resolve("nan.csv");
    Files.writeString(nan, "0,1\nNaN,1\n");
    msg =
        assertThrows(IllegalArgumentException.class, () -> TableEnvironment.readCsv(nan))
            .getMessage();
    assertTrue(msg.contains("finite") && msg.contains("NaN"), msg);
  }

  @Test
  void binaryTablesOfBothTypesReadBack() throws IOException {
    Path u8 = dir.resolve("t.u8");
    Files.write(u8, new byte[] {0, 1, (byte) 255, 1, 0, 0});
    TableEnvironment bytes = TableEnvironment.readBinary(u8, ValueType.UINT8, 2, 3);
    assertEquals(255.0, bytes.reward(1, 2));
    assertEquals(1.0, bytes.reward(2, 0));

    Path f64 = dir.resolve("t.f64");
    ByteBuffer buf = ByteBuffer.allocate(4 * 8).order(ByteOrder.LITTLE_ENDIAN);
    buf.putDouble(0.25).putDouble(-1.5).putDouble(3.0).putDouble(1e-300);
    Files.write(f64, buf.array());
    TableEnvironment doubles = TableEnvironment.readBinary(f64, ValueType.FLOAT64, 2, 2);
    assertEquals(-1.5, doubles.reward(1, 1));
    assertEquals(1e-300, doubles.reward(2, 1));
  }

  @Test
  void binaryTableOfWrongShapeIsRejectedWithSizes() throws IOException {
    Path f64 = dir.resolve("short.f64");
    Files.write(f64, new byte[8 * 5]);
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () -> TableEnvironment.readBinary(f64, ValueType.FLOAT64, 2, 3))
            .getMessage();
    assertTrue(msg.contains("40 bytes") && msg.contains("needs 48"), msg);
    assertThrows(
        IllegalArgumentException.class,
        () -> TableEnvironment.readBinary(f64, ValueType.FLOAT64, 0, 3));
  }

  @Test
  void tableFromRowsRejectsRaggedRowsAndTakesGivenMeans() {
    assertThrows(
        IllegalArgumentException.class, () -> TableEnvironment.of(new double[][] {{1, 2}, {3}}));
    TableEnvironment env =
        TableEnvironment.of(new double[][] {{1, 0}, {1, 0}}).withMeans(new double[] {0.6, 0.4});
    assertEquals(0.6, env.start(RandomStream.of(1)).bestMean(1));
    assertThrows(IllegalArgumentException.class, () -> env.withMeans(new double[] {1}));
  }
}
