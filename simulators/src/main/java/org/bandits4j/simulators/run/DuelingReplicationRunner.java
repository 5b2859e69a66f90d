package org.bandits4j.simulators.run;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.dueling.DuelProcess;
import org.bandits4j.simulators.dueling.DuelingCurves;
import org.bandits4j.simulators.dueling.DuelingEnvironment;
import org.bandits4j.simulators.dueling.DuelingRegretMeter;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Runs independent replications of a dueling policy on a dueling environment, in parallel, with
 * results that do not depend on the number of threads; the dueling counterpart of {@link
 * ReplicationRunner}.
 *
 * <p>Settings (horizon, replications, master seed, checkpoints, threads) come from a {@link
 * ReplicationRunner}: {@code DuelingReplicationRunner.of(ReplicationRunner.builder().horizon(T)
 * .replications(R).seed(s).build())}. Random streams as in {@link ReplicationRunner}: replication
 * {@code r} gets the {@code r}-th child of the master seed's stream; within it, the first child
 * drives the environment (whose pairs of arms then get their own streams, see {@link
 * DuelingEnvironment}) and the second the policy, so every policy run with the same seed sees the
 * same duel outcomes pair by pair.
 *
 * <p>Protocol per round {@code t = 1..T}: the policy selects a duel, the environment draws its
 * outcome, the policy learns it, and the meter records weak, strong and Copeland regret (and, at
 * checkpoints, whether {@link DuelingBandit#recommendation()} is a winner).
 *
 * <p>Thread safety: immutable; {@link #run} may be called concurrently.
 */
public final class DuelingReplicationRunner {

  private final ReplicationRunner settings;

  private DuelingReplicationRunner(ReplicationRunner settings) {
    this.settings = settings;
  }

  /**
   * A dueling runner with the settings of {@code settings}: horizon, replications, master seed,
   * checkpoints and threads (its round-robin start does not apply to duels).
   *
   * @throws IllegalArgumentException if {@code settings} is null
   */
  public static DuelingReplicationRunner of(ReplicationRunner settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    return new DuelingReplicationRunner(settings);
  }

  /** The horizon {@code T}. */
  public long horizon() {
    return settings.horizon();
  }

  /** The number of replications. */
  public int replications() {
    return settings.replications();
  }

  /** A copy of the checkpoint rounds. */
  public long[] checkpoints() {
    return settings.checkpoints();
  }

  /** Runs every replication; see {@link #run(DuelingEnvironment, PolicySpec, IntConsumer)}. */
  public DuelingCurves run(
      DuelingEnvironment environment, PolicySpec<? extends DuelingBandit> spec) {
    return run(environment, spec, r -> {});
  }

  /**
   * Runs every replication on the configured number of threads.
   *
   * @param onReplicationDone called with the number of finished replications, from worker threads
   * @throws IllegalArgumentException if the spec cannot create a policy over the environment's arms
   * @throws RuntimeException what a replication threw
   */
  public DuelingCurves run(
      DuelingEnvironment environment,
      PolicySpec<? extends DuelingBandit> spec,
      IntConsumer onReplicationDone) {
    spec.create(environment.arms()); // fail fast, before any thread starts
    RandomStream[] streams = settings.replicationStreams();
    int replications = settings.replications();
    long horizon = settings.horizon();
    long[] checkpoints = settings.checkpoints();
    double[][] weak = new double[replications][];
    double[][] strong = new double[replications][];
    double[][] copeland = new double[replications][];
    double[][] correct = new double[replications][];
    Parallel.forEach(
        replications,
        settings.threads(),
        rep -> {
          DuelingRegretMeter meter = runOne(environment, spec, streams[rep], horizon, checkpoints);
          weak[rep] = meter.weakAtCheckpoints();
          strong[rep] = meter.strongAtCheckpoints();
          copeland[rep] = meter.copelandAtCheckpoints();
          correct[rep] = meter.correctAtCheckpoints();
        },
        onReplicationDone);
    return new DuelingCurves(
        checkpoints,
        environment.preferences().hasCondorcetWinner(),
        weak,
        strong,
        copeland,
        correct);
  }

  /** Runs one replication from its stream and returns its meter. */
  public static DuelingRegretMeter runOne(
      DuelingEnvironment environment,
      PolicySpec<? extends DuelingBandit> spec,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints) {
    RandomStream environmentStream = replicationStream.split();
    RandomStream policyStream = replicationStream.split();
    ArmSet arms = environment.arms();
    DuelingBandit policy = spec.create(arms);
    DuelProcess process = environment.start(environmentStream);
    DuelingRegretMeter meter = new DuelingRegretMeter(environment.preferences(), checkpoints);
    IntSupplier recommendation = () -> policy.recommendation().index();
    for (long t = 1; t <= horizon; t++) {
      Duel duel = policy.select(policyStream);
      int a = duel.first().index();
      int b = duel.second().index();
      DuelOutcome outcome = process.duel(t, a, b);
      policy.update(duel, outcome);
      meter.record(a, b, recommendation);
    }
    return meter;
  }
}
