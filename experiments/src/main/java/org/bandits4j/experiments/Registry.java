package org.bandits4j.experiments;

import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.experiments.bounds.BoundCatalogue;
import org.bandits4j.experiments.scenario.EnvironmentTypes;

/**
 * The one registry experiment files resolve names through: policies (the algorithms' {@link
 * StandardPolicies#registry()}), environment types, and theoretical bound curves.
 *
 * @param policies policy types by name ({@code "type"} of a policy entry)
 * @param environments environment types by name ({@code "type"} of an environment entry)
 * @param bounds bound curves by name
 */
public record Registry(
    PolicyRegistry policies, EnvironmentTypes environments, BoundCatalogue bounds) {

  /** Everything the library has. */
  public static Registry standard() {
    return new Registry(
        StandardPolicies.registry(), EnvironmentTypes.standard(), BoundCatalogue.standard());
  }
}
