package org.bandits4j.simulators.contextual;

import org.bandits4j.api.Context;

/**
 * One replication of a {@link ContextualEnvironment}. Rounds are numbered from 1 and visited in
 * order: {@link #context(long)} reveals round {@code t}'s context (once), then {@link #pull} draws
 * the reward of the chosen arm, and {@link #mean}/{@link #bestMean} give the oracle's expected
 * rewards in that context (for pseudo-regret).
 *
 * <p>Thread safety: single-threaded.
 */
public interface ContextualProcess {

  /**
   * The context of round {@code t}.
   *
   * @throws IllegalArgumentException if rounds are skipped or revisited, or {@code t} is beyond the
   *     environment's rounds
   */
  Context context(long t);

  /**
   * Draws the reward of {@code arm} at the current round {@code t}.
   *
   * @throws IllegalArgumentException if {@code t} is not the current round or the arm is out of
   *     range
   */
  double pull(long t, int arm);

  /** The expected reward of {@code arm} in round {@code t}'s context. */
  double mean(long t, int arm);

  /** The largest expected reward in round {@code t}'s context. */
  double bestMean(long t);
}
