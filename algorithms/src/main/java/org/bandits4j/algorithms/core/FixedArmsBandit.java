package org.bandits4j.algorithms.core;

import java.util.Optional;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Base of the context-free policies whose state is not per-arm counts and sums (windows, discounted
 * statistics, importance-weighted estimates) and whose arm set is fixed: it owns the spec, the arms
 * and the decision counter, resolves selections and validates rewards. Subclasses keep their
 * statistics and write their own immutable state.
 *
 * <p>Such statistics do not merge exactly and arms cannot be added or removed without changing
 * their meaning, so subclasses offer neither facet unless they document an exact one.
 *
 * <p>Thread safety: not thread-safe (single writer).
 */
public abstract class FixedArmsBandit implements Bandit {

  private final PolicySpec<?> spec;
  private final ArmSet arms;
  private final double rewardMin;
  private final double rewardMax;
  private long step;

  /**
   * A policy over these arms, accepting rewards in {@code [rewardMin, rewardMax]}.
   *
   * @param step the decision counter to start from (0 when fresh)
   */
  protected FixedArmsBandit(
      PolicySpec<?> spec, ArmSet arms, long step, double rewardMin, double rewardMax) {
    this.spec = Checks.notNull("spec", spec);
    this.arms = Checks.notNull("arms", arms);
    this.step = Checks.nonNegative("state.step", step);
    this.rewardMin = rewardMin;
    this.rewardMax = rewardMax;
  }

  /**
   * The state cast to the policy's state type, after checking that it belongs to this policy.
   *
   * @throws IllegalArgumentException if the state is null, of another type or of another policy
   */
  protected static <S extends PolicyState> S checkedState(
      PolicySpec<?> spec, PolicyState state, Class<S> type) {
    return Restoring.checked(type, spec, state);
  }

  @Override
  public final ArmSet arms() {
    return arms;
  }

  @Override
  public final PolicySpec<?> descriptor() {
    return spec;
  }

  /** Number of arms. */
  protected final int armCount() {
    return arms.size();
  }

  /** The decision counter. */
  protected final long step() {
    return step;
  }

  /** Records a decision: increments the step and returns the selection. */
  protected final Selection choose(int arm, double propensity) {
    return new Selection(arms.get(arm), propensity, ++step);
  }

  /** The estimate the {@link Estimates} facet reports for arm {@code i}. */
  protected abstract ArmEstimate estimate(int i);

  @Override
  public final Optional<Estimates> estimates() {
    return Optional.of(new EstimatesView(this::arms, this::indexOf, this::estimate));
  }

  /**
   * The current index of an arm of the set.
   *
   * @throws IllegalArgumentException if the arm is null or not in the arm set
   */
  protected final int indexOf(Arm arm) {
    if (arm == null) {
      throw new IllegalArgumentException("arm must not be null");
    }
    int i = arms.resolve(arm);
    if (i < 0) {
      throw new IllegalArgumentException(
          "arm '" + arm.id() + "' is not in the arm set " + arms + " (from another policy)");
    }
    return i;
  }

  /**
   * The index of the selection's arm after checking the reward; changes nothing.
   *
   * @throws IllegalArgumentException if the selection is null, its arm is not in the arm set, or
   *     the reward is not finite or outside {@code [rewardMin, rewardMax]}
   */
  protected final int checkFeedback(Selection selection, double reward) {
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
    int i = indexOf(selection.arm());
    FeedbackChecks.checkReward(spec, rewardMin, rewardMax, selection, reward);
    return i;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + spec + ", step=" + step + "]";
  }
}
