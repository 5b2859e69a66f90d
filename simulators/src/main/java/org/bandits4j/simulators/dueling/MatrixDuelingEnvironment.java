package org.bandits4j.simulators.dueling;

import org.bandits4j.api.DuelOutcome;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Duels drawn straight from a preference matrix: the lower-indexed arm {@code i} of a pair beats
 * the other arm {@code j} when {@code U < P[i][j]}, {@code U} uniform on {@code [0, 1)} from the
 * pair's stream ({@code U = (nextLong() >>> 11) 2^-53}, compared as integers); a self-duel is a
 * fair coin. Never a tie.
 *
 * <p>Thread safety: immutable.
 */
public final class MatrixDuelingEnvironment implements DuelingEnvironment {

  private final PreferenceMatrix preferences;
  private final long[] thresholds;

  /** An environment of this matrix. */
  public MatrixDuelingEnvironment(PreferenceMatrix preferences) {
    if (preferences == null) {
      throw new IllegalArgumentException("preferences must not be null");
    }
    this.preferences = preferences;
    int k = preferences.size();
    this.thresholds = new long[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        thresholds[i * k + j] = (long) Math.ceil(preferences.probability(i, j) * 0x1.0p53);
      }
    }
  }

  @Override
  public PreferenceMatrix preferences() {
    return preferences;
  }

  @Override
  public DuelProcess start(RandomStream stream) {
    int k = preferences.size();
    PairStreams pairs = new PairStreams(k, stream);
    return (round, first, second) -> {
      RandomStream s = pairs.of(first, second);
      int lo = Math.min(first, second);
      int hi = Math.max(first, second);
      boolean lowWins = (s.nextLong() >>> 11) < thresholds[lo * k + hi];
      return lowWins == (first == lo) ? DuelOutcome.FIRST_WINS : DuelOutcome.SECOND_WINS;
    };
  }

  @Override
  public String toString() {
    return "MatrixDuelingEnvironment[" + preferences + "]";
  }
}
