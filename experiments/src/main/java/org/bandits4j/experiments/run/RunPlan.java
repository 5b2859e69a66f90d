package org.bandits4j.experiments.run;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.BuildInfo;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.config.ExperimentConfig.PolicyEntry;

/**
 * The runs an experiment needs: per environment and policy, one run to the largest horizon (read at
 * every horizon) or, for horizon-tuned policies, one run per horizon.
 *
 * @param config the experiment
 * @param units the runs, environment-major, then policy, then horizon
 */
public record RunPlan(ExperimentConfig config, List<Unit> units) {

  /** Copies the list. */
  public RunPlan {
    units = List.copyOf(units);
  }

  /** The plan of {@code config}; {@code registry} writes specs canonically for the keys. */
  public static RunPlan of(ExperimentConfig config, PolicyRegistry registry) {
    List<Unit> units = new ArrayList<>();
    for (int e = 0; e < config.environments().size(); e++) {
      EnvironmentEntry env = config.environments().get(e);
      for (int p = 0; p < config.policies().size(); p++) {
        PolicyEntry policy = config.policies().get(p);
        if (policy.horizonTuned()) {
          for (long h : config.horizons()) {
            units.add(unit(config, registry, env, e, p, policy.spec(h), h, List.of(h)));
          }
        } else {
          long h = config.maxHorizon();
          units.add(unit(config, registry, env, e, p, policy.spec(h), h, config.horizons()));
        }
      }
    }
    return new RunPlan(config, units);
  }

  private static Unit unit(
      ExperimentConfig config,
      PolicyRegistry registry,
      EnvironmentEntry env,
      int e,
      int p,
      PolicySpec<?> spec,
      long horizon,
      List<Long> served) {
    TreeSet<Long> rounds = new TreeSet<>();
    for (long h : served) {
      for (long t : config.grid().at(h)) {
        rounds.add(t);
      }
    }
    long[] checkpoints = rounds.stream().mapToLong(Long::longValue).toArray();
    String key =
        Digests.sha256(
                String.join(
                    "|",
                    "bandits4j-run-v1",
                    BuildInfo.version(),
                    env.scenario().fingerprint(),
                    spec.name(),
                    registry.parameters(spec).toString(),
                    Long.toString(config.seed()),
                    Long.toString(horizon),
                    java.util.Arrays.toString(checkpoints),
                    Boolean.toString(config.roundRobinStart())))
            .substring(0, 24);
    return new Unit(e, p, horizon, spec, checkpoints, served, key);
  }

  /** Total replications to run (units × replications). */
  public long replications() {
    return (long) units.size() * config.replications();
  }
}
