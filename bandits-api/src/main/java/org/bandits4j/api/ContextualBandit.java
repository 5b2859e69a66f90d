package org.bandits4j.api;

import java.util.List;
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

  /**
   * Learns a batch of feedback at once, as if each were given to {@link #update(Context, Selection,
   * double)} in list order (delayed feedback arriving in bulk: decisions made since the last batch
   * used the model as of that batch).
   *
   * <p>All or nothing: an implementation that overrides this method validates the whole batch
   * before applying any of it, so a rejected batch leaves the state unchanged. Implementations may
   * apply the batch faster than one by one (for example linear policies add a block of rows with
   * one Woodbury update or a refactorisation), so the state after a batch may differ from the
   * sequential state in the last bits of floating-point rounding.
   *
   * <p>This default first checks, for every entry, what any policy can check (no null entry, a
   * finite reward, an arm of the current arm set), then applies the entries in order. A policy-
   * specific rejection (a context of the wrong dimension, a reward outside a documented range) that
   * only {@code update} detects therefore leaves the entries before it applied; every policy of
   * this library overrides the method to validate completely first.
   *
   * @param batch the feedback, in order; may be empty
   * @throws IllegalArgumentException if the batch or an entry is null or an entry is rejected; the
   *     message names the entry's index
   */
  default void update(List<Feedback> batch) {
    if (batch == null) {
      throw new IllegalArgumentException("feedback batch must not be null");
    }
    ArmSet arms = arms();
    for (int i = 0; i < batch.size(); i++) {
      Feedback f = batch.get(i);
      if (f == null) {
        throw new IllegalArgumentException("feedback[" + i + "] must not be null");
      }
      if (!Double.isFinite(f.reward())) {
        throw new IllegalArgumentException(
            "feedback[" + i + "]: reward must be finite, was " + f.reward());
      }
      if (arms.resolve(f.selection().arm()) < 0) {
        throw new IllegalArgumentException(
            "feedback["
                + i
                + "]: selection arm '"
                + f.selection().arm().id()
                + "' is not in the arm set "
                + arms);
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      Feedback f = batch.get(i);
      try {
        update(f.context(), f.selection(), f.reward());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("feedback[" + i + "]: " + e.getMessage(), e);
      }
    }
  }
}
