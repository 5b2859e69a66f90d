package org.bandits4j.simulators.env;

import java.util.Arrays;

/**
 * Piecewise-constant arm means over rounds {@code 1, 2, ...}: segment {@code j} starts at round
 * {@code starts[j]} (the first at round 1) and lasts until the next segment starts; during it arm
 * {@code i} has mean {@code means[j][i]}. The breakpoints are {@code starts[1..]}.
 *
 * <p>Thread safety: immutable. Complexity: {@link #segment(long)} O(log segments).
 */
public final class MeanSchedule {

  private final long[] starts;
  private final double[][] means;
  private final double[] best;

  /**
   * A schedule from segment starts and per-segment means.
   *
   * @throws IllegalArgumentException if there are no segments, the first does not start at round 1,
   *     the starts do not increase, the segments differ in arm count, there are no arms, or a mean
   *     is not finite
   */
  public MeanSchedule(long[] starts, double[][] means) {
    if (starts == null || means == null || starts.length == 0 || starts.length != means.length) {
      throw new IllegalArgumentException(
          "need one start round per segment and at least one segment, got "
              + (starts == null ? 0 : starts.length)
              + " starts and "
              + (means == null ? 0 : means.length)
              + " mean vectors");
    }
    if (starts[0] != 1) {
      throw new IllegalArgumentException(
          "the first segment must start at round 1, was " + starts[0]);
    }
    int k = means[0] == null ? 0 : means[0].length;
    if (k == 0) {
      throw new IllegalArgumentException("a schedule needs at least one arm");
    }
    this.starts = starts.clone();
    this.means = new double[means.length][];
    this.best = new double[means.length];
    for (int j = 0; j < means.length; j++) {
      if (j > 0 && starts[j] <= starts[j - 1]) {
        throw new IllegalArgumentException(
            "segment starts must increase: starts["
                + j
                + "] = "
                + starts[j]
                + " after "
                + starts[j - 1]);
      }
      if (means[j] == null || means[j].length != k) {
        throw new IllegalArgumentException(
            "segment "
                + j
                + " has "
                + (means[j] == null ? 0 : means[j].length)
                + " means, expected "
                + k);
      }
      for (int i = 0; i < k; i++) {
        if (!Double.isFinite(means[j][i])) {
          throw new IllegalArgumentException(
              "means[" + j + "][" + i + "] must be finite, was " + means[j][i]);
        }
      }
      this.means[j] = means[j].clone();
      this.best[j] = Arrays.stream(means[j]).max().orElseThrow();
    }
  }

  /**
   * The spec's piecewise-stationary instance (algorithms-mab.md §G.1–G.3): {@code Υ} breakpoints
   * evenly spread over {@code T} rounds (segment {@code j} starts at round {@code floor(j T / (Υ +
   * 1)) + 1}), the means of segment {@code j} being {@code base} rotated right by {@code j}: (0.9,
   * 0.5, 0.3) → (0.3, 0.9, 0.5) → (0.5, 0.3, 0.9) → ...
   *
   * @throws IllegalArgumentException if {@code Υ < 0}, {@code T <= Υ} or {@code base} is empty
   */
  public static MeanSchedule rotating(long horizon, int breakpoints, double... base) {
    if (breakpoints < 0 || horizon <= breakpoints) {
      throw new IllegalArgumentException(
          "need 0 <= breakpoints < horizon, were " + breakpoints + " and " + horizon);
    }
    if (base == null || base.length == 0) {
      throw new IllegalArgumentException("base means must have at least one entry");
    }
    int k = base.length;
    long[] starts = new long[breakpoints + 1];
    double[][] means = new double[breakpoints + 1][k];
    for (int j = 0; j <= breakpoints; j++) {
      starts[j] = Math.floorDiv(j * horizon, breakpoints + 1L) + 1;
      for (int i = 0; i < k; i++) {
        means[j][i] = base[Math.floorMod(i - j, k)];
      }
    }
    return new MeanSchedule(starts, means);
  }

  /**
   * The spec's "decoy" schedule for EXP3 (algorithms-mab.md §G.4): {@code n} rounds in 10 blocks
   * (block {@code b} starts at round {@code floor(b n / 10) + 1}); arm 0 has mean 0.6 in the odd
   * blocks (first, third, ...) and 0.5 in the even ones; arm 1 has 0.5 in the odd blocks and 0.65
   * in the even ones (best overall, but it looks worse first); all other arms 0.5.
   *
   * @throws IllegalArgumentException if {@code arms < 2} or {@code n < 10}
   */
  public static MeanSchedule decoy(int arms, long horizon) {
    if (arms < 2 || horizon < 10) {
      throw new IllegalArgumentException(
          "the decoy schedule needs >= 2 arms and >= 10 rounds, got " + arms + " and " + horizon);
    }
    long[] starts = new long[10];
    double[][] means = new double[10][arms];
    for (int b = 0; b < 10; b++) {
      starts[b] = Math.floorDiv(b * horizon, 10L) + 1;
      Arrays.fill(means[b], 0.5);
      boolean odd = b % 2 == 0; // blocks are counted from 1: block 1 is b = 0
      means[b][0] = odd ? 0.6 : 0.5;
      means[b][1] = odd ? 0.5 : 0.65;
    }
    return new MeanSchedule(starts, means);
  }

  /** Number of arms. */
  public int arms() {
    return means[0].length;
  }

  /** Number of segments (breakpoints + 1). */
  public int segments() {
    return starts.length;
  }

  /** The first round of segment {@code j}. */
  public long start(int j) {
    return starts[j];
  }

  /** A copy of the means of segment {@code j}. */
  public double[] means(int j) {
    return means[j].clone();
  }

  /**
   * The segment that contains {@code round}.
   *
   * @throws IllegalArgumentException if {@code round < 1}
   */
  public int segment(long round) {
    if (round < 1) {
      throw new IllegalArgumentException("round must be >= 1, was " + round);
    }
    int j = Arrays.binarySearch(starts, round);
    return j >= 0 ? j : -j - 2;
  }

  /** The mean of {@code arm} at {@code round}. */
  public double mean(long round, int arm) {
    return means[segment(round)][arm];
  }

  /** The largest mean at {@code round}. */
  public double best(long round) {
    return best[segment(round)];
  }

  /** Mean of segment {@code j}, arm {@code i} (no copy). */
  double meanOf(int j, int i) {
    return means[j][i];
  }

  /** Largest mean of segment {@code j}. */
  double bestOf(int j) {
    return best[j];
  }

  /** Checks that every mean is a probability. */
  MeanSchedule requireProbabilities() {
    for (int j = 0; j < means.length; j++) {
      for (int i = 0; i < means[j].length; i++) {
        if (!(means[j][i] >= 0.0 && means[j][i] <= 1.0)) {
          throw new IllegalArgumentException(
              "Bernoulli means[" + j + "][" + i + "] must be in [0, 1], was " + means[j][i]);
        }
      }
    }
    return this;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("MeanSchedule[");
    for (int j = 0; j < starts.length; j++) {
      b.append(j == 0 ? "" : ", ").append(starts[j]).append(": ").append(Arrays.toString(means[j]));
    }
    return b.append(']').toString();
  }
}
