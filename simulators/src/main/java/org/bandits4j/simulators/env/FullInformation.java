package org.bandits4j.simulators.env;

/**
 * A reward process of an oblivious environment: the reward every arm pays at every round is fixed
 * before the run, independent of what is played, and can be read without playing. Regret meters
 * read it to compute the regret against the best fixed arm in hindsight ({@code
 * RegretKind.HINDSIGHT}).
 */
public interface FullInformation extends RewardProcess {

  /**
   * The reward {@code arm} pays at {@code round} (what {@link #pull} returns for it).
   *
   * @throws IllegalArgumentException if the arm or round is out of range
   */
  double reward(long round, int arm);
}
