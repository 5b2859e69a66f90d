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
import org.bandits4j.simulators.regret.Checkpoints;

/**
 * Runs independent replications of a dueling policy on a dueling environment, in parallel, with
 * results that do not depend on the number of threads; the dueling counterpart of {@link
 * ReplicationRunner}.
 *
 * <p>Random streams as in {@link ReplicationRunner}: replication {@code r} gets the {@code r}-th
 * child of the master seed's stream; within it, the first child drives the environment (whose pairs
 * of arms then get their own streams, see {@link DuelingEnvironment}) and the second the policy, so
 * every policy run with the same seed sees the same duel outcomes pair by pair.
 *
 * <p>Protocol per round {@code t = 1..T}: the policy selects a duel, the environment draws its
 * outcome, the policy learns it, and the meter records weak, strong and Copeland regret (and, at
 * checkpoints, whether {@link DuelingBandit#recommendation()} is a winner).
 *
 * <p>Thread safety: immutable; {@link #run} may be called concurrently.
 */
public final class DuelingReplicationRunner {

  private final long horizon;
  private final int replications;
  private final long seed;
  private final long[] checkpoints;
  private final int threads;

  private DuelingReplicationRunner(Builder b) {
    this.horizon = b.horizon;
    this.replications = b.replications;
    this.seed = b.seed;
    this.checkpoints =
        b.checkpoints == null
            ? Checkpoints.logGrid(b.horizon, 10)
            : Checkpoints.of(b.horizon, b.checkpoints);
    this.threads = b.threads;
  }

  /** A builder; horizon and replications are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The horizon {@code T}. */
  public long horizon() {
    return horizon;
  }

  /** The number of replications. */
  public int replications() {
    return replications;
  }

  /** A copy of the checkpoint rounds. */
  public long[] checkpoints() {
    return checkpoints.clone();
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
    RandomStream root = RandomStream.of(seed);
    RandomStream[] streams = new RandomStream[replications];
    for (int r = 0; r < replications; r++) {
      streams[r] = root.split();
    }
    double[][] weak = new double[replications][];
    double[][] strong = new double[replications][];
    double[][] copeland = new double[replications][];
    double[][] correct = new double[replications][];
    Parallel.forEach(
        replications,
        threads,
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

  /** Builder of a {@link DuelingReplicationRunner}. */
  public static final class Builder {
    private long horizon = -1;
    private int replications = -1;
    private long seed;
    private long[] checkpoints;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /** The horizon {@code T >= 1}. */
    public Builder horizon(long value) {
      if (value < 1) {
        throw new IllegalArgumentException("horizon must be >= 1, was " + value);
      }
      this.horizon = value;
      return this;
    }

    /** The number of replications, {@code >= 1}. */
    public Builder replications(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("replications must be >= 1, was " + value);
      }
      this.replications = value;
      return this;
    }

    /** The master seed (default 0). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Checkpoint rounds (default: 10 per decade, log-spaced); the horizon is always included. */
    public Builder checkpoints(long... value) {
      this.checkpoints = value.clone();
      return this;
    }

    /**
     * Worker threads, {@code >= 1} (default: available processors); results do not depend on it.
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * The runner.
     *
     * @throws IllegalStateException if horizon or replications were not set
     */
    public DuelingReplicationRunner build() {
      if (horizon < 1 || replications < 1) {
        throw new IllegalStateException("horizon and replications must be set");
      }
      return new DuelingReplicationRunner(this);
    }
  }
}
