package org.bandits4j.algorithms.core;

import java.util.Arrays;
import java.util.Optional;
import org.bandits4j.algorithms.state.MomentState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Base of the context-free policies whose sufficient statistic is, per arm, the number of rewards
 * learned ({@code N_i}), their sum ({@code S_i}) and their sum of squared deviations from the arm's
 * mean ({@code M2_i = sum (x - S_i/N_i)²}): it owns those statistics (state {@link MomentState}),
 * the arm set and the decision counter, validates feedback, and provides snapshots, restore,
 * merging, arm editing and estimates. Subclasses choose arms and keep per-arm caches refreshed
 * through {@link #refresh(int)}, which must be pure functions of {@code (N_i, S_i, M2_i)}.
 *
 * <p>Statistics: one reward {@code x} is merged into an arm as a sample of size one, and two
 * samples merge by the pairwise formula of T. F. Chan, G. H. Golub and R. J. LeVeque ("Updating
 * formulae and a pairwise algorithm for computing sample variances", 1979):
 *
 * <pre>{@code n = n_a + n_b,  S = S_a + S_b,  M2 = M2_a + M2_b + n_a n_b (S_b/n_b - S_a/n_a)² / n}
 * </pre>
 *
 * which for {@code n_b = 1} is Welford's update {@code M2 += n_a/(n_a + 1) (x - mean_a)²}. It adds
 * only non-negative terms and never subtracts large sums, so it does not suffer the cancellation of
 * {@code sum x² - S²/N}. Merging is exact in exact arithmetic; in floating point, merged and
 * sequential statistics agree to rounding (about {@code 1e-15} relative), and sums of
 * integer-valued rewards are bit-identical.
 *
 * <p>Thread safety: not thread-safe (single writer); use {@code Policies.synchronizedView}.
 * Complexity: {@code update} O(1) plus the subclass's refresh, no allocation; snapshot, merge and
 * arm edits O(K).
 */
public abstract class MomentBandit extends CountingBandit {

  private double[] m2;

  /**
   * A fresh policy: no rewards learned. The subclass constructor must call {@link #initCaches()}
   * last.
   *
   * @param rewardMin smallest reward {@code update} accepts (may be -∞)
   * @param rewardMax largest reward {@code update} accepts (may be +∞)
   */
  protected MomentBandit(PolicySpec<?> spec, ArmSet arms, double rewardMin, double rewardMax) {
    super(spec, arms, rewardMin, rewardMax);
    this.m2 = new double[arms.size()];
  }

  /**
   * A policy restored from a state of this policy kind, under the receiver's spec. The subclass
   * constructor must call {@link #initCaches()} last.
   *
   * @throws IllegalArgumentException if the state is of another kind or inconsistent (negative
   *     counts, sums or spreads impossible for rewards in {@code [rewardMin, rewardMax]})
   */
  protected MomentBandit(
      PolicySpec<?> spec, PolicyState state, double rewardMin, double rewardMax) {
    this(spec, restorable(MomentState.class, spec, state).arms(), rewardMin, rewardMax);
    MomentState s = (MomentState) state;
    long[] statePulls = s.pulls();
    double[] stateSums = s.sums();
    double[] stateM2 = s.m2();
    step(s.step());
    for (int i = 0; i < statePulls.length; i++) {
      checkArmStatistics(arms().get(i).id(), statePulls[i], stateSums[i], stateM2[i]);
    }
    install(statePulls, stateSums);
    this.m2 = stateM2;
  }

  /** Checks one arm's statistics against the accepted reward range. */
  private void checkArmStatistics(String id, long n, double sum, double spread) {
    checkSum(id, n, sum);
    if (!(spread >= 0.0) || spread == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "state.m2 of arm '" + id + "' must be finite and >= 0, was " + spread);
    }
    double range = rewardMax() - rewardMin();
    double maxSpread = n * range * range / 4.0; // n times the variance of the two-point law
    if ((n <= 1 && spread != 0.0)
        || (Double.isFinite(maxSpread) && spread > maxSpread * (1 + 1e-9) + 1e-300)) {
      throw new IllegalArgumentException(
          "state.m2 of arm '" + id + "' is " + spread + ", impossible for " + n + rewardsInRange());
    }
  }

  // ---------------------------------------------------------------- pairwise statistics

  /**
   * Chan–Golub–LeVeque: {@code M2} of the union of two samples {@code (na, sa, m2a)} and {@code
   * (nb, sb, m2b)}.
   */
  static double pooledM2(long na, double sa, double m2a, long nb, double sb, double m2b) {
    if (na == 0) {
      return m2b;
    }
    if (nb == 0) {
      return m2a;
    }
    double delta = sb / nb - sa / na;
    double weight = (double) na * nb / (na + nb);
    return m2a + m2b + weight * delta * delta;
  }

  /**
   * The inverse of {@link #pooledM2}: {@code M2} of the part that remains of a sample {@code (n, s,
   * m2)} after removing the sub-sample {@code (nb, sb, m2b)}; clamped at 0 against rounding.
   */
  static double remainderM2(long n, double s, double m2, long nb, double sb, double m2b) {
    long nd = n - nb;
    if (nd <= 1) {
      return 0.0;
    }
    if (nb == 0) {
      return m2;
    }
    double delta = (s - sb) / nd - sb / nb;
    double weight = (double) nb * nd / n;
    return Math.max(0.0, m2 - m2b - weight * delta * delta);
  }

  /**
   * A variance as index policies should use it: rounded to single precision (24 significant bits;
   * kept in double beyond the float range). Variances that are equal in exact arithmetic but were
   * accumulated along different paths (rewards in another order, merged replicas) differ in their
   * last bits; rounded, they are equal, so exact ties on an index stay exact ties and are broken at
   * random. The rounding ({@code 6e-8} relative) is far below any statistical resolution.
   */
  protected static double tieStable(double variance) {
    float rounded = (float) variance;
    return Float.isFinite(rounded) ? rounded : variance;
  }

  /** Sum of squared deviations of arm {@code i}'s rewards from their mean. */
  protected final double m2(int i) {
    return m2[i];
  }

  // ---------------------------------------------------------------- statistics

  /**
   * {@inheritDoc}
   *
   * <p>Welford's update; O(1) plus the subclass's per-arm refresh; allocates nothing.
   */
  @Override
  protected final void learn(int i, double reward) {
    double sum = sum(i) + reward;
    double spread = pooledM2(pulls(i), sum(i), m2[i], 1, reward, 0.0);
    if (!Double.isFinite(sum) || !Double.isFinite(spread)) {
      throw new IllegalArgumentException(
          "reward "
              + reward
              + " would overflow the statistics of arm '"
              + arms().get(i).id()
              + "' (sum "
              + sum
              + ", m2 "
              + spread
              + ")");
    }
    m2[i] = spread;
    count(i, sum);
    refresh(i);
  }

  @Override
  void appendStatistics() {
    m2 = Arrays.copyOf(m2, arms().size());
  }

  @Override
  void removeStatistics(int index) {
    m2 = ArrayEdits.removeAt(m2, index);
  }

  @Override
  public final MomentState snapshot() {
    return new MomentState(descriptor(), arms(), step(), pullArray(), sumArray(), m2);
  }

  @Override
  public final Optional<Merger> merger() {
    return Optional.of(new StatisticsMerger());
  }

  private final class StatisticsMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      MomentState o = mergeable(MomentState.class, "other", other);
      apply(o.pulls(), o.sums(), o.m2(), o.step(), o.arms());
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      MomentState o = mergeable(MomentState.class, "other", other);
      MomentState b = mergeable(MomentState.class, "base", base);
      long[] dn = o.pulls();
      double[] ds = o.sums();
      double[] dm = o.m2();
      long[] bn = b.pulls();
      double[] bs = b.sums();
      double[] bm = b.m2();
      for (int j = 0; j < dn.length; j++) {
        int k = b.arms().indexOf(o.arms().get(j).id());
        Merging.checkDescends(o.arms().get(j).id(), dn[j], bn[k]);
        dm[j] = remainderM2(dn[j], ds[j], dm[j], bn[k], bs[k], bm[k]);
        dn[j] -= bn[k];
        ds[j] = dn[j] == 0 ? 0.0 : ds[j] - bs[k];
      }
      apply(dn, ds, dm, Math.max(0, o.step() - b.step()), o.arms());
    }

    /** Pools per-arm samples given in {@code order}'s arm order; validates before changing. */
    private void apply(long[] dn, double[] ds, double[] dm, long dstep, ArmSet order) {
      long[] newPulls = pullArray().clone();
      double[] newSums = sumArray().clone();
      double[] newM2 = m2.clone();
      for (int j = 0; j < dn.length; j++) {
        int i = arms().indexOf(order.get(j).id());
        newM2[i] = pooledM2(pulls(i), sum(i), m2[i], dn[j], ds[j], dm[j]);
        newPulls[i] += dn[j];
        newSums[i] += ds[j];
        checkArmStatistics(arms().get(i).id(), newPulls[i], newSums[i], newM2[i]);
      }
      install(newPulls, newSums);
      m2 = newM2;
      step(step() + dstep);
      initCaches();
    }
  }
}
