package org.bandits4j.simulators.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.api.Test;

class NonStationaryEnvironmentTest {

  @Test
  void rotatingScheduleMatchesTheSpec() {
    // T = 100, 4 breakpoints: segments start at floor(j 100 / 5) + 1 = 1, 21, 41, 61, 81
    MeanSchedule s = MeanSchedule.rotating(100, 4, 0.9, 0.5, 0.3);
    assertEquals(5, s.segments());
    assertArrayEquals(
        new long[] {1, 21, 41, 61, 81},
        new long[] {s.start(0), s.start(1), s.start(2), s.start(3), s.start(4)});
    assertArrayEquals(new double[] {0.9, 0.5, 0.3}, s.means(0));
    assertArrayEquals(new double[] {0.3, 0.9, 0.5}, s.means(1));
    assertArrayEquals(new double[] {0.5, 0.3, 0.9}, s.means(2));
    assertArrayEquals(new double[] {0.9, 0.5, 0.3}, s.means(3));
    assertEquals(0, s.segment(20));
    assertEquals(1, s.segment(21));
    assertEquals(4, s.segment(1_000));
    assertEquals(0.3, s.mean(21, 0));
    assertEquals(0.9, s.best(50));
  }

  @Test
  void decoyScheduleMatchesTheSpec() {
    MeanSchedule s = MeanSchedule.decoy(10, 1000);
    assertEquals(10, s.segments());
    for (int b = 0; b < 10; b++) {
      assertEquals(b * 100 + 1, s.start(b));
      double[] m = s.means(b);
      boolean odd = b % 2 == 0; // block b + 1
      assertEquals(odd ? 0.6 : 0.5, m[0]);
      assertEquals(odd ? 0.5 : 0.65, m[1]);
      for (int i = 2; i < 10; i++) {
        assertEquals(0.5, m[i]);
      }
    }
  }

  @Test
  void schedulesRejectBadShapes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MeanSchedule(new long[] {2}, new double[][] {{0.5}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MeanSchedule(new long[] {1, 1}, new double[][] {{0.5}, {0.4}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new MeanSchedule(new long[] {1, 5}, new double[][] {{0.5}, {0.4, 0.1}}));
    assertThrows(IllegalArgumentException.class, () -> MeanSchedule.decoy(1, 100));
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new PiecewiseBernoulliEnvironment(
                        new MeanSchedule(new long[] {1}, new double[][] {{1.5}})))
            .getMessage();
    assertTrue(msg.contains("1.5"), msg);
  }

  /**
   * Piecewise draws follow the segment's means (5 SE per segment and arm, false-alarm rate below
   * 1e-5 over the 6 checks) and pseudo-regret uses the round's best mean.
   */
  @Test
  void piecewiseDrawsFollowTheSegments() {
    MeanSchedule s =
        new MeanSchedule(new long[] {1, 50_001}, new double[][] {{0.2, 0.7, 0.5}, {0.9, 0.1, 0.4}});
    RewardProcess p = new PiecewiseBernoulliEnvironment(s).start(RandomStream.of(3));
    for (int arm = 0; arm < 3; arm++) {
      double first = 0;
      double second = 0;
      for (int t = 1; t <= 100_000; t++) {
        double x = p.pull(t, arm);
        if (t <= 50_000) {
          first += x;
        } else {
          second += x;
        }
      }
      for (int seg = 0; seg < 2; seg++) {
        double mu = s.means(seg)[arm];
        double freq = (seg == 0 ? first : second) / 50_000;
        assertEquals(
            mu, freq, 5 * Math.sqrt(mu * (1 - mu) / 50_000), "segment " + seg + " arm " + arm);
      }
    }
    assertEquals(0.7, p.bestMean(50_000));
    assertEquals(0.9, p.bestMean(50_001));
    assertEquals(0.1, p.mean(60_000, 1));
  }

  /**
   * An oblivious table is fixed by the replication stream: two processes from the same seed hold
   * the same table whatever is played, its column frequencies follow the schedule (5 SE), and pull
   * equals the full-information reward.
   */
  @Test
  void obliviousTablesAreFixedBeforeTheRun() {
    ObliviousBernoulliEnvironment env = ObliviousBernoulliEnvironment.decoy(4, 20_000);
    FullInformation a = env.start(RandomStream.of(9));
    FullInformation b = env.start(RandomStream.of(9));
    double[] sums = new double[4];
    for (int t = 1; t <= 20_000; t++) {
      for (int i = 0; i < 4; i++) {
        double x = a.reward(t, i);
        assertEquals(x, b.reward(t, i), "round " + t);
        sums[i] += x;
      }
      assertEquals(a.reward(t, t % 4), a.pull(t, t % 4));
    }
    // arm 0: 0.6 on odd blocks, 0.5 on even: mean 0.55; arm 1: mean 0.575; others 0.5
    double[] expected = {0.55, 0.575, 0.5, 0.5};
    for (int i = 0; i < 4; i++) {
      assertEquals(expected[i], sums[i] / 20_000, 5 * Math.sqrt(0.25 / 20_000), "arm " + i);
    }
    assertEquals(0.6, a.bestMean(1));
    assertEquals(0.65, a.bestMean(2_001));
    assertThrows(IllegalArgumentException.class, () -> a.reward(20_001, 0));
    FullInformation other = env.start(RandomStream.of(10));
    boolean differs = false;
    for (int t = 1; t <= 100 && !differs; t++) {
      differs = other.reward(t, 0) != a.reward(t, 0);
    }
    assertTrue(differs, "another replication stream draws another table");
  }

  /** Poisson and exponential arms: sample means within 5 SE of the means (sd sqrt(μ) and μ). */
  @Test
  void poissonAndExponentialArms() {
    RewardProcess poisson = new PoissonEnvironment(0.5, 3.0).start(RandomStream.of(4));
    RewardProcess exponential = new ExponentialEnvironment(0.5, 3.0).start(RandomStream.of(5));
    int n = 50_000;
    double[] mu = {0.5, 3.0};
    for (int arm = 0; arm < 2; arm++) {
      double ps = 0;
      double es = 0;
      for (int t = 1; t <= n; t++) {
        double x = poisson.pull(t, arm);
        assertEquals(Math.rint(x), x);
        assertTrue(x >= 0);
        ps += x;
        double y = exponential.pull(t, arm);
        assertTrue(y >= 0);
        es += y;
      }
      assertEquals(mu[arm], ps / n, 5 * Math.sqrt(mu[arm] / n), "Poisson arm " + arm);
      assertEquals(mu[arm], es / n, 5 * mu[arm] / Math.sqrt(n), "exponential arm " + arm);
    }
    assertThrows(IllegalArgumentException.class, () -> new PoissonEnvironment(0.0));
    assertThrows(IllegalArgumentException.class, () -> new ExponentialEnvironment(-1.0));
  }
}
