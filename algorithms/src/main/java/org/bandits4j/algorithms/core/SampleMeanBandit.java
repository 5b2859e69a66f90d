package org.bandits4j.algorithms.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bandits4j.algorithms.state.SampleMeanState;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Base of the context-free policies whose sufficient statistic is, per arm, the number of rewards
 * learned ({@code N_i}) and their sum ({@code S_i}): it owns those statistics, the arm set and the
 * decision counter, validates feedback, and provides snapshots, restore, merging, arm editing and
 * estimates. Subclasses choose arms and keep derived per-arm caches (refreshed through {@link
 * #refresh(int)}), which must be pure functions of {@code (N_i, S_i)} so that a restored policy
 * stays in lockstep with the original.
 *
 * <p>Merging is exact for such statistics: counts and sums add. With integer-valued rewards (e.g.
 * Bernoulli) merged and sequential states are bit-identical; with real-valued rewards they agree up
 * to floating-point summation order.
 *
 * <p>Thread safety: not thread-safe (single writer); use {@code Policies.synchronizedView}.
 * Complexity: {@code update} O(1) plus the subclass's refresh; snapshot, merge and arm edits O(K).
 */
public abstract class SampleMeanBandit implements Bandit {

  private final PolicySpec<?> spec;
  private final double rewardMin;
  private final double rewardMax;
  private ArmSet arms;
  private long step;
  private long plays;
  private int unpulled;
  private long[] pulls;
  private double[] sums;

  /**
   * A fresh policy: no rewards learned. The subclass constructor must call {@link #initCaches()}
   * last.
   *
   * @param rewardMin smallest reward {@code update} accepts (may be -∞)
   * @param rewardMax largest reward {@code update} accepts (may be +∞)
   */
  protected SampleMeanBandit(PolicySpec<?> spec, ArmSet arms, double rewardMin, double rewardMax) {
    this.spec = Checks.notNull("spec", spec);
    this.arms = Checks.notNull("arms", arms);
    this.rewardMin = rewardMin;
    this.rewardMax = rewardMax;
    this.pulls = new long[arms.size()];
    this.sums = new double[arms.size()];
    this.unpulled = arms.size();
  }

  /**
   * A policy restored from a state of this policy kind. The receiver's spec is used: restoring
   * under a spec with other hyper-parameters of the same policy is allowed (for example a new
   * exploration constant after a restart). The subclass constructor must call {@link #initCaches()}
   * last.
   *
   * @throws IllegalArgumentException if the state is of another kind or inconsistent, for example a
   *     sum impossible for rewards in {@code [rewardMin, rewardMax]}
   */
  protected SampleMeanBandit(
      PolicySpec<?> spec, PolicyState state, double rewardMin, double rewardMax) {
    this(spec, checkedState(spec, state).arms(), rewardMin, rewardMax);
    SampleMeanState s = (SampleMeanState) state;
    long[] statePulls = s.pulls();
    double[] stateSums = s.sums();
    this.step = Checks.nonNegative("state.step", s.step());
    for (int i = 0; i < statePulls.length; i++) {
      checkArmStatistics(arms.get(i).id(), statePulls[i], stateSums[i]);
    }
    this.pulls = statePulls;
    this.sums = stateSums;
    countPlays();
  }

  private static SampleMeanState checkedState(PolicySpec<?> spec, PolicyState state) {
    Checks.notNull("state", state);
    if (!(state instanceof SampleMeanState s)) {
      throw new IllegalArgumentException(
          "state of type "
              + state.getClass().getSimpleName()
              + " cannot restore policy '"
              + spec.name()
              + "'");
    }
    if (!s.policy().equals(spec.name())) {
      throw new IllegalArgumentException(
          "state is for policy '" + s.policy() + "', not '" + spec.name() + "'");
    }
    return s;
  }

  /** Checks one arm's statistics against the accepted reward range. */
  private void checkArmStatistics(String id, long n, double sum) {
    if (n < 0) {
      throw new IllegalArgumentException("state.pulls of arm '" + id + "' must be >= 0, was " + n);
    }
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException(
          "state.sums of arm '" + id + "' must be finite, was " + sum);
    }
    double lo = rewardMin * n;
    double hi = rewardMax * n;
    double slack = 1e-9 * Math.max(1.0, Math.max(Math.abs(lo), Math.abs(hi)));
    if ((n == 0 && sum != 0.0) || (n > 0 && (sum < lo - slack || sum > hi + slack))) {
      throw new IllegalArgumentException(
          "state.sums of arm '"
              + id
              + "' is "
              + sum
              + ", impossible for "
              + n
              + " rewards in ["
              + rewardMin
              + ", "
              + rewardMax
              + "]");
    }
  }

  // ---------------------------------------------------------------- subclass hooks

  /**
   * Re-allocates per-arm caches for {@code armCount} arms; called once the statistics arrays have
   * their new size, before {@link #refresh(int)} is called for every arm.
   */
  protected abstract void resize(int armCount);

  /** Recomputes the derived caches of one arm from {@link #pulls(int)} and {@link #sum(int)}. */
  protected abstract void refresh(int arm);

  /** The estimate the {@link Estimates} facet reports for one arm. */
  protected abstract ArmEstimate estimate(int arm);

  /**
   * Finishes construction: sizes and fills the caches. Subclass constructors call it last, once
   * their own fields are set.
   */
  protected final void initCaches() {
    resize(arms.size());
    for (int i = 0; i < arms.size(); i++) {
      refresh(i);
    }
  }

  // ---------------------------------------------------------------- statistics for subclasses

  /** Number of arms. */
  protected final int armCount() {
    return pulls.length;
  }

  /** Rewards learned for arm {@code i}. */
  protected final long pulls(int i) {
    return pulls[i];
  }

  /** Sum of rewards learned for arm {@code i}. */
  protected final double sum(int i) {
    return sums[i];
  }

  /** Rewards learned in total ({@code t} of the index formulas). */
  protected final long plays() {
    return plays;
  }

  /** The lowest-numbered arm with no reward learned yet, or -1 if every arm has one. */
  protected final int firstUnpulled() {
    if (unpulled == 0) {
      return -1;
    }
    for (int i = 0; i < pulls.length; i++) {
      if (pulls[i] == 0) {
        return i;
      }
    }
    throw new AssertionError("unpulled count out of sync");
  }

  /** Records a decision: increments the step and returns the selection. */
  protected final Selection choose(int arm, double propensity) {
    return new Selection(arms.get(arm), propensity, ++step);
  }

  // ---------------------------------------------------------------- Bandit

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
   * <p>O(1) plus the subclass's per-arm refresh; allocates nothing.
   */
  @Override
  public final void update(Selection selection, double reward) {
    int i = indexOf(selection);
    if (!(Double.isFinite(reward) && reward >= rewardMin && reward <= rewardMax)) {
      throw new IllegalArgumentException(rewardMessage(reward, selection));
    }
    double sum = sums[i] + reward;
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException(
          "reward " + reward + " would overflow the reward sum of arm '" + arms.get(i).id() + "'");
    }
    if (pulls[i]++ == 0) {
      unpulled--;
    }
    sums[i] = sum;
    plays++;
    refresh(i);
  }

  private String rewardMessage(double reward, Selection selection) {
    String range =
        rewardMin == Double.NEGATIVE_INFINITY && rewardMax == Double.POSITIVE_INFINITY
            ? "finite"
            : "in [" + rewardMin + ", " + rewardMax + "]";
    return "reward must be "
        + range
        + " for policy '"
        + spec.name()
        + "', was "
        + reward
        + " (arm '"
        + selection.arm().id()
        + "')";
  }

  /**
   * The current index of the selection's arm.
   *
   * @throws IllegalArgumentException if the selection is null or its arm is not in the arm set
   */
  protected final int indexOf(Selection selection) {
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
    int i = arms.resolve(selection.arm());
    if (i < 0) {
      throw new IllegalArgumentException(
          "selection arm '"
              + selection.arm().id()
              + "' is not in the arm set "
              + arms
              + " (removed, or from another policy)");
    }
    return i;
  }

  @Override
  public final SampleMeanState snapshot() {
    return new SampleMeanState(spec, arms, step, pulls, sums);
  }

  @Override
  public final Optional<Estimates> estimates() {
    return Optional.of(new EstimatesView());
  }

  @Override
  public final Optional<ArmEditor> armEditor() {
    return Optional.of(new Editor());
  }

  @Override
  public final Optional<Merger> merger() {
    return Optional.of(new StatisticsMerger());
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + spec
        + ", step="
        + step
        + ", pulls="
        + Arrays.toString(pulls)
        + "]";
  }

  private void recount() {
    countPlays();
    initCaches();
  }

  private void countPlays() {
    plays = 0;
    unpulled = 0;
    for (long n : pulls) {
      plays += n;
      if (n == 0) {
        unpulled++;
      }
    }
  }

  // ---------------------------------------------------------------- facets

  private final class EstimatesView implements Estimates {
    @Override
    public List<ArmEstimate> all() {
      List<ArmEstimate> all = new ArrayList<>(armCount());
      for (int i = 0; i < armCount(); i++) {
        all.add(estimate(i));
      }
      return List.copyOf(all);
    }

    @Override
    public ArmEstimate of(Arm arm) {
      return estimate(indexOf(Selection.forced(arm)));
    }
  }

  private final class Editor implements ArmEditor {
    @Override
    public void addArm(String id) {
      ArmSet grown = arms.with(id);
      arms = grown;
      pulls = Arrays.copyOf(pulls, grown.size());
      sums = Arrays.copyOf(sums, grown.size());
      recount();
    }

    @Override
    public void removeArm(String id) {
      ArmSet shrunk = arms.without(id);
      int gone = arms.indexOf(id);
      arms = shrunk;
      pulls = removeAt(pulls, gone);
      sums = removeAt(sums, gone);
      recount();
    }
  }

  private static long[] removeAt(long[] a, int index) {
    long[] out = new long[a.length - 1];
    System.arraycopy(a, 0, out, 0, index);
    System.arraycopy(a, index + 1, out, index, out.length - index);
    return out;
  }

  private static double[] removeAt(double[] a, int index) {
    double[] out = new double[a.length - 1];
    System.arraycopy(a, 0, out, 0, index);
    System.arraycopy(a, index + 1, out, index, out.length - index);
    return out;
  }

  private final class StatisticsMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      SampleMeanState o = compatible("other", other);
      apply(o.pulls(), o.sums(), o.step(), o.arms());
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      SampleMeanState o = compatible("other", other);
      SampleMeanState b = compatible("base", base);
      long[] dn = o.pulls();
      double[] ds = o.sums();
      long[] bn = b.pulls();
      double[] bs = b.sums();
      for (int j = 0; j < dn.length; j++) {
        int k = b.arms().indexOf(o.arms().get(j).id());
        if (dn[j] < bn[k]) {
          throw new IllegalArgumentException(
              "cannot merge: arm '"
                  + o.arms().get(j).id()
                  + "' has "
                  + dn[j]
                  + " pulls in other but "
                  + bn[k]
                  + " in base, so other does not descend from base");
        }
        dn[j] -= bn[k];
        ds[j] -= bs[k];
      }
      apply(dn, ds, Math.max(0, o.step() - b.step()), o.arms());
    }

    private SampleMeanState compatible(String name, PolicyState state) {
      return Merging.compatible(name, state, SampleMeanState.class, spec, arms);
    }

    /** Adds per-arm deltas given in {@code order}'s arm order; validates before changing state. */
    private void apply(long[] dn, double[] ds, long dstep, ArmSet order) {
      long[] newPulls = pulls.clone();
      double[] newSums = sums.clone();
      for (int j = 0; j < dn.length; j++) {
        int i = arms.indexOf(order.get(j).id());
        newPulls[i] += dn[j];
        newSums[i] += ds[j];
        checkArmStatistics(arms.get(i).id(), newPulls[i], newSums[i]);
      }
      pulls = newPulls;
      sums = newSums;
      step += dstep;
      recount();
    }
  }
}
