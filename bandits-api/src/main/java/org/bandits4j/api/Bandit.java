package org.bandits4j.api;

import java.util.random.RandomGenerator;

/**
 * A context-free bandit policy: chooses an arm, learns its reward.
 *
 * <p>It is a {@link ContextualBandit} whose contextual methods ignore the context, so runners and
 * wrappers written for contextual policies accept it too.
 *
 * <p>Thread safety: single-writer unless the implementation says otherwise.
 */
public interface Bandit extends ContextualBandit {

  /**
   * Chooses an arm.
   *
   * @param rng the source of randomness for this decision
   * @return the choice, its propensity and its step; never null
   */
  Selection select(RandomGenerator rng);

  /**
   * Learns the reward observed after a selection (possibly delayed, possibly made outside the
   * policy).
   *
   * @throws IllegalArgumentException if the reward is not finite or outside the policy's documented
   *     range, or the selection's arm is not in the arm set; the state is then unchanged
   */
  void update(Selection selection, double reward);

  /** Ignores the context and calls {@link #select(RandomGenerator)}. */
  @Override
  default Selection select(Context context, RandomGenerator rng) {
    return select(rng);
  }

  /** Ignores the context and calls {@link #update(Selection, double)}. */
  @Override
  default void update(Context context, Selection selection, double reward) {
    update(selection, reward);
  }
}
