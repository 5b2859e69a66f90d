package org.bandits4j.simulators.dueling;

import org.bandits4j.simulators.random.RandomStream;

/**
 * One random stream per unordered pair of arms (the diagonal included), created on first use from a
 * seed that depends only on the replication's stream and the pair, so the draws of a pair do not
 * depend on the order in which pairs are first dueled (common random numbers across policies).
 *
 * <p>Thread safety: single-threaded.
 */
final class PairStreams {

  private final int k;
  private final long base;
  private final RandomStream[] streams;

  PairStreams(int k, RandomStream replication) {
    this.k = k;
    this.base = replication.nextLong();
    this.streams = new RandomStream[k * (k + 1) / 2];
  }

  /**
   * The stream of the pair {@code {a, b}}.
   *
   * @throws IllegalArgumentException if an arm is out of range
   */
  RandomStream of(int a, int b) {
    if (a < 0 || a >= k || b < 0 || b >= k) {
      throw new IllegalArgumentException(
          "duel arms must be in [0, " + k + "), were " + a + " and " + b);
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int index = hi * (hi + 1) / 2 + lo;
    RandomStream s = streams[index];
    if (s == null) {
      s = RandomStream.of(mix(base + 0x9E3779B97F4A7C15L * (index + 1L)));
      streams[index] = s;
    }
    return s;
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
