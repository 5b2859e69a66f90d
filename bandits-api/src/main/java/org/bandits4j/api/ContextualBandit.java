package org.bandits4j.api;

import java.util.random.RandomGenerator;

/**
 * A policy that sees a context, chooses an arm, and later learns the reward of that arm.
 *
 * <p>Randomness is a parameter: every call that may randomise takes the caller's {@link
 * RandomGenerator}, and the policy owns none. The same specification, inputs and random stream give
 * the same decisions.
 *
 * <p>Thread safety: single-writer unless the implementation says otherwise.
 */
public interface ContextualBandit extends Policy {

  /**
   * Chooses an arm for this context.
   *
   * @param context the features observed before the decision
   * @param rng the source of randomness for this decision
   * @return the choice, its propensity and its step; never null
   * @throws IllegalArgumentException if the context does not fit the policy (e.g. wrong dimension)
   */
  Selection select(Context context, RandomGenerator rng);

  /**
   * Learns the reward observed after a selection. The selection may be an old one (delayed
   * feedback), or one made outside the policy (see {@link Selection#forced(Arm)}).
   *
   * @param context the context the selection was made in
   * @param selection the selection the reward belongs to
   * @param reward the observed reward, finite
   * @throws IllegalArgumentException if the reward is not finite or outside the policy's documented
   *     range, the selection's arm is not in the arm set (e.g. removed), or the context does not
   *     fit; the policy's state is then unchanged
   */
  void update(Context context, Selection selection, double reward);
}
