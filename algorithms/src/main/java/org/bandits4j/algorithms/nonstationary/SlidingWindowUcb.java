package org.bandits4j.algorithms.nonstationary;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.FixedArmsBandit;
import org.bandits4j.algorithms.state.SlidingWindowState;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Sliding-window UCB: the statistics are those of the last {@code τ} learned rewards only. Arms
 * with no reward in the window are played first, lowest index first; then the arm with the largest
 *
 * <pre>{@code I_i = mean_i(τ) + B sqrt( ξ ln(min(t, τ)) / N_i(τ) )}</pre>
 *
 * where {@code N_i(τ)} and {@code mean_i(τ)} are the arm's count and mean reward in the window and
 * {@code t} the number of rewards learned. Exact ties are broken uniformly at random (propensity
 * {@code 1/ties}). Rewards must lie in {@code [0, B]}.
 *
 * <p>Paper: A. Garivier and E. Moulines, "On upper-confidence bound policies for switching bandit
 * problems", ALT 2011: with {@code τ = 2B sqrt(T ln T / Υ_T)} for {@code Υ_T} breakpoints, {@code
 * E[R_T] = O(sqrt(T Υ_T ln T))}, against the lower bound {@code Ω(sqrt(T Υ_T))} of any policy.
 * Checked: the index and the tuning against the spec (algorithms-mab.md §G.1) and SMPyBandits'
 * {@code SlidingWindowUCB.py} (whose {@code α} is our {@code ξ}); the theorem's constants were not
 * read, so the bound is drawn by order only ({@code UpperBounds.slidingWindowUcbOrder}).
 *
 * <p>Window: a ring buffer of the last {@code τ} (arm, reward) pairs in the order the rewards were
 * learned (with delayed feedback that is the arrival order, not the decision order). Per-arm window
 * counts and sums are updated in O(1) by adding the new pair and subtracting the evicted one; the
 * sums are recomputed exactly from the buffer every {@code τ} rewards, so rounding drift stays
 * bounded. Window means and {@code 1/sqrt(N_i(τ))} are cached, and so is the bonus scale, which is
 * constant once {@code τ} rewards have been learned; a decision then costs K multiply-adds and the
 * argmax.
 *
 * <p>No merger and no arm editor: a window does not merge. Estimates report the lifetime pulls and
 * the window mean (NaN for an arm absent from the window).
 *
 * <p>Thread safety: not thread-safe (single writer). Memory O(τ + K). Complexity: select O(K),
 * update O(1) amortised (O(τ) once every {@code τ} rewards); neither allocates beyond the returned
 * selection.
 */
public final class SlidingWindowUcb extends FixedArmsBandit {

  private final int window;
  private final double xi;
  private final double bound;
  private final long[] pulls;
  private final int[] counts;
  private final double[] sums;
  private final double[] means;
  private final double[] inverseRootCounts;
  private final double[] scratch;
  private final int[] ringArms;
  private final double[] ringRewards;
  private final ArgMax argMax = new ArgMax();
  private int head;
  private int size;
  private long plays;
  private int empty;

  /** The bonus scale {@code B sqrt(ξ ln h)} cached for {@code h = scaleHorizon}. */
  private double scale;

  private long scaleHorizon = -1;

  SlidingWindowUcb(SlidingWindowUcbSpec spec, ArmSet arms) {
    this(spec, arms, 0);
  }

  SlidingWindowUcb(SlidingWindowUcbSpec spec, PolicyState state) {
    this(spec, checkedState(spec, state, SlidingWindowState.class).arms(), state.step());
    SlidingWindowState s = (SlidingWindowState) state;
    long[] statePulls = s.pulls();
    int[] windowArms = s.windowArms();
    double[] windowRewards = s.windowRewards();
    double[] stateSums = s.windowSums();
    long total = 0;
    for (int i = 0; i < statePulls.length; i++) {
      if (statePulls[i] < 0) {
        throw new IllegalArgumentException(
            "state.pulls of arm '" + arms().get(i).id() + "' must be >= 0, was " + statePulls[i]);
      }
      total += statePulls[i];
    }
    if (windowArms.length != Math.min(total, window)) {
      throw new IllegalArgumentException(
          "state window has "
              + windowArms.length
              + " pairs, but "
              + total
              + " rewards learned with window "
              + window
              + " need "
              + Math.min(total, window));
    }
    for (int j = 0; j < windowArms.length; j++) {
      double r = windowRewards[j];
      if (!(r >= 0.0 && r <= bound)) {
        throw new IllegalArgumentException(
            "state window reward " + j + " must be in [0, " + bound + "], was " + r);
      }
      ringArms[j] = windowArms[j];
      ringRewards[j] = r;
      counts[windowArms[j]]++;
    }
    size = windowArms.length;
    plays = total;
    exactSums(sums);
    // drift bound: at most 2 window additions and subtractions of terms <= bound between recomputes
    double tolerance = 4.0 * window * (double) window * bound * 0x1.0p-52;
    for (int i = 0; i < counts.length; i++) {
      String id = arms().get(i).id();
      if (counts[i] > statePulls[i]) {
        throw new IllegalArgumentException(
            "state window holds "
                + counts[i]
                + " rewards of arm '"
                + id
                + "', more than its "
                + statePulls[i]
                + " pulls");
      }
      boolean consistent =
          counts[i] == 0 ? stateSums[i] == 0.0 : Math.abs(stateSums[i] - sums[i]) <= tolerance;
      if (!consistent) {
        throw new IllegalArgumentException(
            "state.windowSums of arm '"
                + id
                + "' is "
                + stateSums[i]
                + ", but its window rewards sum to "
                + sums[i]
                + " (corrupt state)");
      }
    }
    System.arraycopy(stateSums, 0, sums, 0, sums.length);
    System.arraycopy(statePulls, 0, pulls, 0, pulls.length);
    empty = 0;
    for (int i = 0; i < counts.length; i++) {
      refresh(i);
      if (counts[i] == 0) {
        empty++;
      }
    }
  }

