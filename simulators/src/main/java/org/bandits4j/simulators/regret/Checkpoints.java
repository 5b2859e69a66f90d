package org.bandits4j.simulators.regret;

import java.util.Arrays;
import java.util.TreeSet;

/** Grids of rounds at which regret curves are recorded; always sorted, distinct, ending at T. */
public final class Checkpoints {

  private Checkpoints() {}

  /**
   * About {@code perDecade} log-spaced rounds per decade from 1 to {@code horizon}, plus {@code
   * horizon}.
   *
   * @throws IllegalArgumentException if {@code horizon < 1} or {@code perDecade < 1}
   */
  public static long[] logGrid(long horizon, int perDecade) {
    check(horizon);
    if (perDecade < 1) {
      throw new IllegalArgumentException("perDecade must be >= 1, was " + perDecade);
    }
    TreeSet<Long> rounds = new TreeSet<>();
    double decades = Math.log10((double) horizon);
    int steps = (int) Math.ceil(decades * perDecade);
    for (int j = 0; j <= steps; j++) {
      long t = Math.round(Math.pow(10.0, (double) j / perDecade));
      if (t >= 1 && t <= horizon) {
        rounds.add(t);
      }
    }
    rounds.add(horizon);
    return rounds.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * {@code count} evenly spaced rounds ending at {@code horizon}.
   *
   * @throws IllegalArgumentException if {@code horizon < 1} or {@code count < 1}
   */
  public static long[] linearGrid(long horizon, int count) {
    check(horizon);
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    TreeSet<Long> rounds = new TreeSet<>();
    for (int j = 1; j <= count; j++) {
      rounds.add(Math.max(1, Math.round((double) horizon * j / count)));
    }
    return rounds.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Validates a user-given grid: sorted, distinct, within {@code [1, horizon]}; adds the horizon if
   * missing.
   *
   * @throws IllegalArgumentException naming the first bad entry
   */
  public static long[] of(long horizon, long... rounds) {
    check(horizon);
    long[] sorted = rounds.clone();
    for (int j = 0; j < sorted.length; j++) {
      if (sorted[j] < 1 || sorted[j] > horizon) {
        throw new IllegalArgumentException(
            "checkpoint[" + j + "] must be in [1, " + horizon + "], was " + sorted[j]);
      }
      if (j > 0 && sorted[j] <= sorted[j - 1]) {
        throw new IllegalArgumentException(
            "checkpoints must increase, but " + sorted[j] + " follows " + sorted[j - 1]);
      }
    }
    if (sorted.length == 0 || sorted[sorted.length - 1] != horizon) {
      sorted = Arrays.copyOf(sorted, sorted.length + 1);
      sorted[sorted.length - 1] = horizon;
    }
    return sorted;
  }

  private static void check(long horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
    }
  }
}
