package org.bandits4j.algorithms;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.Feedback;
import org.bandits4j.api.Merger;
import org.bandits4j.api.Policy;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.ProbabilityOfBest;
import org.bandits4j.api.Selection;

/**
 * Wrappers that make single-writer policies safe to share between threads.
 *
 * <p>{@code synchronizedView(p)} returns a view whose every method, facets included, runs under one
 * lock, so calls are linearisable: no update is lost, and a snapshot never sees half an update. The
 * caller must stop using {@code p} directly. Each thread should pass its own {@link
 * RandomGenerator} (generators are not thread-safe).
 *
 * <p>Cost: one uncontended lock per call; under contention throughput is that of one thread. For
 * many concurrent selects and fewer updates, {@link #readMostlyView(Bandit, int)} lets selects run
 * without locks on a model published in batches.
 */
public final class Policies {

  private Policies() {}

  /** A lock-guarded view of a bandit. */
  public static Bandit synchronizedView(Bandit policy) {
    return new SynchronizedBandit(policy);
  }

  /**
   * A view for many threads that mostly select: selects are lock-free on per-thread replicas of a
   * model published every {@code publishEvery} updates; updates are validated and applied one at a
   * time to the master copy. See {@link ReadMostlyBandit}. The caller must stop using {@code
   * policy} directly.
   *
   * @throws IllegalArgumentException if {@code publishEvery < 1}
   */
  public static ReadMostlyBandit readMostlyView(Bandit policy, int publishEvery) {
    return new ReadMostlyBandit(policy, publishEvery);
  }

  /** A lock-guarded view of a contextual bandit. */
  public static ContextualBandit synchronizedView(ContextualBandit policy) {
    return new SynchronizedContextual(policy);
  }

  /** A lock-guarded view of a dueling bandit. */
  public static DuelingBandit synchronizedView(DuelingBandit policy) {
    return new SynchronizedDueling(policy);
  }

  /** Policy methods and facets under the lock; subclasses add the feedback methods. */
  private abstract static class SynchronizedPolicy<P extends Policy> implements Policy {
    final P delegate;
    final Object lock = new Object();

    SynchronizedPolicy(P delegate) {
      if (delegate == null) {
        throw new IllegalArgumentException("policy must not be null");
      }
      this.delegate = delegate;
    }

    @Override
    public ArmSet arms() {
      synchronized (lock) {
        return delegate.arms();
      }
    }

    @Override
    public PolicySpec<?> descriptor() {
      synchronized (lock) {
        return delegate.descriptor();
      }
    }

    @Override
    public PolicyState snapshot() {
      synchronized (lock) {
        return delegate.snapshot();
      }
    }

    @Override
    public Optional<Estimates> estimates() {
      synchronized (lock) {
        return delegate.estimates().map(LockedEstimates::new);
      }
    }

    @Override
    public Optional<ArmEditor> armEditor() {
      synchronized (lock) {
        return delegate.armEditor().map(LockedEditor::new);
      }
    }

    @Override
    public Optional<Merger> merger() {
      synchronized (lock) {
        return delegate.merger().map(LockedMerger::new);
      }
    }

    @Override
    public Optional<ProbabilityOfBest> probabilityOfBest() {
      synchronized (lock) {
        return delegate
            .probabilityOfBest()
            .map(
                p ->
                    (samples, rng) -> {
                      synchronized (lock) {
                        return p.probabilityOfBest(samples, rng);
                      }
                    });
      }
    }

    @Override
    public String toString() {
      synchronized (lock) {
        return "synchronized(" + delegate + ")";
      }
    }

    private final class LockedEstimates implements Estimates {
      private final Estimates inner;

      LockedEstimates(Estimates inner) {
        this.inner = inner;
      }

      @Override
      public List<ArmEstimate> all() {
        synchronized (lock) {
          return inner.all();
        }
      }

      @Override
      public ArmEstimate of(Arm arm) {
        synchronized (lock) {
          return inner.of(arm);
        }
      }
    }

    private final class LockedEditor implements ArmEditor {
      private final ArmEditor inner;

      LockedEditor(ArmEditor inner) {
        this.inner = inner;
      }

      @Override
      public void addArm(String id) {
        synchronized (lock) {
          inner.addArm(id);
        }
      }

      @Override
      public void removeArm(String id) {
        synchronized (lock) {
          inner.removeArm(id);
        }
      }
    }

    private final class LockedMerger implements Merger {
      private final Merger inner;

      LockedMerger(Merger inner) {
        this.inner = inner;
      }

      @Override
      public void merge(PolicyState other) {
        synchronized (lock) {
          inner.merge(other);
        }
      }

      @Override
      public void merge(PolicyState other, PolicyState base) {
        synchronized (lock) {
          inner.merge(other, base);
        }
      }
    }
  }

  private static final class SynchronizedBandit extends SynchronizedPolicy<Bandit>
      implements Bandit {
    SynchronizedBandit(Bandit delegate) {
      super(delegate);
    }

    @Override
    public Selection select(RandomGenerator rng) {
      synchronized (lock) {
        return delegate.select(rng);
      }
    }

    @Override
    public void update(Selection selection, double reward) {
      synchronized (lock) {
        delegate.update(selection, reward);
      }
    }

    @Override
    public void update(List<Feedback> batch) {
      synchronized (lock) {
        delegate.update(batch);
      }
    }
  }

  private static final class SynchronizedContextual extends SynchronizedPolicy<ContextualBandit>
      implements ContextualBandit {
    SynchronizedContextual(ContextualBandit delegate) {
      super(delegate);
    }

    @Override
    public Selection select(Context context, RandomGenerator rng) {
      synchronized (lock) {
        return delegate.select(context, rng);
      }
    }

    @Override
    public void update(Context context, Selection selection, double reward) {
      synchronized (lock) {
        delegate.update(context, selection, reward);
      }
    }

    /** The whole batch under one lock, through the delegate's own (all-or-nothing) path. */
    @Override
    public void update(List<Feedback> batch) {
      synchronized (lock) {
        delegate.update(batch);
      }
    }
  }

  private static final class SynchronizedDueling extends SynchronizedPolicy<DuelingBandit>
      implements DuelingBandit {
    SynchronizedDueling(DuelingBandit delegate) {
      super(delegate);
    }

    @Override
    public Duel select(RandomGenerator rng) {
      synchronized (lock) {
        return delegate.select(rng);
      }
    }

    @Override
    public void update(Duel duel, DuelOutcome outcome) {
      synchronized (lock) {
        delegate.update(duel, outcome);
      }
    }

    @Override
    public Arm recommendation() {
      synchronized (lock) {
        return delegate.recommendation();
      }
    }
  }
}
