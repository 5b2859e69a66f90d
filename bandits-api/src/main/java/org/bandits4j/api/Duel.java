package org.bandits4j.api;

/**
 * A dueling policy's decision: the two arms to compare, and the decision step.
 *
 * <p>The two arms may be the same arm (some policies, such as RUCB, duel the champion against
 * itself when they are confident). Like {@link Selection}, a duel is a value that travels with
 * delayed feedback.
 *
 * <p>Thread safety: immutable.
 *
 * @param first the first arm
 * @param second the second arm
 * @param step the policy's decision counter, {@code >= 0}
 */
public record Duel(Arm first, Arm second, long step) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if an arm is null or the step is negative
   */
  public Duel {
    if (first == null || second == null) {
      throw new IllegalArgumentException(
          "duel arms must not be null, were " + first + ", " + second);
    }
    if (step < 0) {
      throw new IllegalArgumentException("duel step must be >= 0, was " + step);
    }
  }
}
