package org.bandits4j.algorithms.dueling;

import org.bandits4j.api.DuelOutcome;

/**
 * The statistics every win-matrix dueling policy shares: who beat whom how often, the empirical
 * preferences and their confidence bounds, written once.
 *
 * <p>Wins are kept in halves ({@code h[i][j]}, see {@link
 * org.bandits4j.algorithms.state.DuelingState}): {@code W_ij = h_ij / 2}, {@code n_ij = W_ij +
 * W_ji} duels between {@code i != j}, empirical preference {@code p_ij = W_ij / n_ij} (1/2 when
 * {@code n_ij = 0}). Confidence bounds with {@code s = sqrt(α ln t)}:
 *
 * <pre>{@code
 * u_ij = p_ij + s / sqrt(n_ij),   l_ij = p_ij - s / sqrt(n_ij)   if n_ij > 0
 * u_ij = 1,                       l_ij = 0                       if n_ij = 0, i != j ("x/0 := 1")
 * u_ii = l_ii = 1/2
 * }</pre>
 *
 * The bounds are not clipped to [0, 1] (RUCB's comparisons with 1/2 are unaffected). Per pair it
 * caches the base values and {@code 1/sqrt(n_ij)}, refreshed when the pair's counts change, so a
 * bound costs one multiply-add. A matrix made without bounds ({@code WinMatrix(k, false)}, for
 * policies that never read them, such as RMED) skips that work; its {@link #upper} and {@link
 * #lower} must not be called.
 *
 * <p>Thread safety: not thread-safe. Complexity: {@link #record} O(1), bounds O(1), no allocation.
 */
final class WinMatrix {

  private final int k;
  private final boolean bounds;
  private final long[] half;
  private final double[] upperBase;
  private final double[] lowerBase;
  private final double[] mean;
  private final double[] inverseRoot;
  private final long[] counts;
  private long duels;

  /** An empty matrix over {@code k} arms. */
  WinMatrix(int k) {
    this(k, true);
  }

  WinMatrix(int k, boolean bounds) {
    this.k = k;
    this.bounds = bounds;
    this.half = new long[k * k];
    this.upperBase = new double[k * k];
    this.lowerBase = new double[k * k];
    this.mean = new double[k * k];
    this.inverseRoot = new double[k * k];
    this.counts = new long[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        refresh(i, j);
      }
    }
  }

  /**
   * A matrix restored from half wins, row-major.
   *
   * @throws IllegalArgumentException if an entry is negative or the total overflows
   */
  WinMatrix(int k, long[] halfWins) {
    this(k, halfWins, true);
  }

  WinMatrix(int k, long[] halfWins, boolean bounds) {
    this(k, bounds);
    long total = 0;
    for (int i = 0; i < halfWins.length; i++) {
      if (halfWins[i] < 0) {
        throw new IllegalArgumentException(
            "state.halfWins[" + i / k + "][" + i % k + "] must be >= 0, was " + halfWins[i]);
      }
      total += halfWins[i];
      if (total < 0) {
        throw new IllegalArgumentException("state.halfWins total overflows");
      }
    }
    System.arraycopy(halfWins, 0, half, 0, half.length);
    duels = total / 2;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        refresh(i, j);
      }
    }
  }

  /** Number of arms. */
  int size() {
    return k;
  }

  /** Records one duel outcome between arms {@code a} and {@code b} (possibly equal). */
  void record(int a, int b, DuelOutcome outcome) {
    if (a == b) {
      half[a * k + a] += 2;
    } else {
      switch (outcome) {
        case FIRST_WINS -> half[a * k + b] += 2;
        case SECOND_WINS -> half[b * k + a] += 2;
        case TIE -> {
          half[a * k + b] += 1;
          half[b * k + a] += 1;
        }
      }
      refresh(a, b);
      refresh(b, a);
    }
    duels++;
  }

  /** Adds another matrix's half wins (for merging); callers validate first. */
  void add(long[] halfWins, int[] order) {
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        half[order[i] * k + order[j]] += halfWins[i * k + j];
      }
    }
    long total = 0;
    for (long h : half) {
      total += h;
    }
    duels = total / 2;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        refresh(i, j);
      }
    }
  }

  private void refresh(int i, int j) {
    int ij = i * k + j;
    if (i == j) {
      upperBase[ij] = 0.5;
      lowerBase[ij] = 0.5;
      mean[ij] = 0.5;
      inverseRoot[ij] = 0.0;
      counts[ij] = 0;
      return;
    }
    long n2 = half[ij] + half[j * k + i];
    long n = n2 / 2;
    counts[ij] = n;
    if (n == 0) {
      upperBase[ij] = 1.0;
      lowerBase[ij] = 0.0;
      mean[ij] = 0.5;
      inverseRoot[ij] = 0.0;
    } else {
      double p = (double) half[ij] / n2;
      mean[ij] = p;
      if (bounds) {
        upperBase[ij] = p;
        lowerBase[ij] = p;
        inverseRoot[ij] = 1.0 / Math.sqrt((double) n);
      }
    }
  }

  /** Duels learned in total, self-duels included. */
  long duels() {
    return duels;
  }

  /** {@code W_ij}, wins of {@code i} over {@code j} (ties count half). */
  double wins(int i, int j) {
    return half[i * k + j] * 0.5;
  }

  /** {@code n_ij}, duels between {@code i != j} (0 on the diagonal). */
  long count(int i, int j) {
    return counts[i * k + j];
  }

  /** {@code p_ij}, the empirical probability that {@code i} beats {@code j}; 1/2 if unplayed. */
  double mean(int i, int j) {
    return mean[i * k + j];
  }

  /** {@code u_ij} with {@code s = sqrt(α ln t)}. */
  double upper(int i, int j, double s) {
    int ij = i * k + j;
    return upperBase[ij] + s * inverseRoot[ij];
  }

  /** {@code l_ij} with {@code s = sqrt(α ln t)}. */
  double lower(int i, int j, double s) {
    int ij = i * k + j;
    return lowerBase[ij] - s * inverseRoot[ij];
  }

  /** A copy of the half wins, row-major. */
  long[] halfWins() {
    return half.clone();
  }

  /**
   * The empirical Copeland winner: the arm beating the most others empirically ({@code p_ij >
   * 1/2}); ties go to the larger sum of {@code p_ij}, then to the lowest index. Deterministic.
   */
  int empiricalCopelandWinner() {
    int best = 0;
    int bestScore = -1;
    double bestSum = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      int score = 0;
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double p = mean[i * k + j];
        sum += p;
        if (p > 0.5) {
          score++;
        }
      }
      if (score > bestScore || (score == bestScore && sum > bestSum)) {
        best = i;
        bestScore = score;
        bestSum = sum;
      }
    }
    return best;
  }
}
