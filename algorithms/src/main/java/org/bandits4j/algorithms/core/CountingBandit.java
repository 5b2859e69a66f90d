package org.bandits4j.algorithms.core;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;

/**
 * Base of the policies whose per-arm statistics include the number of rewards learned ({@code N_i})
 * and their sum ({@code S_i}), with per-arm caches derived from the statistics: it keeps the counts
 * and sums, the total {@code t = sum N_i}, and drives the caches through {@link #resize} and {@link
 * #refresh}, which subclasses implement as pure functions of the statistics (so a restored policy
 * stays in lockstep with the original).
 *
 * <p>Thread safety: not thread-safe (single writer).
 */
public abstract class CountingBandit extends StatisticsBandit {

  private long plays;
  private int unpulled;
  private long[] pulls;
  private double[] sums;

  /** A fresh policy: no rewards learned. */
  CountingBandit(PolicySpec<?> spec, ArmSet arms, double rewardMin, double rewardMax) {
    super(spec, arms, rewardMin, rewardMax);
    this.pulls = new long[arms.size()];
    this.sums = new double[arms.size()];
    this.unpulled = arms.size();
  }

  // ---------------------------------------------------------------- subclass hooks

  /**
   * Re-allocates per-arm caches for {@code armCount} arms; called once the statistics arrays have
   * their new size, before {@link #refresh(int)} is called for every arm.
   */
  protected abstract void resize(int armCount);

  /** Recomputes the derived caches of one arm from its statistics. */
  protected abstract void refresh(int arm);

  /**
   * Finishes construction: sizes and fills the caches. Subclass constructors call it last, once
   * their own fields are set.
   */
  protected final void initCaches() {
    resize(pulls.length);
    for (int i = 0; i < pulls.length; i++) {
      refresh(i);
    }
  }

  // ---------------------------------------------------------------- statistics for subclasses

  /** Number of arms. */
  protected final int armCount() {
    return pulls.length;
  }

  /** Rewards learned for arm {@code i}. */
  protected final long pulls(int i) {
    return pulls[i];
  }

  /** Sum of rewards learned for arm {@code i}. */
  protected final double sum(int i) {
    return sums[i];
  }

  /** Rewards learned in total ({@code t} of the index formulas). */
  protected final long plays() {
    return plays;
  }

  /** The lowest-numbered arm with no reward learned yet, or -1 if every arm has one. */
  protected final int firstUnpulled() {
    if (unpulled == 0) {
      return -1;
    }
    for (int i = 0; i < pulls.length; i++) {
      if (pulls[i] == 0) {
        return i;
      }
    }
    throw new AssertionError("unpulled count out of sync");
  }

  // ---------------------------------------------------------------- maintenance (package)

  /** The count array (not a copy); states copy it. */
  final long[] pullArray() {
    return pulls;
  }

  /** The sum array (not a copy); states copy it. */
  final double[] sumArray() {
    return sums;
  }

  /** Installs validated counts and sums (restore, merge) and refreshes every cache. */
  final void install(long[] newPulls, double[] newSums) {
    pulls = newPulls;
    sums = newSums;
    countPlays();
  }

  /** Counts one more reward for arm {@code i}, whose sum becomes {@code newSum}; no refresh. */
  final void count(int i, double newSum) {
    if (pulls[i]++ == 0) {
      unpulled--;
    }
    sums[i] = newSum;
    plays++;
  }

  /** Grows any further per-arm statistics by one arm (before the caches are rebuilt). */
  void appendStatistics() {}

  /** Drops any further per-arm statistics of arm {@code index} (before the caches are rebuilt). */
  void removeStatistics(int index) {}

  @Override
  protected final void appendArm() {
    pulls = Arrays.copyOf(pulls, arms().size());
    sums = Arrays.copyOf(sums, arms().size());
    appendStatistics();
    recount();
  }

  @Override
  protected final void removeArm(int index) {
    pulls = ArrayEdits.removeAt(pulls, index);
    sums = ArrayEdits.removeAt(sums, index);
    removeStatistics(index);
    recount();
  }

  /** Recounts the totals and rebuilds every cache. */
  final void recount() {
    countPlays();
    initCaches();
  }

  private void countPlays() {
    plays = 0;
    unpulled = 0;
    for (long n : pulls) {
      plays += n;
      if (n == 0) {
        unpulled++;
      }
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + descriptor()
        + ", step="
        + step()
        + ", pulls="
        + Arrays.toString(pulls)
        + "]";
  }
}
