package org.bandits4j.experiments.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.scenario.Scenario;
import org.bandits4j.simulators.regret.Checkpoints;

/**
 * A parsed, validated experiment: environments × policies × horizons × replications from one master
 * seed. Made by {@link ConfigReader}; everything in it was checked before anything runs.
 *
 * @param name experiment name (the default output folder is {@code results/<name>})
 * @param description free text for the report (may be empty)
 * @param seed master seed; replication {@code r} uses the {@code r}-th stream split from it, in
 *     every (environment, policy, horizon) cell, so all policies see the same draws
 * @param horizons the horizons, increasing
 * @param replications replications per cell
 * @param grid where regret is recorded
 * @param roundRobinStart whether rounds {@code 1..K} play arms {@code 0..K-1}
 * @param environments labelled scenarios
 * @param policies labelled policies
 * @param canonical the experiment as parsed, with defaults filled in (for provenance)
 */
public record ExperimentConfig(
    String name,
    String description,
    long seed,
    List<Long> horizons,
    int replications,
    Grid grid,
    boolean roundRobinStart,
    List<EnvironmentEntry> environments,
    List<PolicyEntry> policies,
    ObjectNode canonical) {

  /** Copies the lists. */
  public ExperimentConfig {
    horizons = List.copyOf(horizons);
    environments = List.copyOf(environments);
    policies = List.copyOf(policies);
    canonical = canonical.deepCopy();
  }

  @Override
  public ObjectNode canonical() {
    return canonical.deepCopy();
  }

  /** The largest horizon. */
  public long maxHorizon() {
    return horizons.get(horizons.size() - 1);
  }

  /**
   * Where regret is recorded: an explicit list of rounds (those up to each horizon, plus the
   * horizon) or a log grid with {@code perDecade} points per decade.
   *
   * @param explicit the rounds, increasing, or null for the log grid
   * @param perDecade points per decade of the log grid
   */
  @SuppressWarnings("ArrayRecordComponent") // defensive copies in the constructor and accessor
  public record Grid(long[] explicit, int perDecade) {

    /** Copies the rounds. */
    public Grid {
      explicit = explicit == null ? null : explicit.clone();
    }

    @Override
    public long[] explicit() {
      return explicit == null ? null : explicit.clone();
    }

    /** The checkpoints of a run to {@code horizon}, increasing and ending at it. */
    public long[] at(long horizon) {
      if (explicit == null) {
        return Checkpoints.logGrid(horizon, perDecade);
      }
      return Checkpoints.of(
          horizon, java.util.Arrays.stream(explicit).filter(t -> t < horizon).toArray());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Grid g
          && perDecade == g.perDecade
          && java.util.Arrays.equals(explicit, g.explicit);
    }

    @Override
    public int hashCode() {
      return 31 * perDecade + java.util.Arrays.hashCode(explicit);
    }

    @Override
    public String toString() {
      return explicit == null
          ? "log grid, " + perDecade + " per decade"
          : "rounds " + java.util.Arrays.toString(explicit);
    }
  }

  /**
   * An environment with its report label.
   *
   * @param label unique label
   * @param type the environment type's name
   * @param scenario what runs
   */
  public record EnvironmentEntry(String label, String type, Scenario scenario) {}

  /**
   * A policy with its report label and its spec for each horizon.
   *
   * @param label unique label
   * @param type the policy's registry name
   * @param horizonTuned whether the runner fills the spec's {@code horizon} parameter with each
   *     run's horizon (separate runs per horizon); otherwise one spec serves every horizon and one
   *     run to the largest horizon is read at the smaller ones
   * @param specs the spec per horizon (the same spec for every horizon unless horizon-tuned)
   */
  public record PolicyEntry(
      String label, String type, boolean horizonTuned, Map<Long, PolicySpec<?>> specs) {

    /** Copies the map. */
    public PolicyEntry {
      specs = java.util.Collections.unmodifiableMap(new TreeMap<>(specs));
    }

    /** The spec for a run to {@code horizon}. */
    public PolicySpec<?> spec(long horizon) {
      PolicySpec<?> spec = specs.get(horizon);
      if (spec == null) {
        throw new IllegalArgumentException("not a horizon of this experiment: " + horizon);
      }
      return spec;
    }
  }
}
