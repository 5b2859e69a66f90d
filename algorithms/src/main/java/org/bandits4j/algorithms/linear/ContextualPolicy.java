package org.bandits4j.algorithms.linear;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArrayEdits;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.core.EstimatesView;
import org.bandits4j.algorithms.core.FeedbackChecks;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.Feedback;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;

/**
 * Base of the feature-based contextual policies (linear, hybrid, GLM): it owns the arm set, the
 * decision counter and per-arm feedback counts and reward sums, validates contexts, selections and
 * rewards before anything changes, and provides batched feedback, arm editing and the estimates
 * facet. Subclasses decide ({@link #decide}) and learn ({@link #learn}).
 *
 * <p>The estimates facet is a context-free summary: per arm the number of rewards learned and their
 * average; the uncertainty is NaN (a contextual policy's uncertainty depends on the context).
 *
 * <p>Thread safety: not thread-safe (single writer); use {@code Policies.synchronizedView}.
 */
public abstract class ContextualPolicy implements ContextualBandit {

  private final PolicySpec<?> spec;
  private final ContextShape shape;
  private final double rewardMin;
  private final double rewardMax;
  private ArmSet arms;
  private long step;
  private long[] pulls;
  private double[] sums;

  /**
   * A policy over {@code arms} with the given counters (zeros for a fresh policy).
   *
   * @throws IllegalArgumentException if a counter array does not have one entry per arm, a count is
   *     negative or a sum is not finite or impossible for the reward range
   */
  protected ContextualPolicy(
      PolicySpec<?> spec,
      ContextShape shape,
      double rewardMin,
      double rewardMax,
      ArmSet arms,
      long step,
      long[] pulls,
      double[] sums) {
    this.spec = Checks.notNull("spec", spec);
    this.shape = Checks.notNull("shape", shape);
    this.arms = Checks.notNull("arms", arms);
    this.rewardMin = rewardMin;
    this.rewardMax = rewardMax;
    this.step = Checks.nonNegative("state.step", step);
    if (pulls.length != arms.size() || sums.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one pull count and one sum per arm: "
              + arms.size()
              + " arms, "
              + pulls.length
              + " counts, "
              + sums.length
              + " sums");
    }
    for (int i = 0; i < pulls.length; i++) {
      String id = arms.get(i).id();
      if (pulls[i] < 0) {
        throw new IllegalArgumentException(
            "state.pulls of arm '" + id + "' must be >= 0, was " + pulls[i]);
      }
      if (!Double.isFinite(sums[i])
          || !FeedbackChecks.possibleSum(pulls[i], sums[i], rewardMin, rewardMax)) {
        throw new IllegalArgumentException(
            "state.sums of arm '"
                + id
                + "' is "
                + sums[i]
                + ", impossible for "
                + pulls[i]
                + " rewards in ["
                + rewardMin
                + ", "
                + rewardMax
                + "]");
      }
    }
    this.pulls = pulls.clone();
    this.sums = sums.clone();
  }

  /** A fresh policy (no feedback) over {@code arms}. */
  protected ContextualPolicy(
      PolicySpec<?> spec, ContextShape shape, double rewardMin, double rewardMax, ArmSet arms) {
    this(
        spec, shape, rewardMin, rewardMax, arms, 0, new long[arms.size()], new double[arms.size()]);
  }

  // ---------------------------------------------------------------- subclass hooks

  /**
   * Chooses an arm; the context has been checked against {@link #shape()} and the arm count. Call
   * {@link #choose(int, double)} to record the decision.
   */
  protected abstract Selection decide(Context context, RandomGenerator rng);

  /**
   * Learns one reward for arm {@code arm} (current index), whose row in the context is {@code row}
   * (its index at decision time). Everything has been validated; this must not throw.
   */
  protected abstract void learn(int arm, Context context, int row, double reward);

  /**
   * Learns a validated batch; the default learns the entries one by one. Ridge policies override it
   * with the bank's block update.
   */
  protected void learnBatch(int[] arm, Context[] context, int[] row, double[] reward) {
    for (int i = 0; i < arm.length; i++) {
      learn(arm[i], context[i], row[i], reward[i]);
    }
  }

  /** Called after an arm was appended (the counters already have their new size). */
  protected void armAdded() {}

  /** Called after the arm at {@code index} was removed (the counters already shrank). */
  protected void armRemoved(int index) {}

  // ---------------------------------------------------------------- for subclasses

  /** The accepted context shape. */
  protected final ContextShape shape() {
    return shape;
  }

  /** Number of arms. */
  protected final int armCount() {
    return pulls.length;
  }

  /** The decision counter. */
  protected final long step() {
    return step;
  }

  /** Rewards learned for arm {@code i}. */
  protected final long pulls(int i) {
    return pulls[i];
  }

  /** Rewards learned in total. */
  protected final long totalPulls() {
    long n = 0;
    for (long p : pulls) {
      n += p;
    }
    return n;
  }

  /** A copy of the per-arm counts. */
  protected final long[] pullsCopy() {
    return pulls.clone();
  }

  /** A copy of the per-arm reward sums. */
  protected final double[] sumsCopy() {
    return sums.clone();
  }

  /** Records a decision: increments the step and returns the selection. */
  protected final Selection choose(int arm, double propensity) {
    return new Selection(arms.get(arm), propensity, ++step);
  }

  /** Adds merged counts and sums (per arm, current order) and steps; validated by the caller. */
  protected final void addCounters(long[] dPulls, double[] dSums, long dStep) {
    for (int i = 0; i < pulls.length; i++) {
      pulls[i] += dPulls[i];
      sums[i] += dSums[i];
    }
    step += dStep;
  }

  // ---------------------------------------------------------------- ContextualBandit

  @Override
  public final ArmSet arms() {
    return arms;
  }

  @Override
  public final PolicySpec<?> descriptor() {
    return spec;
  }

  @Override
  public final Selection select(Context context, RandomGenerator rng) {
    shape.checkSelect(context, arms.size());
    return decide(context, rng);
  }

  @Override
  public final void update(Context context, Selection selection, double reward) {
    int arm = checkFeedback(context, selection, reward);
    double sum = sums[arm] + reward;
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException(
          "reward "
              + reward
              + " would overflow the reward sum of arm '"
              + arms.get(arm).id()
              + "'");
    }
    learn(arm, context, selection.arm().index(), reward);
    pulls[arm]++;
    sums[arm] = sum;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Validates every entry (selection, reward, context shape) before applying any, then learns
   * the batch through {@link #learnBatch}: all or nothing.
   */
  @Override
  public final void update(List<Feedback> batch) {
    if (batch == null) {
      throw new IllegalArgumentException("feedback batch must not be null");
    }
    int n = batch.size();
    int[] arm = new int[n];
    int[] row = new int[n];
    Context[] context = new Context[n];
    double[] reward = new double[n];
    double[] newSums = sums.clone();
    for (int i = 0; i < n; i++) {
      Feedback f = batch.get(i);
      if (f == null) {
        throw new IllegalArgumentException("feedback[" + i + "] must not be null");
      }
      try {
        arm[i] = checkFeedback(f.context(), f.selection(), f.reward());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("feedback[" + i + "]: " + e.getMessage(), e);
      }
      newSums[arm[i]] += f.reward();
      if (!Double.isFinite(newSums[arm[i]])) {
        throw new IllegalArgumentException(
            "feedback[" + i + "]: reward " + f.reward() + " would overflow a reward sum");
      }
      row[i] = f.selection().arm().index();
      context[i] = f.context();
      reward[i] = f.reward();
    }
    if (n == 0) {
      return;
    }
    learnBatch(arm, context, row, reward);
    for (int i = 0; i < n; i++) {
      pulls[arm[i]]++;
    }
    sums = newSums;
  }

  /** Validates one feedback; returns the arm's current index. */
  private int checkFeedback(Context context, Selection selection, double reward) {
    int arm = indexOf(selection);
    FeedbackChecks.checkReward(spec, rewardMin, rewardMax, selection, reward);
    shape.checkUpdate(context, selection.arm().index());
    return arm;
  }

  /**
   * The current index of the selection's arm.
   *
   * @throws IllegalArgumentException if the selection is null or its arm is not in the arm set
   */
  protected final int indexOf(Selection selection) {
    return FeedbackChecks.indexOf(arms, selection);
  }

  // ---------------------------------------------------------------- facets

  @Override
  public final Optional<Estimates> estimates() {
    return Optional.of(
        new EstimatesView(this::arms, arm -> indexOf(Selection.forced(arm)), this::estimate));
  }

  @Override
  public Optional<ArmEditor> armEditor() {
    return Optional.of(new Editor());
  }

  private ArmEstimate estimate(int i) {
    return new ArmEstimate(
        arms.get(i), pulls[i], pulls[i] == 0 ? Double.NaN : sums[i] / pulls[i], Double.NaN);
  }

  private final class Editor implements ArmEditor {
    @Override
    public void addArm(String id) {
      arms = arms.with(id);
      pulls = Arrays.copyOf(pulls, arms.size());
      sums = Arrays.copyOf(sums, arms.size());
      armAdded();
    }

    @Override
    public void removeArm(String id) {
      ArmSet shrunk = arms.without(id);
      int gone = arms.indexOf(id);
      arms = shrunk;
      pulls = ArrayEdits.removeAt(pulls, gone);
      sums = ArrayEdits.removeAt(sums, gone);
      armRemoved(gone);
    }
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
}
