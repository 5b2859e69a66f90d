package org.bandits4j.algorithms.state;

import org.bandits4j.api.PolicySpec;

/**
 * A registry entry: a policy's name, its spec record class with defaults, and its state format.
 *
 * @param name the registry name, equal to {@code defaults.name()}
 * @param specClass the spec record class, read from JSON by Jackson
 * @param defaults the spec whose values fill omitted JSON fields
 * @param stateFormat how the policy's state is written in the state JSON
 * @param summary one line for listings
 * @param <S> the spec type
 */
public record PolicyType<S extends PolicySpec<?>>(
    String name, Class<S> specClass, S defaults, StateFormat stateFormat, String summary) {

  /**
   * Validates the entry.
   *
   * @throws IllegalArgumentException if a component is null or the name differs from the defaults'
   *     name
   */
  public PolicyType {
    if (name == null
        || specClass == null
        || defaults == null
        || stateFormat == null
        || summary == null) {
      throw new IllegalArgumentException("policy type components must not be null");
    }
    if (!name.equals(defaults.name())) {
      throw new IllegalArgumentException(
          "policy type name '" + name + "' differs from its spec's name '" + defaults.name() + "'");
    }
  }
}
