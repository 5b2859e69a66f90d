package org.bandits4j.algorithms.glm;

import java.util.Arrays;
import java.util.Optional;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.core.Merging;
import org.bandits4j.algorithms.core.Restoring;
import org.bandits4j.algorithms.linalg.DenseKernels;
import org.bandits4j.algorithms.linalg.RidgeBackend;
import org.bandits4j.algorithms.linalg.RidgeBank;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linalg.RidgeOptions;
import org.bandits4j.algorithms.linalg.RidgeStatistics;
import org.bandits4j.algorithms.linear.ContextShape;
import org.bandits4j.algorithms.linear.ContextualPolicy;
import org.bandits4j.algorithms.state.GlmState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Base of the logistic-link policies: one shared parameter over per-arm feature rows, rewards in
 * {@code [0, 1]}, a {@link LogisticFit} of the whole history, and the design matrix {@code V = λI +
 * Σ x xᵀ} in a Cholesky ridge bank (for confidence widths and the refit schedule).
 *
 * <p>The estimate is refitted after every feedback ({@code refitGrowth = 0}, as the papers do) or,
 * lazily, when {@code det V} has grown by {@code 1 + C} since the last refit. The state holds the
 * history, the estimate and the log-determinant at the last refit, so restored policies continue in
 * lockstep. Merging appends the other replica's rows and refits (offered only without lazy refits,
 * whose schedule depends on the order of the feedback); the merged estimate equals the sequential
 * one to the fit's tolerance.
 *
 * <p>Thread safety: not thread-safe (single writer).
 */
public abstract class GlmPolicy extends ContextualPolicy {

  /** The fit of the history. */
  final LogisticFit fit;

  /** The design matrix {@code V}. */
  final RidgeBank design;

  /** Per-arm scratch. */
  double[] means;

  /** Per-arm scratch. */
  double[] variances;

  /** Per-arm scratch. */
  double[] scores;

  /** Per-arm scratch: the context's rows. */
  double[][] rows;

  /** Arg-max with uniform tie-breaking. */
  final ArgMax argMax = new ArgMax();

  private final int d;
  private final double refitGrowthLog;
  private final boolean lazyRefit;
  private double refitLogDet;

  GlmPolicy(
      PolicySpec<?> spec, int d, double lambda, double radius, double refitGrowth, ArmSet arms) {
    super(spec, ContextShape.sharedModel(d), 0.0, 1.0, arms);
    this.d = d;
    this.fit = new LogisticFit(d, lambda, radius);
    this.design = designBank(d, lambda);
    this.refitGrowthLog = Math.log1p(refitGrowth);
    this.lazyRefit = refitGrowth > 0.0;
    this.refitLogDet = design.logDet(0);
    scratch(arms.size());
  }

  GlmPolicy(
      PolicySpec<?> spec, int d, double lambda, double radius, double refitGrowth, GlmState state) {
    super(
        spec,
        ContextShape.sharedModel(d),
        0.0,
        1.0,
        state.arms(),
        state.step(),
        state.pulls(),
        state.sums());
    this.d = d;
    this.fit = new LogisticFit(d, lambda, radius);
    this.design = designBank(d, lambda);
    this.refitGrowthLog = Math.log1p(refitGrowth);
    this.lazyRefit = refitGrowth > 0.0;
    double[] theta = state.theta();
    if (theta.length != d) {
      throw new IllegalArgumentException(
          "state theta has " + theta.length + " entries, the spec's dimension is " + d);
    }
    for (int j = 0; j < d; j++) {
      Checks.finite("state theta[" + j + "]", theta[j]);
    }
    double[] gram = new double[d * d];
    double[] moment = new double[d];
    for (int i = 0; i < state.size(); i++) {
      double[] x = state.row(i);
      double r = state.reward(i);
      Checks.inRange("state reward " + i, r, 0.0, 1.0);
      for (int j = 0; j < d; j++) {
        Checks.finite("state row " + i + " feature " + j, x[j]);
      }
      fit.add(x, r);
      DenseKernels.addOuter(gram, d, x);
      DenseKernels.axpy(r, x, 0, moment, 0, d);
    }
    if (state.size() != totalPulls()) {
      throw new IllegalArgumentException(
          "state has "
              + state.size()
              + " history rows but "
              + totalPulls()
              + " rewards counted over the arms");
    }
    RidgeStatistics stats =
        state.size() == 0
            ? RidgeStatistics.empty(d)
            : new RidgeStatistics(gram, moment, state.size());
    design.restore(0, stats, stats);
    fit.setTheta(theta);
    this.refitLogDet = state.refitLogDet();
    scratch(state.arms().size());
  }

