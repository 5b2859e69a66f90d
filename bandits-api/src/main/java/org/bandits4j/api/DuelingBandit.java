package org.bandits4j.api;

import java.util.random.RandomGenerator;

/**
 * A preference-based policy: chooses two arms to compare and learns which one won.
 *
 * <p>A sibling of {@link Bandit}, not a subtype: the feedback is a {@link DuelOutcome}, not a
 * reward.
 *
 * <p>Thread safety: single-writer unless the implementation says otherwise.
 */
public interface DuelingBandit extends Policy {

  /**
   * Chooses a pair of arms to duel.
   *
   * @param rng the source of randomness for this decision
   * @return the duel; never null
   */
  Duel select(RandomGenerator rng);

  /**
   * Learns the outcome of a duel.
   *
   * @throws IllegalArgumentException if the outcome is null or an arm of the duel is not in the arm
   *     set; the state is then unchanged
   */
  void update(Duel duel, DuelOutcome outcome);

  /**
   * The arm the policy currently believes best (its recommendation), used for the accuracy of the
   * returned winner.
   */
  Arm recommendation();
}