  private SlidingWindowUcb(SlidingWindowUcbSpec spec, ArmSet arms, long step) {
    super(spec, arms, step, 0.0, spec.rewardBound());
    this.window = spec.window();
    this.xi = spec.xi();
    this.bound = spec.rewardBound();
    int k = arms.size();
    this.pulls = new long[k];
    this.counts = new int[k];
    this.sums = new double[k];
    this.means = new double[k];
    this.inverseRootCounts = new double[k];
    this.scratch = new double[k];
    this.ringArms = new int[window];
    this.ringRewards = new double[window];
    this.empty = k;
  }

  @Override
  public Selection select(RandomGenerator rng) {
    if (empty > 0) {
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          return choose(i, 1.0);
        }
      }
    }
    long horizon = Math.min(plays, window);
    if (horizon != scaleHorizon) { // constant once the window is full
      scaleHorizon = horizon;
      scale = bound * Math.sqrt(xi * Math.log((double) horizon));
    }
    double[] values = scratch;
    for (int i = 0; i < values.length; i++) {
      values[i] = means[i] + scale * inverseRootCounts[i];
    }
    argMax.scan(values);
    return choose(argMax.pick(values, rng), 1.0 / argMax.ties());
  }

  @Override
  public void update(Selection selection, double reward) {
    int arm = checkFeedback(selection, reward);
    int slot;
    if (size == window) {
      slot = head;
      int evicted = ringArms[slot];
      head = head + 1 == window ? 0 : head + 1;
      if (--counts[evicted] == 0) {
        sums[evicted] = 0.0;
        empty++;
      } else {
        sums[evicted] -= ringRewards[slot];
      }
      refresh(evicted);
    } else {
      slot = head + size < window ? head + size : head + size - window;
      size++;
    }
    ringArms[slot] = arm;
    ringRewards[slot] = reward;
    if (counts[arm]++ == 0) {
      empty--;
    }
    sums[arm] += reward;
    pulls[arm]++;
    plays++;
    if (plays % window == 0) {
      exactSums(sums);
      for (int i = 0; i < sums.length; i++) {
        refresh(i);
      }
    } else {
      refresh(arm);
    }
  }

  /** Writes the window's per-arm sums, added oldest first, into {@code out}. */
  private void exactSums(double[] out) {
    java.util.Arrays.fill(out, 0.0);
    for (int j = 0; j < size; j++) {
      int slot = head + j < window ? head + j : head + j - window;
      out[ringArms[slot]] += ringRewards[slot];
    }
  }

  private void refresh(int arm) {
    int n = counts[arm];
    means[arm] = n == 0 ? 0.0 : sums[arm] / n;
    inverseRootCounts[arm] = n == 0 ? 0.0 : 1.0 / Math.sqrt(n);
  }

  @Override
  public SlidingWindowState snapshot() {
    int[] windowArms = new int[size];
    double[] windowRewards = new double[size];
    for (int j = 0; j < size; j++) {
      int slot = head + j < window ? head + j : head + j - window;
      windowArms[j] = ringArms[slot];
      windowRewards[j] = ringRewards[slot];
    }
    return new SlidingWindowState(
        descriptor(), arms(), step(), pulls, sums, windowArms, windowRewards);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Lifetime pulls; the window mean and the bonus, or NaN and an infinite bonus for an arm
   * absent from the window.
   */
  @Override
  protected ArmEstimate estimate(int i) {
    int n = counts[i];
    if (n == 0) {
      return new ArmEstimate(arms().get(i), pulls[i], Double.NaN, Double.POSITIVE_INFINITY);
    }
    double bonus =
        bound * Math.sqrt(xi * Math.log((double) Math.max(1, Math.min(plays, window))) / n);
    return new ArmEstimate(arms().get(i), pulls[i], means[i], bonus);
  }
}
