package org.bandits4j.experiments.scenario;

import java.util.List;
import java.util.Optional;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.dueling.DuelingEnvironment;
import org.bandits4j.simulators.dueling.DuelingRegretMeter;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.run.DuelingReplicationRunner;

/**
 * A dueling environment run with the simulators' {@link DuelingReplicationRunner#runOne}: the
 * replication stream's first child drives the duels (per-pair streams, common random numbers) and
 * the second the policy, so a runner result equals the dueling replication runner's for the same
 * seed. Where the matrix has a Condorcet winner, records strong regret (average convention {@code
 * (Δ_a + Δ_b)/2}, the one plots and criteria read) then weak regret ({@code min(Δ_a, Δ_b)});
 * without one (strong and weak regret are undefined), Copeland regret only.
 *
 * <p>Thread safety: immutable.
 */
public final class DuelingScenario implements Scenario {

  private static final List<RegretKind> CONDORCET =
      List.of(RegretKind.STRONG_DUELING, RegretKind.WEAK_DUELING);
  private static final List<RegretKind> COPELAND = List.of(RegretKind.COPELAND_DUELING);

  private final DuelingEnvironment environment;
  private final String description;
  private final String fingerprint;

  /**
   * A scenario.
   *
   * @param environment the environment
   * @param description one line for reports
   * @param fingerprint changes whenever the duel outcomes could
   */
  public DuelingScenario(DuelingEnvironment environment, String description, String fingerprint) {
    this.environment = environment;
    this.description = description;
    this.fingerprint = fingerprint;
  }

  /** The environment. */
  public DuelingEnvironment environment() {
    return environment;
  }

  @Override
  public ArmSet arms() {
    return environment.arms();
  }

  @Override
  public PolicyKind runs() {
    return PolicyKind.DUELING;
  }

  @Override
  public List<RegretKind> regretKinds() {
    return environment.preferences().hasCondorcetWinner() ? CONDORCET : COPELAND;
  }

  @Override
  public void check(PolicySpec<?> spec) {
    if (!(spec.create(environment.arms()) instanceof DuelingBandit)) {
      throw new IllegalArgumentException(
          "policy '" + spec.name() + "' is not a dueling bandit, and this environment runs duels");
    }
  }

  @Override
  public double[][] replicate(
      PolicySpec<?> spec,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints,
      boolean roundRobinStart) {
    DuelingRegretMeter meter =
        DuelingReplicationRunner.runOne(
            environment, dueling(spec), replicationStream, horizon, checkpoints);
    if (!environment.preferences().hasCondorcetWinner()) {
      return new double[][] {meter.copelandAtCheckpoints()};
    }
    return new double[][] {meter.strongAtCheckpoints(), meter.weakAtCheckpoints()};
  }

  @SuppressWarnings("unchecked") // check(spec) proved that it makes DuelingBandits
  private static PolicySpec<? extends DuelingBandit> dueling(PolicySpec<?> spec) {
    return (PolicySpec<? extends DuelingBandit>) spec;
  }

  /** The preference matrix, for the dueling bounds. */
  @Override
  public Optional<ArmModel> armModel() {
    return Optional.of(ArmModel.dueling(environment.preferences()));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }
}
