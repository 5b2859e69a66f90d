package org.bandits4j.algorithms.core;

import java.util.Optional;
import org.bandits4j.algorithms.state.SampleMeanState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

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
public abstract class SampleMeanBandit extends CountingBandit {

  /**
   * A fresh policy: no rewards learned. The subclass constructor must call {@link #initCaches()}
   * last.
   *
   * @param rewardMin smallest reward {@code update} accepts (may be -∞)
   * @param rewardMax largest reward {@code update} accepts (may be +∞)
   */
  protected SampleMeanBandit(PolicySpec<?> spec, ArmSet arms, double rewardMin, double rewardMax) {
    super(spec, arms, rewardMin, rewardMax);
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
    this(spec, restorable(SampleMeanState.class, spec, state).arms(), rewardMin, rewardMax);
    SampleMeanState s = (SampleMeanState) state;
    long[] statePulls = s.pulls();
    double[] stateSums = s.sums();
    step(s.step());
    for (int i = 0; i < statePulls.length; i++) {
      checkSum(arms().get(i).id(), statePulls[i], stateSums[i]);
    }
    install(statePulls, stateSums);
  }

  /**
   * {@inheritDoc}
   *
   * <p>O(1) plus the subclass's per-arm refresh; allocates nothing.
   */
  @Override
  protected final void learn(int i, double reward) {
    double sum = sum(i) + reward;
    if (!Double.isFinite(sum)) {
      throw new IllegalArgumentException(
          "reward "
              + reward
              + " would overflow the reward sum of arm '"
              + arms().get(i).id()
              + "'");
    }
    count(i, sum);
    refresh(i);
  }

  @Override
  public final SampleMeanState snapshot() {
    return new SampleMeanState(descriptor(), arms(), step(), pullArray(), sumArray());
  }

  @Override
  public final Optional<Merger> merger() {
    return Optional.of(new StatisticsMerger());
  }

  private final class StatisticsMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      SampleMeanState o = mergeable(SampleMeanState.class, "other", other);
      apply(o.pulls(), o.sums(), o.step(), o.arms());
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      SampleMeanState o = mergeable(SampleMeanState.class, "other", other);
      SampleMeanState b = mergeable(SampleMeanState.class, "base", base);
      long[] dn = o.pulls();
      double[] ds = o.sums();
      long[] bn = b.pulls();
      double[] bs = b.sums();
      for (int j = 0; j < dn.length; j++) {
        int k = b.arms().indexOf(o.arms().get(j).id());
        Merging.checkDescends(o.arms().get(j).id(), dn[j], bn[k]);
        dn[j] -= bn[k];
        ds[j] -= bs[k];
      }
      apply(dn, ds, Math.max(0, o.step() - b.step()), o.arms());
    }

    /** Adds per-arm deltas given in {@code order}'s arm order; validates before changing state. */
    private void apply(long[] dn, double[] ds, long dstep, ArmSet order) {
      long[] newPulls = pullArray().clone();
      double[] newSums = sumArray().clone();
      for (int j = 0; j < dn.length; j++) {
        int i = arms().indexOf(order.get(j).id());
        newPulls[i] += dn[j];
        newSums[i] += ds[j];
        checkSum(arms().get(i).id(), newPulls[i], newSums[i]);
      }
      install(newPulls, newSums);
      step(step() + dstep);
      initCaches();
    }
  }
}
