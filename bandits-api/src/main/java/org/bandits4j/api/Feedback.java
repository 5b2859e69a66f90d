package org.bandits4j.api;

/**
 * One piece of reward feedback: the context a selection was made in, the selection, and the reward
 * observed for it. Batches of them feed {@link ContextualBandit#update(java.util.List)}.
 *
 * <p>Context-free policies ignore the context; pass {@link Context#EMPTY}.
 *
 * <p>Thread safety: immutable (the context's arrays are read-only by contract).
 *
 * @param context the context of the decision, not null
 * @param selection the decision the reward belongs to, not null
 * @param reward the observed reward (its range is checked by the policy that learns it)
 */
public record Feedback(Context context, Selection selection, double reward) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the context or the selection is null
   */
  public Feedback {
    if (context == null) {
      throw new IllegalArgumentException("feedback context must not be null (use Context.EMPTY)");
    }
    if (selection == null) {
      throw new IllegalArgumentException("feedback selection must not be null");
    }
  }
}
