package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bandits4j.api.PolicyState;

/**
 * A {@link StateFormat} for one state type: it reports the layout version, and checks the state's
 * type before writing its {@code data} object.
 *
 * @param <S> the state type
 */
abstract class TypedFormat<S extends PolicyState> implements StateFormat {

  private final Class<S> type;
  private final String kind;
  private final int version;

  /**
   * The format of states of {@code type}.
   *
   * @param kind how messages name the type ({@code "not a <kind> state: ..."})
   * @param version the layout version the format writes
   */
  TypedFormat(Class<S> type, String kind, int version) {
    this.type = type;
    this.kind = kind;
    this.version = version;
  }

  @Override
  public final int version() {
    return version;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the state is not of this format's type
   */
  @Override
  public final ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
    if (!type.isInstance(state)) {
      throw new IllegalArgumentException("not a " + kind + " state: " + state.getClass().getName());
    }
    return data(type.cast(state), nodes);
  }

  /** The {@code data} object of a state of this format's type. */
  abstract ObjectNode data(S state, JsonNodeFactory nodes);
}
