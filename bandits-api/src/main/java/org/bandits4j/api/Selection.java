package org.bandits4j.api;

/**
 * A policy's decision: the arm it chose, the probability it chose it with, and the decision step.
 *
 * <p>A selection is a value that travels with delayed feedback: the caller keeps it and hands it
 * back to {@link ContextualBandit#update(Context, Selection, double)} when the reward arrives,
 * seconds or days later, so policies keep no table of pending decisions. Policies resolve the arm
 * by its id when arms were added or removed in between, and reject a selection of a removed arm.
 *
 * <p>The propensity is 1 for deterministic decisions, the exact probability where the policy has a
 * closed form (ε-greedy, softmax, EXP3, random tie-breaks), and {@code NaN} only where the policy
 * documents that it has none (e.g. Thompson sampling).
 *
 * <p>Thread safety: immutable.
 *
 * @param arm the chosen arm
 * @param propensity probability of this choice given the policy's state, in {@code (0, 1]}, or NaN
 * @param step the policy's decision counter for this choice, {@code >= 0} (1 for its first)
 */
public record Selection(Arm arm, double propensity, long step) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if the arm is null, the propensity is outside {@code (0, 1]}
   *     and not NaN, or the step is negative
   */
  public Selection {
    if (arm == null) {
      throw new IllegalArgumentException("selection arm must not be null");
    }
    if (!(propensity > 0.0 && propensity <= 1.0) && !Double.isNaN(propensity)) {
      throw new IllegalArgumentException(
          "selection propensity must be in (0, 1] or NaN, was " + propensity);
    }
    if (step < 0) {
      throw new IllegalArgumentException("selection step must be >= 0, was " + step);
    }
  }

  /**
   * A selection made outside the policy (a logged decision, forced exploration): propensity 1, step
   * 0.
   */
  public static Selection forced(Arm arm) {
    return new Selection(arm, 1.0, 0);
  }
}
