package org.bandits4j.experiments.run;

import java.util.List;
import org.bandits4j.api.PolicySpec;

/**
 * One simulation run of the plan: every replication of one policy spec on one environment to one
 * horizon, recorded at {@code checkpoints}; the cells of {@code servedHorizons} are read off it.
 *
 * @param environment index into the experiment's environments
 * @param policy index into the experiment's policies
 * @param horizon rounds per replication
 * @param spec the policy spec
 * @param checkpoints the rounds recorded (the union of the served horizons' grids)
 * @param servedHorizons the experiment horizons whose cells come from this run
 * @param key a digest of everything that determines a replication's result (scenario, spec, seed,
 *     horizon, checkpoints, protocol, library version): finished replications are saved under it
 */
@SuppressWarnings("ArrayRecordComponent") // defensive copies in the constructor and accessor
public record Unit(
    int environment,
    int policy,
    long horizon,
    PolicySpec<?> spec,
    long[] checkpoints,
    List<Long> servedHorizons,
    String key) {

  /** Copies the arrays. */
  public Unit {
    checkpoints = checkpoints.clone();
    servedHorizons = List.copyOf(servedHorizons);
  }

  @Override
  public long[] checkpoints() {
    return checkpoints.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unit u && key.equals(u.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
