package org.bandits4j.algorithms.core;

import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/** The check every policy's restoring constructor makes first, written once. */
public final class Restoring {

  private Restoring() {}

  /**
   * The state to restore a policy of {@code spec} from, checked to be of the given type and for
   * this policy.
   *
   * @throws IllegalArgumentException if the state is null, of another type or of another policy
   */
  public static <S extends PolicyState> S checked(
      Class<S> type, PolicySpec<?> spec, PolicyState state) {
    Checks.notNull("state", state);
    if (!type.isInstance(state)) {
      throw new IllegalArgumentException(
          "state of type "
              + state.getClass().getSimpleName()
              + " cannot restore policy '"
              + spec.name()
              + "'");
    }
    if (!state.policy().equals(spec.name())) {
      throw new IllegalArgumentException(
          "state is for policy '" + state.policy() + "', not '" + spec.name() + "'");
    }
    return type.cast(state);
  }
}
