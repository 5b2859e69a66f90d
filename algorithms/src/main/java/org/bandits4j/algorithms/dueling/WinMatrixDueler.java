package org.bandits4j.algorithms.dueling;

import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.CachedLog;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.core.Merging;
import org.bandits4j.algorithms.core.Restoring;
import org.bandits4j.algorithms.state.DuelingState;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Base of the dueling policies whose statistics are a {@link WinMatrix}: it owns the matrix, the
 * arm set and the decision counter, validates feedback, and writes and reads {@link DuelingState}
 * (the matrix plus the subclass's named integer arrays).
 *
 * <p>Feedback: {@link #update} resolves both arms by id, rejects a null duel or outcome and arms
 * outside the set (the state is then unchanged), records the outcome (ties count half a win to each
 * side, a self-duel only counts as a duel) and then calls {@link #learned}, the subclass's hook for
 * phase logic. Hooks and {@link #select} may change the subclass's bookkeeping; a restored policy
 * continues in lockstep because that bookkeeping travels in the state's extras.
 *
 * <p>The round index of the confidence bounds is {@code t = duels learned + 1}.
 *
 * <p>Thread safety: not thread-safe (single writer); use {@code Policies.synchronizedView}.
 */
abstract class WinMatrixDueler implements DuelingBandit {

  private final PolicySpec<?> spec;
  private final ArmSet arms;
  private final CachedLog log = new CachedLog();

  /** The duel statistics. */
  final WinMatrix wins;

  /** Number of arms. */
  final int k;

  private long step;

  /** A fresh policy. */
  WinMatrixDueler(PolicySpec<?> spec, ArmSet arms) {
    this(spec, arms, true);
  }

  /** A fresh policy; {@code bounds = false} for one that never reads the confidence bounds. */
  WinMatrixDueler(PolicySpec<?> spec, ArmSet arms, boolean bounds) {
    this.spec = Checks.notNull("spec", spec);
    this.arms = Checks.notNull("arms", arms);
    this.k = arms.size();
    this.wins = new WinMatrix(k, bounds);
  }

  /**
   * A policy restored from a state of this policy kind (the receiver's spec is used).
   *
   * @throws IllegalArgumentException if the state is of another kind or inconsistent
   */
  WinMatrixDueler(PolicySpec<?> spec, PolicyState state) {
    this(spec, state, true);
  }

  /** A restored policy; {@code bounds} as for a fresh one. */
  WinMatrixDueler(PolicySpec<?> spec, PolicyState state, boolean bounds) {
    this.spec = Checks.notNull("spec", spec);
    DuelingState s = checked(spec, state);
    this.arms = s.arms();
    this.k = arms.size();
    this.wins = new WinMatrix(k, s.halfWins(), bounds);
    this.step = Checks.nonNegative("state.step", s.step());
  }

  static DuelingState checked(PolicySpec<?> spec, PolicyState state) {
    return Restoring.checked(DuelingState.class, spec, state);
  }

  // ------------------------------------------------------------ subclass hooks

  /** The subclass's bookkeeping, as named integer arrays in a stable order. */
  abstract Map<String, long[]> extras();

  /**
   * Called after the outcome of a duel between arms {@code a} and {@code b} was recorded; must not
   * throw.
   */
  void learned(int a, int b, DuelOutcome outcome) {}

  /** Whether the state is the win matrix alone, so that merging by adding matrices is exact. */
  boolean mergeable() {
    return false;
  }

  // ------------------------------------------------------------ helpers

  /** {@code sqrt(α ln t)} with {@code t = duels learned + 1}. */
  final double confidenceScale(double alpha) {
    return Math.sqrt(alpha * log.ln(wins.duels() + 1));
  }

  /** {@code ln t} with {@code t = duels learned + 1}. */
  final double lnT() {
    return log.ln(wins.duels() + 1);
  }

  /** Records a decision: increments the step and returns the duel. */
  final Duel choose(int first, int second) {
    return new Duel(arms.get(first), arms.get(second), ++step);
  }

  /** A uniform random permutation of {@code 0..k-1} (Fisher–Yates, {@code k-1} draws). */
  final long[] shuffledArms(RandomGenerator rng) {
    long[] order = new long[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    for (int i = k - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      long tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }

  /**
   * Reads an extra of a restored state and checks its length ({@code -1}: any).
   *
   * @throws IllegalArgumentException if it is missing or has the wrong length
   */
  static long[] extra(DuelingState state, String name, int length) {
    long[] v = state.extra(name);
    if (length >= 0 && v.length != length) {
      throw new IllegalArgumentException(
          "state extra '" + name + "' must have " + length + " entries, has " + v.length);
    }
    return v;
  }

  /**
   * Checks that {@code v} is an arm index in {@code [lo, k)} ({@code lo = -1} admits "none").
   *
   * @throws IllegalArgumentException naming the extra and the value
   */
  static int armIndex(String name, long v, int lo, int k) {
    if (v < lo || v >= k) {
      throw new IllegalArgumentException(
          "state extra '" + name + "' must be in [" + lo + ", " + k + "), was " + v);
    }
    return (int) v;
  }

  /**
   * Reads a 0/1 flag array of length {@code k}.
   *
   * @throws IllegalArgumentException if an entry is not 0 or 1
   */
  static boolean[] flags(DuelingState state, String name, int k) {
    long[] v = extra(state, name, k);
    boolean[] out = new boolean[k];
    for (int i = 0; i < k; i++) {
      if (v[i] != 0 && v[i] != 1) {
        throw new IllegalArgumentException(
            "state extra '" + name + "[" + i + "]' must be 0 or 1, was " + v[i]);
      }
      out[i] = v[i] == 1;
    }
    return out;
  }

  static long[] flagsToLongs(boolean[] flags) {
    long[] out = new long[flags.length];
    for (int i = 0; i < flags.length; i++) {
      out[i] = flags[i] ? 1 : 0;
    }
    return out;
  }

  // ------------------------------------------------------------ DuelingBandit

  @Override
  public final ArmSet arms() {
    return arms;
  }

  @Override
  public final PolicySpec<?> descriptor() {
    return spec;
  }

  /**
   * {@inheritDoc}
   *
   * <p>O(1) for the statistics plus the subclass's hook; allocates nothing.
   */
  @Override
  public final void update(Duel duel, DuelOutcome outcome) {
    if (duel == null) {
      throw new IllegalArgumentException("duel must not be null");
    }
    if (outcome == null) {
      throw new IllegalArgumentException("duel outcome must not be null (duel " + duel + ")");
    }
    int a = indexOf(duel.first(), "first");
    int b = indexOf(duel.second(), "second");
    wins.record(a, b, outcome);
    learned(a, b, outcome);
  }

  private int indexOf(Arm arm, String which) {
    int i = arms.resolve(arm);
    if (i < 0) {
      throw new IllegalArgumentException(
          "duel's "
              + which
              + " arm '"
              + arm.id()
              + "' is not in the arm set "
              + arms
              + " (removed, or from another policy)");
    }
    return i;
  }

  @Override
  public final DuelingState snapshot() {
    return new DuelingState(spec, arms, step, wins.halfWins(), extras());
  }

  @Override
  public final Optional<Merger> merger() {
    return mergeable() ? Optional.of(new MatrixMerger()) : Optional.empty();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + spec + ", step=" + step + "]";
  }

  /** Merging for policies whose state is the win matrix alone: matrices add. */
  private final class MatrixMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      DuelingState o = compatible("other", other);
      long[] delta = o.halfWins();
      apply(delta, o.step(), o.arms());
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      DuelingState o = compatible("other", other);
      DuelingState b = compatible("base", base);
      long[] delta = o.halfWins();
      long[] baseWins = b.halfWins();
      int[] toBase = order(o.arms(), b.arms());
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          long d = delta[i * k + j] - baseWins[toBase[i] * k + toBase[j]];
          if (d < 0) {
            throw new IllegalArgumentException(
                "cannot merge: other has fewer wins of '"
                    + o.arms().get(i).id()
                    + "' over '"
                    + o.arms().get(j).id()
                    + "' than base, so it does not descend from base");
          }
          delta[i * k + j] = d;
        }
      }
      apply(delta, Math.max(0, o.step() - b.step()), o.arms());
    }

    private DuelingState compatible(String name, PolicyState state) {
      return Merging.compatible(name, state, DuelingState.class, spec, arms);
    }

    /** For each arm of {@code from}, its index in {@code to}. */
    private int[] order(ArmSet from, ArmSet to) {
      int[] out = new int[k];
      for (int i = 0; i < k; i++) {
        out[i] = to.indexOf(from.get(i).id());
      }
      return out;
    }

    private void apply(long[] delta, long dstep, ArmSet from) {
      long total = 0;
      for (long h : wins.halfWins()) {
        total += h;
      }
      for (long d : delta) {
        total += d;
        if (total < 0) {
          throw new IllegalArgumentException("cannot merge: the win counts would overflow");
        }
      }
      wins.add(delta, order(from, arms));
      step += dstep;
    }
  }
}
