package org.bandits4j.simulators.run;

import java.util.function.IntConsumer;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.env.FullInformation;
import org.bandits4j.simulators.env.RewardProcess;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.Checkpoints;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.regret.RegretMeter;

/**
 * Runs independent replications of a policy on an environment, in parallel, with results that do
 * not depend on the number of threads.
 *
 * <p>Random streams: the master seed gives a root {@link RandomStream}; replication {@code r} gets
 * the {@code r}-th child split from it (all children are split in order before any work starts).
 * Within a replication, the first child of its stream drives the environment and the second the
 * policy. The environment stream depends only on the seed and {@code r}, so every policy run with
 * the same seed sees the same reward draws (common random numbers).
 *
 * <p>Protocol per round {@code t = 1..T}: the policy selects (or, with {@code roundRobinStart}, arm
 * {@code t-1} is forced for {@code t <= K}, as the benchmark workloads prescribe), the environment
 * draws the reward, the policy learns it, and the meter records pseudo- and realised regret, and,
 * when the environment's process gives full information ({@link FullInformation}: reward tables
 * fixed before the run), the regret against the best fixed arm in hindsight.
 *
 * <p>Thread safety: immutable; {@link #run} may be called concurrently.
 */
public final class ReplicationRunner {

  private final long horizon;
  private final int replications;
  private final long seed;
  private final long[] checkpoints;
  private final boolean roundRobinStart;
  private final int threads;

  private ReplicationRunner(Builder b) {
    this.horizon = b.horizon;
    this.replications = b.replications;
    this.seed = b.seed;
    this.checkpoints =
        b.checkpoints == null
            ? Checkpoints.logGrid(b.horizon, 10)
            : Checkpoints.of(b.horizon, b.checkpoints);
    this.roundRobinStart = b.roundRobinStart;
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

  /** The number of worker threads. */
  public int threads() {
    return threads;
  }

  /** Whether rounds {@code 1..K} play arms {@code 0..K-1}. */
  public boolean roundRobinStart() {
    return roundRobinStart;
  }

  /**
   * Runs {@code body} for every replication index {@code 0..replications-1} on this runner's
   * threads and waits for all: the execution shared by the context-free, contextual and dueling
   * runners.
   *
   * @param onReplicationDone called with the number of finished replications, from worker threads
   * @throws RuntimeException what a replication threw
   */
  public void forEachReplication(IntConsumer body, IntConsumer onReplicationDone) {
    Parallel.forEach(replications, threads, body, onReplicationDone);
  }

  /** Runs every replication; see {@link #run(Environment, PolicySpec, IntConsumer)}. */
  public RegretCurves run(Environment environment, PolicySpec<? extends Bandit> spec) {
    return run(environment, spec, r -> {});
  }

  /**
   * Runs every replication on the configured number of threads.
   *
   * @param onReplicationDone called with the number of finished replications, from worker threads
   * @throws IllegalArgumentException if the spec cannot create a policy over the environment's arms
   * @throws RuntimeException what a replication threw (for example a policy's rejection of a
   *     reward)
   */
  public RegretCurves run(
      Environment environment, PolicySpec<? extends Bandit> spec, IntConsumer onReplicationDone) {
    spec.create(environment.arms()); // fail fast, before any thread starts
    RandomStream[] streams = replicationStreams();
    double[][] pseudo = new double[replications][];
    double[][] realised = new double[replications][];
    double[][] hindsight = new double[replications][];
    forEachReplication(
        rep -> {
          RegretMeter meter =
              runOne(environment, spec, streams[rep], horizon, checkpoints, roundRobinStart);
          pseudo[rep] = meter.pseudoAtCheckpoints();
          realised[rep] = meter.realisedAtCheckpoints();
          hindsight[rep] = meter.tracksHindsight() ? meter.hindsightAtCheckpoints() : null;
        },
        onReplicationDone);
    return new RegretCurves(checkpoints, pseudo, realised, hindsight[0] == null ? null : hindsight);
  }

  /** The replication streams, split in order from the master seed. */
  public RandomStream[] replicationStreams() {
    RandomStream root = RandomStream.of(seed);
    RandomStream[] streams = new RandomStream[replications];
    for (int r = 0; r < replications; r++) {
      streams[r] = root.split();
    }
    return streams;
  }

  /**
   * Runs one replication from its stream and returns its meter.
   *
   * @param roundRobinStart whether rounds {@code 1..K} force arms {@code 0..K-1}
   */
  public static RegretMeter runOne(
      Environment environment,
      PolicySpec<? extends Bandit> spec,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints,
      boolean roundRobinStart) {
    RandomStream environmentStream = replicationStream.split();
    RandomStream policyStream = replicationStream.split();
    ArmSet arms = environment.arms();
    Bandit policy = spec.create(arms);
    RewardProcess process = environment.start(environmentStream);
    RegretMeter meter =
        process instanceof FullInformation table
            ? new RegretMeter(checkpoints, table, arms.size())
            : new RegretMeter(checkpoints);
    long forced = roundRobinStart ? Math.min(arms.size(), horizon) : 0;
    for (long t = 1; t <= forced; t++) {
      step(policy, Selection.forced(arms.get((int) (t - 1))), process, meter, t);
    }
    for (long t = forced + 1; t <= horizon; t++) {
      step(policy, policy.select(policyStream), process, meter, t);
    }
    return meter;
  }

  private static void step(
      Bandit policy, Selection selection, RewardProcess process, RegretMeter meter, long t) {
    int arm = selection.arm().index();
    double reward = process.pull(t, arm);
    policy.update(selection, reward);
    meter.record(process.bestMean(t), process.mean(t, arm), reward);
  }

  /** Builder of a {@link ReplicationRunner}. */
  public static final class Builder {
    private long horizon = -1;
    private int replications = -1;
    private long seed;
    private long[] checkpoints;
    private boolean roundRobinStart;
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

    /** Whether rounds {@code 1..K} play arms {@code 0..K-1} (default false). */
    public Builder roundRobinStart(boolean value) {
      this.roundRobinStart = value;
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
    public ReplicationRunner build() {
      if (horizon < 1 || replications < 1) {
        throw new IllegalStateException("horizon and replications must be set");
      }
      return new ReplicationRunner(this);
    }
  }
}
