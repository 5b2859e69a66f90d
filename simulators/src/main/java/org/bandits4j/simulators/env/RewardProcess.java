package org.bandits4j.simulators.env;

/**
 * One replication of an {@link Environment}: draws rewards and knows the true means (oracle
 * knowledge the regret meters use).
 *
 * <p>Rounds are numbered from 1. Thread safety: single-threaded.
 */
public interface RewardProcess {

  /**
   * Draws the reward of {@code arm} at {@code round}.
   *
   * @throws IllegalArgumentException if the arm or round is out of range
   */
  double pull(long round, int arm);

  /** The expected reward of {@code arm} at {@code round}. */
  double mean(long round, int arm);

  /** The largest expected reward at {@code round}. */
  double bestMean(long round);
}
