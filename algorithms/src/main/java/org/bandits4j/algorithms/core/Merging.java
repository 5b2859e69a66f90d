package org.bandits4j.algorithms.core;

import java.util.HashSet;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/** Checks shared by the {@link org.bandits4j.api.Merger} facets of the policies. */
public final class Merging {

  private Merging() {}

  /**
   * The state, if it can be merged into a policy of {@code spec} over {@code arms}: of the given
   * type, from the same policy and spec, over the same arms (in any order).
   *
   * @param name the parameter's name for messages ({@code "other"}, {@code "base"})
   * @throws IllegalArgumentException naming the parameter and the mismatch
   */
  public static <S extends PolicyState> S compatible(
      String name, PolicyState state, Class<S> type, PolicySpec<?> spec, ArmSet arms) {
    Checks.notNull(name, state);
    if (!type.isInstance(state)
        || !state.policy().equals(spec.name())
        || !state.spec().equals(spec)) {
      throw new IllegalArgumentException(
          "cannot merge: " + name + " is a state of " + state.spec() + ", this policy is " + spec);
    }
    if (!new HashSet<>(state.arms().ids()).equals(new HashSet<>(arms.ids()))) {
      throw new IllegalArgumentException(
          "cannot merge: " + name + " has arms " + state.arms() + ", this policy has " + arms);
    }
    return type.cast(state);
  }

  /**
   * Requires that a replica's count descends from the base's.
   *
   * @throws IllegalArgumentException naming the arm and both counts otherwise
   */
  static void checkDescends(String id, long other, long base) {
    if (other < base) {
      throw new IllegalArgumentException(
          "cannot merge: arm '"
              + id
              + "' has "
              + other
              + " pulls in other but "
              + base
              + " in base, so other does not descend from base");
    }
  }
}
