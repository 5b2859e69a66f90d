package org.bandits4j.simulators.contextual;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Feedback;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.Checkpoints;
import org.bandits4j.simulators.regret.RegretCurves;

/**
 * Runs independent replications of a contextual policy on a contextual environment, in parallel,
 * with results that do not depend on the number of threads: the contextual counterpart of {@link
 * org.bandits4j.simulators.run.ReplicationRunner}, with the same stream layout.
 *
 * <p>Random streams: the master seed gives a root {@link RandomStream}; replication {@code r} gets
 * its {@code r}-th child (all split in order before work starts); within a replication the first
 * child drives the environment (parameters, contexts, per-arm rewards) and the second the policy.
 * Every policy run with the same seed therefore sees the same instances, contexts and reward draws
 * (common random numbers).
 *
 * <p>Protocol per round {@code t = 1..T}: the environment reveals the context; the policy selects
 * (or, with {@code roundRobinStart}, arm {@code t-1} is forced for {@code t <= K}); the environment
 * draws the reward; the meter records the pseudo- and realised regret against the context's oracle.
 * Feedback goes to the policy at once ({@code feedbackBatch = 1}) or, with {@code feedbackBatch = B
 * > 1}, in batches of {@code B} rounds through {@link ContextualBandit#update(java.util.List)} —
 * decisions in between use the model as of the last batch (delayed feedback, workload W4).
 *
 * <p>Thread safety: immutable; {@link #run} may be called concurrently.
 */
public final class ContextualReplicationRunner {

  private final long horizon;
  private final int replications;
  private final long seed;
  private final long[] checkpoints;
  private final boolean roundRobinStart;
  private final int feedbackBatch;
  private final int threads;

  private ContextualReplicationRunner(Builder b) {
    this.horizon = b.horizon;
    this.replications = b.replications;
    this.seed = b.seed;
    this.checkpoints =
        b.checkpoints == null
            ? Checkpoints.logGrid(b.horizon, 10)
            : Checkpoints.of(b.horizon, b.checkpoints);
    this.roundRobinStart = b.roundRobinStart;
    this.feedbackBatch = b.feedbackBatch;
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

  /** Runs every replication; see {@link #run(ContextualEnvironment, PolicySpec, IntConsumer)}. */
  public RegretCurves run(
      ContextualEnvironment environment, PolicySpec<? extends ContextualBandit> spec) {
    return run(environment, spec, r -> {});
  }

  /**
   * Runs every replication on the configured number of threads.
   *
   * @param onReplicationDone called with the number of finished replications, from worker threads
   * @throws IllegalArgumentException if the spec cannot create a policy over the environment's arms
   * @throws RuntimeException what a replication threw (for example a policy's rejection of a
   *     context)
   */
  public RegretCurves run(
      ContextualEnvironment environment,
      PolicySpec<? extends ContextualBandit> spec,
      IntConsumer onReplicationDone) {
    spec.create(environment.arms()); // fail fast, before any thread starts
    RandomStream[] streams = replicationStreams();
    double[][] pseudo = new double[replications][];
    double[][] realised = new double[replications][];
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, replications), ContextualReplicationRunner::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>(replications);
      for (int r = 0; r < replications; r++) {
        int rep = r;
        futures.add(
            pool.submit(
                () -> {
                  ContextualRegretMeter meter = runOne(environment, spec, streams[rep]);
                  pseudo[rep] = meter.meter().pseudoAtCheckpoints();
                  realised[rep] = meter.meter().realisedAtCheckpoints();
                  onReplicationDone.accept(done.incrementAndGet());
                }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
    return new RegretCurves(checkpoints, pseudo, realised);
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

  /** Runs one replication from its stream with this runner's settings and returns its meter. */
  public ContextualRegretMeter runOne(
      ContextualEnvironment environment,
      PolicySpec<? extends ContextualBandit> spec,
      RandomStream replicationStream) {
    return runOne(
        environment,
        spec.create(environment.arms()),
        replicationStream,
        horizon,
        checkpoints,
        roundRobinStart,
        feedbackBatch);
  }

  /**
   * Runs one replication of {@code policy} (a fresh one, or any prepared policy) from its stream.
   *
   * @param feedbackBatch 1 for immediate feedback, {@code B > 1} for batches of {@code B} rounds
   */
  public static ContextualRegretMeter runOne(
      ContextualEnvironment environment,
      ContextualBandit policy,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints,
      boolean roundRobinStart,
      int feedbackBatch) {
    RandomStream environmentStream = replicationStream.split();
    RandomStream policyStream = replicationStream.split();
    ArmSet arms = environment.arms();
    ContextualProcess process = environment.start(environmentStream);
    ContextualRegretMeter meter = new ContextualRegretMeter(checkpoints);
    long forced = roundRobinStart ? Math.min(arms.size(), horizon) : 0;
    List<Feedback> pending = new ArrayList<>(Math.max(1, feedbackBatch));
    for (long t = 1; t <= horizon; t++) {
      Context context = process.context(t);
      Selection selection =
          t <= forced
              ? Selection.forced(arms.get((int) (t - 1)))
              : policy.select(context, policyStream);
      int arm = selection.arm().index();
      double reward = process.pull(t, arm);
      meter.record(process, t, arm, reward);
      if (feedbackBatch <= 1) {
        policy.update(context, selection, reward);
      } else {
        pending.add(new Feedback(context, selection, reward));
        if (pending.size() == feedbackBatch || t == horizon) {
          policy.update(List.copyOf(pending));
          pending.clear();
        }
      }
    }
    return meter;
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("replication failed", cause);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bandits4j-contextual-replication");
    t.setDaemon(true);
    return t;
  }

  /** Builder of a {@link ContextualReplicationRunner}. */
  public static final class Builder {
    private long horizon = -1;
    private int replications = -1;
    private long seed;
    private long[] checkpoints;
    private boolean roundRobinStart;
    private int feedbackBatch = 1;
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

    /** Feedback in batches of this many rounds, {@code >= 1} (default 1: immediate). */
    public Builder feedbackBatch(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("feedbackBatch must be >= 1, was " + value);
      }
      this.feedbackBatch = value;
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
    public ContextualReplicationRunner build() {
      if (horizon < 1 || replications < 1) {
        throw new IllegalStateException("horizon and replications must be set");
      }
      return new ContextualReplicationRunner(this);
    }
  }
}
