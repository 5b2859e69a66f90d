package org.bandits4j.experiments;

import java.util.List;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.env.Environment;

/**
 * A parsed, validated experiment: environments × policies × replications, from one master seed.
 *
 * @param name experiment name (the default output folder is {@code results/<name>})
 * @param seed master seed; replication {@code r} uses the {@code r}-th split stream
 * @param horizon rounds per replication
 * @param replications replications per (environment, policy) pair
 * @param checkpoints rounds at which regret is recorded, increasing, ending at the horizon
 * @param roundRobinStart whether rounds {@code 1..K} play arms {@code 0..K-1}
 * @param environments labelled environments
 * @param policies labelled policy specs
 */
public record ExperimentConfig(
    String name,
    long seed,
    long horizon,
    int replications,
    List<Long> checkpoints,
    boolean roundRobinStart,
    List<Labelled<Environment>> environments,
    List<Labelled<PolicySpec<? extends Bandit>>> policies) {

  /** Copies the lists. */
  public ExperimentConfig {
    checkpoints = List.copyOf(checkpoints);
    environments = List.copyOf(environments);
    policies = List.copyOf(policies);
  }

  /** The checkpoints as an array. */
  public long[] checkpointArray() {
    return checkpoints.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * A value with the label it has in reports.
   *
   * @param label unique label
   * @param value the value
   * @param <T> the value type
   */
  public record Labelled<T>(String label, T value) {}
}
