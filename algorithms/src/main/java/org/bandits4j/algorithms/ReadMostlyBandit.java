package org.bandits4j.algorithms;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.ProbabilityOfBest;
import org.bandits4j.api.Selection;

/**
 * A bandit shared by many threads that select far more often than they learn: selects run without
 * locks on each thread's replica of the latest published model; updates are applied, one at a time
 * and validated, to a master copy, which is published every {@code publishEvery} updates.
 *
 * <p>Consistency: every update is applied exactly once, in a total order, and rejected at once (to
 * its caller, state unchanged) when invalid; {@link #snapshot()} is the master's exact state. A
 * select sees a model at most {@code publishEvery - 1} updates old (the batched-feedback regime of
 * A/B-testing services); {@link #publish()} makes every update so far visible to the next selects.
 * Each thread's replica is restored from the published state when a newer one appears (cost: one
 * {@code restore}, O(state size), per thread per publication). The step counter of a selection is
 * that of the replica that made it (the published step plus the selections that thread made since).
 *
 * <p>Thread safety: all methods are thread-safe. Pass each thread its own random generator. Create
 * with {@link Policies#readMostlyView(Bandit, int)}.
 */
public final class ReadMostlyBandit implements Bandit {

  /** A published model: the state and a version number increasing with each publication. */
  private record Published(PolicyState state, long version) {}

  /** One thread's private copy of a published model. */
  private static final class Replica {
    final Bandit policy;
    final long version;

    Replica(Bandit policy, long version) {
      this.policy = policy;
      this.version = version;
    }
  }

  private final Bandit master;
  private final PolicySpec<?> spec;
  private final int publishEvery;
  private final Object writeLock = new Object();

  // Per instance on purpose: each view keeps one replica per selecting thread. An entry goes when
  // its thread ends or the view is collected (ThreadLocal keys are weak).
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Replica> replicas = new ThreadLocal<>();

  private volatile Published published;
  private int unpublished;

  ReadMostlyBandit(Bandit master, int publishEvery) {
    if (master == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
    if (publishEvery < 1) {
      throw new IllegalArgumentException("publishEvery must be >= 1, was " + publishEvery);
    }
    this.master = master;
    this.spec = master.descriptor();
    this.publishEvery = publishEvery;
    this.published = new Published(master.snapshot(), 0);
  }

  private Bandit replica() {
    Published current = published;
    Replica mine = replicas.get();
    if (mine == null || mine.version != current.version()) {
      mine = new Replica((Bandit) spec.restore(current.state()), current.version());
      replicas.set(mine);
    }
    return mine.policy;
  }

  /** Lock-free: chooses with this thread's replica of the latest published model. */
  @Override
  public Selection select(RandomGenerator rng) {
    return replica().select(rng);
  }

  /**
   * Applies the reward to the master (serialised with other updates); publishes every {@code
   * publishEvery} updates.
   *
   * @throws IllegalArgumentException as the policy's {@code update}; nothing is applied then
   */
  @Override
  public void update(Selection selection, double reward) {
    synchronized (writeLock) {
      master.update(selection, reward);
      if (++unpublished >= publishEvery) {
        publishLocked();
      }
    }
  }

  /** Makes every update applied so far visible to subsequent selects. */
  public void publish() {
    synchronized (writeLock) {
      publishLocked();
    }
  }

  private void publishLocked() {
    published = new Published(master.snapshot(), published.version() + 1);
    unpublished = 0;
  }

  @Override
  public ArmSet arms() {
    return published.state().arms();
  }

  @Override
  public PolicySpec<?> descriptor() {
    return spec;
  }

  /** The master's exact state, every applied update included. */
  @Override
  public PolicyState snapshot() {
    synchronized (writeLock) {
      return master.snapshot();
    }
  }

  /** Estimates of the master's exact state, read under the write lock. */
  @Override
  public Optional<Estimates> estimates() {
    return master
        .estimates()
        .map(
            inner ->
                new Estimates() {
                  @Override
                  public List<ArmEstimate> all() {
                    synchronized (writeLock) {
                      return inner.all();
                    }
                  }

                  @Override
                  public ArmEstimate of(Arm arm) {
                    synchronized (writeLock) {
                      return inner.of(arm);
                    }
                  }
                });
  }

  /** Arm edits apply to the master and are published at once. */
  @Override
  public Optional<ArmEditor> armEditor() {
    return master
        .armEditor()
        .map(
            inner ->
                new ArmEditor() {
                  @Override
                  public void addArm(String id) {
                    synchronized (writeLock) {
                      inner.addArm(id);
                      publishLocked();
                    }
                  }

                  @Override
                  public void removeArm(String id) {
                    synchronized (writeLock) {
                      inner.removeArm(id);
                      publishLocked();
                    }
                  }
                });
  }

  /** Merges apply to the master and are published at once. */
  @Override
  public Optional<Merger> merger() {
    return master
        .merger()
        .map(
            inner ->
                new Merger() {
                  @Override
                  public void merge(PolicyState other) {
                    synchronized (writeLock) {
                      inner.merge(other);
                      publishLocked();
                    }
                  }

                  @Override
                  public void merge(PolicyState other, PolicyState base) {
                    synchronized (writeLock) {
                      inner.merge(other, base);
                      publishLocked();
                    }
                  }
                });
  }

  /** Probability of best of the master's exact state, under the write lock. */
  @Override
  public Optional<ProbabilityOfBest> probabilityOfBest() {
    return master
        .probabilityOfBest()
        .map(
            inner ->
                (samples, rng) -> {
                  synchronized (writeLock) {
                    return inner.probabilityOfBest(samples, rng);
                  }
                });
  }

  @Override
  public String toString() {
    return "readMostly(" + spec + ", publishEvery=" + publishEvery + ")";
  }
}
