package org.bandits4j.simulators.contextual;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Feedback;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;

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

  private final ReplicationRunner settings;
  private final int feedbackBatch;

  private ContextualReplicationRunner(ReplicationRunner settings, int feedbackBatch) {
    this.settings = settings;
    this.feedbackBatch = feedbackBatch;
  }

  /** A builder; horizon and replications are required. */
  public static Builder builder() {
    return new Builder();
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
    double[][] pseudo = new double[streams.length][];
    double[][] realised = new double[streams.length][];
    settings.forEachReplication(
        rep -> {
          ContextualRegretMeter meter = runOne(environment, spec, streams[rep]);
          pseudo[rep] = meter.meter().pseudoAtCheckpoints();
          realised[rep] = meter.meter().realisedAtCheckpoints();
        },
        onReplicationDone);
    return new RegretCurves(settings.checkpoints(), pseudo, realised);
  }

  /** The replication streams, split in order from the master seed. */
  public RandomStream[] replicationStreams() {
    return settings.replicationStreams();
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
        settings.horizon(),
        settings.checkpoints(),
        settings.roundRobinStart(),
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

  /**
   * Builder of a {@link ContextualReplicationRunner}: a replication runner's settings plus
   * batching.
   */
  public static final class Builder {
    private final ReplicationRunner.Builder settings = ReplicationRunner.builder();
    private int feedbackBatch = 1;

    private Builder() {}

    /** The horizon {@code T >= 1}. */
    public Builder horizon(long value) {
      settings.horizon(value);
      return this;
    }

    /** The number of replications, {@code >= 1}. */
    public Builder replications(int value) {
      settings.replications(value);
      return this;
    }

    /** The master seed (default 0). */
    public Builder seed(long value) {
      settings.seed(value);
      return this;
    }

    /** Checkpoint rounds (default: 10 per decade, log-spaced); the horizon is always included. */
    public Builder checkpoints(long... value) {
      settings.checkpoints(value);
      return this;
    }

    /** Whether rounds {@code 1..K} play arms {@code 0..K-1} (default false). */
    public Builder roundRobinStart(boolean value) {
      settings.roundRobinStart(value);
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
      settings.threads(value);
      return this;
    }

    /**
     * The runner.
     *
     * @throws IllegalStateException if horizon or replications were not set
     */
    public ContextualReplicationRunner build() {
      return new ContextualReplicationRunner(settings.build(), feedbackBatch);
    }
  }
}
