package org.bandits4j.algorithms.core;

import java.util.Optional;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Base of the context-free policies that keep statistics per arm: it owns the spec, the arm set,
 * the decision counter and the accepted reward range, validates feedback, resolves selections by
 * arm id, and provides the estimates and arm-editing facets and the checks that restore and merge
 * share. Subclasses own the statistics: how a reward is learned, how an arm's statistics are added
 * or removed, the snapshot and the merge.
 *
 * <p>Thread safety: not thread-safe (single writer); use {@code Policies.synchronizedView}.
 */
public abstract class StatisticsBandit implements Bandit {

  private final PolicySpec<?> spec;
  private final double rewardMin;
  private final double rewardMax;
  private ArmSet arms;
  private long step;

  /**
   * A policy over these arms.
   *
   * @param rewardMin smallest reward {@code update} accepts (may be -∞)
   * @param rewardMax largest reward {@code update} accepts (may be +∞)
   */
  protected StatisticsBandit(PolicySpec<?> spec, ArmSet arms, double rewardMin, double rewardMax) {
    this.spec = Checks.notNull("spec", spec);
    this.arms = Checks.notNull("arms", arms);
    this.rewardMin = rewardMin;
    this.rewardMax = rewardMax;
  }

  // ---------------------------------------------------------------- subclass hooks

  /**
   * Learns a reward already checked against the range; must validate anything else (overflow)
   * before changing the state and throw {@link IllegalArgumentException} naming the value.
   */
  protected abstract void learn(int arm, double reward);

  /** Adds empty statistics for a new last arm; {@link #arms()} already includes it. */
  protected abstract void appendArm();

  /** Drops the statistics of the arm at {@code index}; {@link #arms()} already excludes it. */
  protected abstract void removeArm(int index);

  /** The estimate the {@link Estimates} facet reports for one arm. */
  protected abstract ArmEstimate estimate(int arm);

  // ---------------------------------------------------------------- helpers for subclasses

  /** Smallest accepted reward. */
  protected final double rewardMin() {
    return rewardMin;
  }

  /** Largest accepted reward. */
  protected final double rewardMax() {
    return rewardMax;
  }

  /** The decision counter. */
  protected final long step() {
    return step;
  }

  /** Sets the decision counter (restore). */
  protected final void step(long value) {
    this.step = Checks.nonNegative("state.step", value);
  }

  /** Records a decision: increments the step and returns the selection. */
  protected final Selection choose(int arm, double propensity) {
    return new Selection(arms.get(arm), propensity, ++step);
  }

  /**
   * The current index of the selection's arm.
   *
   * @throws IllegalArgumentException if the selection is null or its arm is not in the arm set
   */
  protected final int indexOf(Selection selection) {
    return FeedbackChecks.indexOf(arms, selection);
  }

  /**
   * The state to restore from, checked to be of this kind and for this policy.
   *
   * @throws IllegalArgumentException otherwise
   */
  protected static <S extends PolicyState> S restorable(
      Class<S> type, PolicySpec<?> spec, PolicyState state) {
    return Restoring.checked(type, spec, state);
  }

  /**
   * A state to merge, checked to be of this kind, spec and arm set (in any order).
   *
   * @param name how the message names the state ("other", "base")
   * @throws IllegalArgumentException otherwise
   */
  protected final <S extends PolicyState> S mergeable(
      Class<S> type, String name, PolicyState state) {
    return Merging.compatible(name, state, type, spec, arms);
  }

  /**
   * Checks a restored or merged count and sum against the reward range.
   *
   * @throws IllegalArgumentException naming the arm and the value
   */
  protected final void checkSum(String id, long n, double sum) {
    if (n < 0) {
      throw new IllegalArgumentException("state.pulls of arm '" + id + "' must be >= 0, was " + n);
    }
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException(
          "state.sums of arm '" + id + "' must be finite, was " + sum);
    }
    if (!FeedbackChecks.possibleSum(n, sum, rewardMin, rewardMax)) {
      throw new IllegalArgumentException(
          "state.sums of arm '" + id + "' is " + sum + ", impossible for " + n + rewardsInRange());
    }
  }

  /** {@code " rewards in [min, max]"}, for messages. */
  protected final String rewardsInRange() {
    return " rewards in [" + rewardMin + ", " + rewardMax + "]";
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
   * <p>Checks the reward against the range, then learns it (O(1) amortised for the library's
   * policies; see each policy).
   */
  @Override
  public final void update(Selection selection, double reward) {
    int i = indexOf(selection);
    FeedbackChecks.checkReward(spec, rewardMin, rewardMax, selection, reward);
    learn(i, reward);
  }

  @Override
  public final Optional<Estimates> estimates() {
    return Optional.of(
        new EstimatesView(this::arms, arm -> indexOf(Selection.forced(arm)), this::estimate));
  }

  @Override
  public final Optional<ArmEditor> armEditor() {
    return Optional.of(new Editor());
  }

  private final class Editor implements ArmEditor {
    @Override
    public void addArm(String id) {
      arms = arms.with(id);
      appendArm();
    }

    @Override
    public void removeArm(String id) {
      ArmSet shrunk = arms.without(id);
      int gone = arms.indexOf(id);
      arms = shrunk;
      StatisticsBandit.this.removeArm(gone);
    }
  }
}
