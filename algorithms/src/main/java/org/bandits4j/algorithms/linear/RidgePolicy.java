package org.bandits4j.algorithms.linear;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.Merging;
import org.bandits4j.algorithms.core.Restoring;
import org.bandits4j.algorithms.linalg.RidgeBank;
import org.bandits4j.algorithms.linalg.RidgeStatistics;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Base of the policies that keep ridge statistics in a {@link RidgeBank}: one model per arm
 * (disjoint) or a fixed number of models (one shared model, or SupLinUCB's levels). It provides the
 * state ({@link LinearState}), restore, exact merging of the statistics, arm editing of per-arm
 * models, the batched update through the bank's block path, and reusable per-arm scratch arrays.
 *
 * <p>Snapshots first refactorise every model updated since its last refactorisation ({@link
 * RidgeBank#normalise()}), so the snapshot's raw statistics determine the derived state exactly and
 * a restored policy stays in lockstep with the original. This is a numerical refresh of the
 * original (its later scores may differ from those of a never-snapshotted twin in the last bits).
 *
 * <p>Merging adds the statistics of each model (per-arm models are matched by arm id), the counts
 * and sums, and the step; it is not offered with lazy updates (see {@link #merger()}).
 *
 * <p>Thread safety: not thread-safe (single writer).
 */
public abstract class RidgePolicy extends ContextualPolicy {

  /** The ridge models (null only for a subclass that keeps no bank and overrides the hooks). */
  protected final RidgeBank bank;

  private final boolean perArmModels;

  /** Per-arm scratch: means, variances, scores and row references (no allocation per round). */
  protected double[] means;

  /** Per-arm scratch, see {@link #means}. */
  protected double[] variances;

  /** Per-arm scratch, see {@link #means}. */
  protected double[] scores;

  /** Per-arm scratch: the context's rows, referenced, not copied. */
  protected double[][] rows;

  /** Arg-max with uniform tie-breaking. */
  protected final ArgMax argMax = new ArgMax();

  /**
   * A fresh policy; it accepts any finite reward, as ridge regression does. {@code bank} must have
   * one model per arm if {@code perArmModels}.
   */
  protected RidgePolicy(
      PolicySpec<?> spec, ContextShape shape, ArmSet arms, RidgeBank bank, boolean perArmModels) {
    super(spec, shape, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, arms);
    this.bank = bank;
    this.perArmModels = perArmModels;
    scratch(arms.size());
  }

  /**
   * A policy restored from {@code state} (see {@link #linearState}), accepting any finite reward;
   * {@code bank} has the right number of fresh models, whose statistics are then loaded.
   *
   * @throws IllegalArgumentException if the state is inconsistent with the spec
   */
  protected RidgePolicy(
      PolicySpec<?> spec,
      ContextShape shape,
      LinearState state,
      RidgeBank bank,
      boolean perArmModels) {
    super(
        spec,
        shape,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        state.arms(),
        state.step(),
        state.pulls(),
        state.sums());
    this.bank = bank;
    this.perArmModels = perArmModels;
    scratch(state.arms().size());
  }

  /**
   * Checks that {@code state} is a {@link LinearState} of the spec's policy.
   *
   * @throws IllegalArgumentException if it is null, of another kind or another policy
   */
  protected static LinearState linearState(PolicySpec<?> spec, PolicyState state) {
    return Restoring.checked(LinearState.class, spec, state);
  }

  private void scratch(int k) {
    means = new double[k];
    variances = new double[k];
    scores = new double[k];
    rows = new double[k][];
  }

  /** Points {@link #rows} at the context's per-arm rows. */
  protected final void referenceRows(Context context) {
    for (int i = 0; i < rows.length; i++) {
      rows[i] = context.arm(i);
    }
  }

  // ---------------------------------------------------------------- statistics hooks

  /** The model learning the feedback of arm {@code arm}. */
  protected int modelOf(int arm) {
    return perArmModels ? arm : 0;
  }

  /** The current statistics of every model, in state order. */
  protected List<RidgeStatistics> currentStatistics() {
    List<RidgeStatistics> out = new ArrayList<>(bank.size());
    for (int m = 0; m < bank.size(); m++) {
      out.add(bank.statistics(m));
    }
    return out;
  }

  /** The published statistics of every model, or empty without lazy updates. */
  protected List<RidgeStatistics> publishedStatistics() {
    if (!bank.options().lazy()) {
      return List.of();
    }
    List<RidgeStatistics> out = new ArrayList<>(bank.size());
    for (int m = 0; m < bank.size(); m++) {
      out.add(bank.publishedStatistics(m));
    }
    return out;
  }

  /** The dimension of the statistics of each model in the state. */
  protected int statisticsDimension() {
    return bank.dimension();
  }

  /**
   * Replaces every model's statistics and recomputes the derived state. {@code published} may be
   * empty (then the current statistics are published).
   *
   * @throws IllegalArgumentException if the counts or dimensions do not fit
   */
  protected void loadStatistics(List<RidgeStatistics> current, List<RidgeStatistics> published) {
    checkModels(current, published);
    for (int m = 0; m < current.size(); m++) {
      bank.restore(m, current.get(m), published.isEmpty() ? current.get(m) : published.get(m));
    }
  }

  /** Checks model counts and dimensions of statistics about to be loaded. */
  protected final void checkModels(List<RidgeStatistics> current, List<RidgeStatistics> published) {
    int expected = perArmModels ? armCount() : bank.size();
    if (current.size() != expected) {
      throw new IllegalArgumentException(
          "state must have "
              + expected
              + (perArmModels ? " models (one per arm)" : " models")
              + ", has "
              + current.size());
    }
    if (!published.isEmpty() && published.size() != current.size()) {
      throw new IllegalArgumentException(
          "state must have no published models or " + current.size() + ", has " + published.size());
    }
    int d = statisticsDimension();
    for (List<RidgeStatistics> list : List.of(current, published)) {
      for (int m = 0; m < list.size(); m++) {
        if (list.get(m).dimension() != d) {
          throw new IllegalArgumentException(
              "model "
                  + m
                  + " of the state has dimension "
                  + list.get(m).dimension()
                  + ", the spec needs "
                  + d);
        }
      }
    }
  }

  /** Refactorises everything derived, so that the raw statistics determine it exactly. */
  protected void normalise() {
    bank.normalise();
  }

  // ---------------------------------------------------------------- learning

  @Override
  protected void learn(int arm, Context context, int row, double reward) {
    bank.update(modelOf(arm), ContextShape.features(context, row), reward);
  }

  @Override
  protected void learnBatch(int[] arm, Context[] context, int[] row, double[] reward) {
    int n = arm.length;
    int[] models = new int[n];
    double[][] xs = new double[n][];
    for (int i = 0; i < n; i++) {
      models[i] = modelOf(arm[i]);
      xs[i] = ContextShape.features(context[i], row[i]);
    }
    bank.update(models, xs, reward);
  }

  @Override
  protected void armAdded() {
    if (perArmModels && bank != null) {
      bank.add();
    }
    scratch(armCount());
  }

  @Override
  protected void armRemoved(int index) {
    if (perArmModels && bank != null) {
      bank.remove(index);
    }
    scratch(armCount());
  }

  // ---------------------------------------------------------------- state

  @Override
  public final LinearState snapshot() {
    normalise();
    return new LinearState(
        descriptor(),
        arms(),
        step(),
        pullsCopy(),
        sumsCopy(),
        currentStatistics(),
        publishedStatistics());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Offered unless the policy uses lazy updates: their switch times depend on the order in which
   * feedback arrived, so no merged state equals the sequential one.
   */
  @Override
  public Optional<Merger> merger() {
    return bank != null && bank.options().lazy()
        ? Optional.empty()
        : Optional.of(new StatisticsMerger());
  }

  private final class StatisticsMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      apply(compatible("other", other), null);
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      apply(compatible("other", other), compatible("base", base));
    }

    private LinearState compatible(String name, PolicyState state) {
      LinearState s = Merging.compatible(name, state, LinearState.class, descriptor(), arms());
      checkModels(s.models(), List.of());
      return s;
    }

    /** Adds {@code other - base} (base may be null); validates everything before any change. */
    private void apply(LinearState other, LinearState base) {
      ArmSet arms = arms();
      int k = arms.size();
      long[] dPulls = new long[k];
      double[] dSums = new double[k];
      long[] otherPulls = other.pulls();
      double[] otherSums = other.sums();
      long[] basePulls = base == null ? null : base.pulls();
      double[] baseSums = base == null ? null : base.sums();
      for (int i = 0; i < k; i++) {
        String id = arms.get(i).id();
        int j = other.arms().indexOf(id);
        dPulls[i] = otherPulls[j];
        dSums[i] = otherSums[j];
        if (base != null) {
          int b = base.arms().indexOf(id);
          if (otherPulls[j] < basePulls[b]) {
            throw new IllegalArgumentException(
                "cannot merge: arm '"
                    + id
                    + "' has "
                    + otherPulls[j]
                    + " pulls in other but "
                    + basePulls[b]
                    + " in base, so other does not descend from base");
          }
          dPulls[i] -= basePulls[b];
          dSums[i] -= baseSums[b];
        }
      }
      List<RidgeStatistics> mine = currentStatistics();
      List<RidgeStatistics> merged = new ArrayList<>(mine.size());
      for (int m = 0; m < mine.size(); m++) {
        String id = perArmModels ? arms.get(m).id() : null;
        RidgeStatistics delta = other.models().get(id == null ? m : other.arms().indexOf(id));
        if (base != null) {
          RidgeStatistics b = base.models().get(id == null ? m : base.arms().indexOf(id));
          try {
            delta = delta.minus(b);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "cannot merge: model "
                    + m
                    + " of other does not descend from base: "
                    + e.getMessage(),
                e);
          }
        }
        merged.add(mine.get(m).plus(delta));
      }
      long dStep = base == null ? other.step() : Math.max(0, other.step() - base.step());
      loadStatistics(merged, List.of());
      addCounters(dPulls, dSums, dStep);
    }
  }
}
