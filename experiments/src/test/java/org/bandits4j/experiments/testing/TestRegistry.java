package org.bandits4j.experiments.testing;

import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.experiments.Registry;

/** Registries for tests. */
public final class TestRegistry {

  private TestRegistry() {}

  /** The standard registry plus {@link HorizonTunedSpec} as {@code horizon-tuned}. */
  public static Registry withHorizonTuned() {
    Registry standard = Registry.standard();
    return new Registry(
        standard
            .policies()
            .with(
                new PolicyType<>(
                    HorizonTunedSpec.NAME,
                    HorizonTunedSpec.class,
                    new HorizonTunedSpec(1, 0.5),
                    StateFormat.SAMPLE_MEAN,
                    "test: exploration tuned to the horizon")),
        standard.environments(),
        standard.bounds());
  }
}