  /**
   * Checks that {@code state} is a {@link GlmState} of the spec's policy.
   *
   * @throws IllegalArgumentException if it is null, of another kind or another policy
   */
  static GlmState glmState(PolicySpec<?> spec, PolicyState state) {
    return Restoring.checked(GlmState.class, spec, state);
  }

  private static RidgeBank designBank(int d, double lambda) {
    return RidgeBackend.cpu().create(1, d, RidgeOptions.of(lambda, RidgeKernel.CHOLESKY));
  }

  private void scratch(int k) {
    means = new double[k];
    variances = new double[k];
    scores = new double[k];
    rows = new double[k][];
  }

  /** Points {@link #rows} at the context's rows. */
  final void referenceRows(Context context) {
    for (int i = 0; i < rows.length; i++) {
      rows[i] = context.arm(i);
    }
  }

  /** Called after every refit (the Laplace policy refreshes its Hessian factor). */
  void refitted() {}

  private void maybeRefit() {
    double logDet = design.logDet(0);
    if (!lazyRefit || logDet - refitLogDet >= refitGrowthLog) {
      fit.fit();
      refitLogDet = logDet;
      refitted();
    }
  }

  @Override
  protected void learn(int arm, Context context, int row, double reward) {
    double[] x = context.arm(row);
    fit.add(x, reward);
    design.update(0, x, reward);
    maybeRefit();
  }

  /** Appends the whole batch, then refits once (the lazy schedule is checked per row). */
  @Override
  protected void learnBatch(int[] arm, Context[] context, int[] row, double[] reward) {
    if (lazyRefit) {
      super.learnBatch(arm, context, row, reward);
      return;
    }
    int n = arm.length;
    double[][] xs = new double[n][];
    for (int i = 0; i < n; i++) {
      xs[i] = context[i].arm(row[i]);
      fit.add(xs[i], reward[i]);
    }
    design.update(new int[n], xs, reward);
    maybeRefit();
  }

  @Override
  protected void armAdded() {
    scratch(armCount());
  }

  @Override
  protected void armRemoved(int index) {
    scratch(armCount());
  }

  @Override
  public final GlmState snapshot() {
    design.normalise();
    int n = fit.size();
    double[][] history = new double[n][];
    double[] rewards = new double[n];
    for (int i = 0; i < n; i++) {
      history[i] = fit.row(i);
      rewards[i] = fit.reward(i);
    }
    return new GlmState(
        descriptor(),
        arms(),
        step(),
        pullsCopy(),
        sumsCopy(),
        fit.theta(),
        refitLogDet,
        history,
        rewards);
  }

  /** Offered unless refits are lazy (their schedule depends on the order of the feedback). */
  @Override
  public final Optional<Merger> merger() {
    return lazyRefit ? Optional.empty() : Optional.of(new HistoryMerger());
  }

  private final class HistoryMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      apply(compatible("other", other), null);
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      apply(compatible("other", other), compatible("base", base));
    }

    private GlmState compatible(String name, PolicyState state) {
      return Merging.compatible(name, state, GlmState.class, descriptor(), arms());
    }

    private void apply(GlmState other, GlmState base) {
      int from = 0;
      if (base != null) {
        from = base.size();
        boolean prefix = other.size() >= from;
        for (int i = 0; prefix && i < from; i++) {
          prefix =
              Arrays.equals(other.row(i), base.row(i))
                  && Double.compare(other.reward(i), base.reward(i)) == 0;
        }
        if (!prefix) {
          throw new IllegalArgumentException(
              "cannot merge: other's history does not start with base's "
                  + from
                  + " rows, so other does not descend from base");
        }
      }
      ArmSet arms = arms();
      long[] dPulls = new long[arms.size()];
      double[] dSums = new double[arms.size()];
      long[] op = other.pulls();
      double[] os = other.sums();
      for (int i = 0; i < arms.size(); i++) {
        String id = arms.get(i).id();
        int j = other.arms().indexOf(id);
        dPulls[i] = op[j];
        dSums[i] = os[j];
        if (base != null) {
          int b = base.arms().indexOf(id);
          dPulls[i] -= base.pulls()[b];
          dSums[i] -= base.sums()[b];
        }
      }
      int n = other.size() - from;
      if (n > 0) {
        double[][] xs = new double[n][];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
          xs[i] = other.row(from + i);
          rs[i] = other.reward(from + i);
          fit.add(xs[i], rs[i]);
        }
        design.update(new int[n], xs, rs);
        maybeRefit();
      }
      long dStep = base == null ? other.step() : Math.max(0, other.step() - base.step());
      addCounters(dPulls, dSums, dStep);
    }
  }

  /** The dimension {@code d}. */
  final int dimension() {
    return d;
  }
}
