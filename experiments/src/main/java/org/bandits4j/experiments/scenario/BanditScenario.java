package org.bandits4j.experiments.scenario;

import java.util.List;
import java.util.Optional;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Policy;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.RegretMeter;
import org.bandits4j.simulators.run.ReplicationRunner;

/**
 * A context-free bandit environment run with the simulators' {@link ReplicationRunner#runOne}: the
 * replication stream's first child drives the environment (per-arm streams, common random numbers)
 * and the second the policy, exactly as {@link ReplicationRunner#run} does, so a runner result
 * equals the replication runner's for the same seed.
 *
 * <p>Thread safety: immutable.
 */
public final class BanditScenario implements Scenario {

  private static final List<RegretKind> KINDS = List.of(RegretKind.PSEUDO, RegretKind.REALISED);
  private static final List<RegretKind> WITH_HINDSIGHT =
      List.of(RegretKind.PSEUDO, RegretKind.REALISED, RegretKind.HINDSIGHT);

  private final Environment environment;
  private final String description;
  private final String fingerprint;
  private final ArmModel model;
  private final List<RegretKind> kinds;

  /**
   * A scenario.
   *
   * @param environment the environment
   * @param description one line for reports
   * @param fingerprint changes whenever the environment's draws could
   * @param model the arms' laws for bounds, or null if unknown
   */
  public BanditScenario(
      Environment environment, String description, String fingerprint, ArmModel model) {
    this(environment, description, fingerprint, model, false);
  }

  /**
   * A scenario that may also record the regret against the best fixed arm in hindsight.
   *
   * @param hindsight whether the environment's reward processes give full information ({@link
   *     org.bandits4j.simulators.env.FullInformation}) and {@link RegretKind#HINDSIGHT} is recorded
   *     after PSEUDO and REALISED
   */
  public BanditScenario(
      Environment environment,
      String description,
      String fingerprint,
      ArmModel model,
      boolean hindsight) {
    this.environment = environment;
    this.description = description;
    this.fingerprint = fingerprint;
    this.model = model;
    this.kinds = hindsight ? WITH_HINDSIGHT : KINDS;
  }

  /** The environment. */
  public Environment environment() {
    return environment;
  }

  @Override
  public ArmSet arms() {
    return environment.arms();
  }

  @Override
  public List<RegretKind> regretKinds() {
    return kinds;
  }

  @Override
  public void check(PolicySpec<?> spec) {
    Policy probe = spec.create(environment.arms());
    if (!(probe instanceof Bandit)) {
      throw new IllegalArgumentException(
          "policy '"
              + spec.name()
              + "' is not a context-free bandit, and this environment runs only those");
    }
  }

  @Override
  public double[][] replicate(
      PolicySpec<?> spec,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints,
      boolean roundRobinStart) {
    RegretMeter meter =
        ReplicationRunner.runOne(
            environment, bandit(spec), replicationStream, horizon, checkpoints, roundRobinStart);
    if (kinds.size() == 3) {
      if (!meter.tracksHindsight()) {
        throw new IllegalStateException(
            "the environment gives no full information: " + environment);
      }
      return new double[][] {
        meter.pseudoAtCheckpoints(), meter.realisedAtCheckpoints(), meter.hindsightAtCheckpoints()
      };
    }
    return new double[][] {meter.pseudoAtCheckpoints(), meter.realisedAtCheckpoints()};
  }

  @SuppressWarnings("unchecked") // check(spec) proved that it makes Bandits
  private static PolicySpec<? extends Bandit> bandit(PolicySpec<?> spec) {
    return (PolicySpec<? extends Bandit>) spec;
  }

  @Override
  public Optional<ArmModel> armModel() {
    return Optional.ofNullable(model);
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
