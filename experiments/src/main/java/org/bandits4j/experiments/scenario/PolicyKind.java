package org.bandits4j.experiments.scenario;

import org.bandits4j.api.Bandit;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.Policy;

/**
 * The protocol a policy plays and a scenario runs: context-free, contextual or dueling bandits.
 *
 * <p>A context-free bandit is also a contextual one (it ignores the context), so contextual
 * scenarios accept both; see {@link #accepts(PolicyKind)}.
 */
public enum PolicyKind {
  /** {@link Bandit}: pulls one arm, sees its reward. */
  CONTEXT_FREE("context-free"),
  /** {@link ContextualBandit} that is not a {@link Bandit}: sees a context first. */
  CONTEXTUAL("contextual"),
  /** {@link DuelingBandit}: duels two arms, sees who won. */
  DUELING("dueling");

  private final String adjective;

  PolicyKind(String adjective) {
    this.adjective = adjective;
  }

  /** The kind of {@code policy}. */
  public static PolicyKind of(Policy policy) {
    if (policy instanceof DuelingBandit) {
      return DUELING;
    }
    if (policy instanceof Bandit) {
      return CONTEXT_FREE;
    }
    if (policy instanceof ContextualBandit) {
      return CONTEXTUAL;
    }
    throw new IllegalArgumentException(
        "policy " + policy.getClass().getName() + " is neither a bandit nor a dueling bandit");
  }

  /** Whether a scenario of this kind can run a policy of kind {@code policy}. */
  public boolean accepts(PolicyKind policy) {
    return this == policy || (this == CONTEXTUAL && policy == CONTEXT_FREE);
  }

  /** {@code "context-free"}, {@code "contextual"} or {@code "dueling"}. */
  public String adjective() {
    return adjective;
  }

  /**
   * The message for a policy of kind {@code policy} on a scenario of this kind, for example {@code
   * 'rucb' is a dueling policy; environment 'Bern-B' runs context-free bandits}.
   */
  public String mismatch(String policyName, PolicyKind policy, String environmentLabel) {
    return "'"
        + policyName
        + "' is a "
        + policy.adjective
        + " policy; environment '"
        + environmentLabel
        + "' runs "
        + adjective
        + (this == DUELING ? " bandits (duels)" : " bandits");
  }
}
