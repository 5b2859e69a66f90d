package org.bandits4j.simulators.dueling;

import org.bandits4j.api.DuelOutcome;

/**
 * One replication of a {@link DuelingEnvironment}: draws duel outcomes. Rounds are numbered from 1.
 * Thread safety: single-threaded.
 */
public interface DuelProcess {

  /**
   * The outcome of a duel between arms {@code first} and {@code second} (indices, possibly equal)
   * at {@code round}.
   *
   * @throws IllegalArgumentException if an arm is out of range
   */
  DuelOutcome duel(long round, int first, int second);
}
