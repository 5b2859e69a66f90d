package org.bandits4j.api;

/**
 * Facet: merges what another replica of the same policy learned into this one.
 *
 * <p>For policies whose statistics are sums (counts, reward sums, Gram matrices), merging is exact:
 * after {@code a.merge(b.snapshot())}, {@code a} holds the statistics it would hold had it seen
 * both feedback streams itself. Replicas that started from a common snapshot merge with that base,
 * so the shared part is counted once.
 *
 * <p>Thread safety: as the policy it belongs to.
 */
public interface Merger {

  /**
   * Adds everything {@code other} learned since its creation.
   *
   * @throws IllegalArgumentException if {@code other} is from another policy or spec, or has other
   *     arms; the state is then unchanged
   */
  void merge(PolicyState other);

  /**
   * Adds what {@code other} learned since {@code base} (a snapshot both replicas started from).
   *
   * @throws IllegalArgumentException if the states are incompatible, or {@code other} is not a
   *     descendant of {@code base} (it has fewer pulls of some arm); the state is then unchanged
   */
  void merge(PolicyState other, PolicyState base);
}
