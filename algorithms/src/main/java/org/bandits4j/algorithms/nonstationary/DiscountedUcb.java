package org.bandits4j.algorithms.nonstationary;

import java.util.List;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.FixedArmsBandit;
import org.bandits4j.algorithms.state.ArmVectorsState;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Discounted UCB: statistics that forget geometrically. After each learned reward {@code x} of arm
 * {@code a}, every arm's discounted count and sum are multiplied by {@code γ}, then {@code Ñ_a +=
 * 1, S̃_a += x}. Arms whose discounted count is below the floor (or zero) are played first, the
 * smallest count first (lowest index on ties); then the arm with the largest
 *
 * <pre>{@code I_i = S̃_i / Ñ_i + 2B sqrt( ξ ln ñ / Ñ_i ),   ñ = sum_j Ñ_j}</pre>
 *
 * ({@code ln ñ} taken as 0 when {@code ñ < 1}); exact ties are broken uniformly at random
 * (propensity {@code 1/ties}). Rewards must lie in {@code [0, B]}.
 *
 * <p>Paper: A. Garivier and E. Moulines, "On upper-confidence bound policies for switching bandit
 * problems", ALT 2011: with {@code γ = 1 - (1/(4B)) sqrt(Υ_T / T)}, {@code E[R_T] = O(sqrt(T Υ_T)
 * ln T)}. Checked: the index, the update and the tuning against the spec (algorithms-mab.md §G.2)
 * and SMPyBandits' {@code DiscountedUCB.py}, whose practical rule "count below 1 means infinite
 * index" is our default floor; the theorem's constants were not read, so the bound is drawn by
 * order only ({@code UpperBounds.discountedUcbOrder}). Forcing the smallest discounted count first
 * (not the lowest index) keeps a long-unplayed arm from being starved when {@code γ} is small.
 *
 * <p>Lazy discount. Discounting every arm after every reward costs O(K) per update and, because
 * every count changes, a division and a square root per arm in every select. Instead the policy
 * keeps inflated sums {@code N'_i = W Ñ_i}, {@code S'_i = W S̃_i} with a running factor {@code W =
 * γ^{-(t - t₀)}} ({@link LazyDiscount}: O(1) per reward, a rescale to {@code W = 1} once every
 * {@code 64 ln 2 / -ln γ} rewards, and the eager form for discounts so strong that inflated sums
 * could overflow, {@code 1/γ >= 2^64} or {@code B/γ >= 2^900}). The mean {@code S̃_i/Ñ_i =
 * S'_i/N'_i} does not depend on {@code W}, and the bonus is {@code 2B sqrt(ξ ln ñ) sqrt(W) /
 * sqrt(N'_i)}, so caching {@code S'_i/N'_i} and {@code 1/sqrt(N'_i)} (recomputed for the played arm
 * only) makes an update O(1) and a select one multiply-add per arm. An arm is below the floor when
 * {@code N'_i < floor · W}.
 *
 * <p>The statistics are those of the definition up to rounding (see {@link LazyDiscount}: 5e-13
 * relative at {@code γ = 0.99}, 5e-10 at {@code γ = 0.99999}). In the golden replay (γ = 0.995,
 * 2000 rounds) both forms make the same decisions and their final sums differ by 2e-14 relative.
 * {@link #snapshot()} divides by {@code W} first (it rescales, as a ridge policy normalises), so
 * the state holds true discounted sums and a restored policy continues bit for bit like the
 * original.
 *
 * <p>No merger and no arm editor. Estimates report the lifetime pulls, the discounted mean and the
 * bonus.
 *
 * <p>Thread safety: not thread-safe (single writer; {@link #snapshot()} rescales, so it is a write
 * too). Complexity: select O(K), one multiply-add and two comparisons per arm, plus one logarithm
 * and two square roots; update O(1) (one division and one square root) except when the played arm
 * was the one with the smallest count, or at a rescale (O(K)); neither allocates beyond the
 * returned selection.
 */
public final class DiscountedUcb extends FixedArmsBandit {

  /** The names of the state's vectors: discounted counts and discounted reward sums. */
  static final List<String> VECTORS = List.of("counts", "sums");

  /** The state format of this policy. */
  public static final StateFormat STATE_FORMAT = ArmVectorsState.format("counts", "sums");

  /** The inflated discounted counts and sums, and their factor {@code W}. */
  private final LazyDiscount discount;

  private final double xi;
  private final double bound;
  private final double floor;
  private final long[] pulls;

  /** Inflated discounted counts {@code N'_i = W Ñ_i} ({@code discount.counts}). */
  private final double[] counts;

  /** Inflated discounted reward sums {@code S'_i = W S̃_i} ({@code discount.sums}). */
  private final double[] sums;

  /** {@code S'_i / N'_i} (the discounted mean; NaN while {@code N'_i = 0}). */
  private final double[] means;

  /** {@code 1 / sqrt(N'_i)}. */
  private final double[] inverseRoots;

  private final double[] scratch;
  private final ArgMax argMax = new ArgMax();

  /** {@code Σ N'_i}, summed as rewards arrive (recomputed in index order at each rescale). */
  private double total;

  /** The arm with the smallest {@code N'_i} (lowest index on ties). */
  private int smallest;

  DiscountedUcb(DiscountedUcbSpec spec, ArmSet arms) {
    this(spec, arms, 0);
  }

  DiscountedUcb(DiscountedUcbSpec spec, PolicyState state) {
    this(spec, checkedState(spec, state, ArmVectorsState.class).arms(), state.step());
    ArmVectorsState s = (ArmVectorsState) state;
    Discounting.load(this, s, VECTORS, pulls, counts, sums, bound);
    recount();
  }

  private DiscountedUcb(DiscountedUcbSpec spec, ArmSet arms, long step) {
    super(spec, arms, step, 0.0, spec.rewardBound());
    this.discount = new LazyDiscount(arms.size(), spec.gamma(), spec.rewardBound());
    this.xi = spec.xi();
    this.bound = spec.rewardBound();
    this.floor = spec.floor();
    int k = arms.size();
    this.pulls = new long[k];
    this.counts = discount.counts;
    this.sums = discount.sums;
    this.means = new double[k];
    this.inverseRoots = new double[k];
    this.scratch = new double[k];
    recount();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    double w = discount.inflation();
    double least = counts[smallest];
    if (least <= 0.0 || least < floor * w) { // the smallest true count Ñ = N'/W is below the floor
      return choose(smallest, 1.0);
    }
    double scale = 2.0 * bound * Math.sqrt(xi * Math.log(Math.max(total / w, 1.0))) * Math.sqrt(w);
    int best = argMax.selectAffine(means, scale, inverseRoots, scratch, rng);
    return choose(best, 1.0 / argMax.ties());
  }

  @Override
  public void update(Selection selection, double reward) {
    int arm = checkFeedback(selection, reward);
    pulls[arm]++;
    if (discount.eager()) {
      discount.learn(arm, reward);
      recount();
      return;
    }
    total += discount.learn(arm, reward);
    cache(arm);
    if (discount.needsRescale()) {
      rescale();
    } else if (arm == smallest) {
      findSmallest();
    }
  }

  /** Divides every sum by {@code W} and restarts {@code W} at 1; then {@link #recount()}. */
  private void rescale() {
    discount.rescale();
    recount();
  }

  /**
   * Everything derived from the sums, recomputed from scratch: the cached means and inverse roots,
   * {@code ñ'} (summed in index order) and the smallest count. A restored policy and the original
   * after {@link #snapshot()} both end here, which keeps them in lockstep.
   */
  private void recount() {
    double sum = 0.0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i];
      cache(i);
    }
    total = sum;
    findSmallest();
  }

  private void cache(int i) {
    double n = counts[i];
    means[i] = sums[i] / n;
    inverseRoots[i] = 1.0 / Math.sqrt(n);
  }

  private void findSmallest() {
    int least = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] < counts[least]) {
        least = i;
      }
    }
    smallest = least;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Rescales first ({@code W = 1}), so the vectors are the true discounted counts and sums and
   * the policy continues exactly like one restored from the returned state.
   */
  @Override
  public ArmVectorsState snapshot() {
    rescale();
    return new ArmVectorsState(descriptor(), arms(), step(), pulls, VECTORS, List.of(counts, sums));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Lifetime pulls; the discounted mean {@code S̃_i/Ñ_i} and the bonus, or NaN and an infinite
   * bonus while the discounted count is 0.
   */
  @Override
  protected ArmEstimate estimate(int i) {
    if (counts[i] == 0.0) {
      return new ArmEstimate(arms().get(i), pulls[i], Double.NaN, Double.POSITIVE_INFINITY);
    }
    double w = discount.inflation();
    double bonus =
        2.0 * bound * Math.sqrt(xi * Math.log(Math.max(total / w, 1.0)) / (counts[i] / w));
    return new ArmEstimate(arms().get(i), pulls[i], means[i], bonus);
  }
}
