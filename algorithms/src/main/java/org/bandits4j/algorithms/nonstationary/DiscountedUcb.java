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
 * ({@code ln ñ} taken as 0 when {@code ñ < 1}), computed as {@code (S̃_i + 2B sqrt(ξ ln ñ)
 * sqrt(Ñ_i)) / Ñ_i} (one division and one square root per arm); exact ties are broken uniformly at
 * random (propensity {@code 1/ties}). Rewards must lie in {@code [0, B]}.
 *
 * <p>Paper: A. Garivier and E. Moulines, "On upper-confidence bound policies for switching bandit
 * problems", ALT 2011: with {@code γ = 1 - (1/(4B)) sqrt(Υ_T / T)}, {@code E[R_T] = O(sqrt(T Υ_T)
 * ln T)}. Checked: the index, the update and the tuning against the spec (algorithms-mab.md §G.2)
 * and SMPyBandits' {@code DiscountedUCB.py}, whose practical rule "count below 1 means infinite
 * index" is our default floor; the theorem's constants were not read, so the bound is drawn by
 * order only ({@code UpperBounds.discountedUcbOrder}). Forcing the smallest discounted count first
 * (not the lowest index) keeps a long-unplayed arm from being starved when {@code γ} is small.
 *
 * <p>The discount is applied eagerly to all arms, once per learned reward, so the statistics are
 * exactly those of the definition (no lazy powers of {@code γ} that would round differently).
 *
 * <p>No merger and no arm editor. Estimates report the lifetime pulls, the discounted mean and the
 * bonus.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K) (K divisions and K
 * square roots), update O(K): a branch-free discount pass, then one pass that sums {@code ñ} and
 * finds the arm to force, both kept for the next select; neither allocates beyond the returned
 * selection.
 */
public final class DiscountedUcb extends FixedArmsBandit {

  /** The names of the state's vectors: discounted counts and discounted reward sums. */
  static final List<String> VECTORS = List.of("counts", "sums");

  /** The state format of this policy. */
  public static final StateFormat STATE_FORMAT = ArmVectorsState.format("counts", "sums");

  private final double gamma;
  private final double xi;
  private final double bound;
  private final double floor;
  private final long[] pulls;
  private final double[] counts;
  private final double[] sums;
  private final double[] scratch;
  private final ArgMax argMax = new ArgMax();
  private int forced;
  private double total;

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
    this.gamma = spec.gamma();
    this.xi = spec.xi();
    this.bound = spec.rewardBound();
    this.floor = spec.floor();
    int k = arms.size();
    this.pulls = new long[k];
    this.counts = new double[k];
    this.sums = new double[k];
    this.scratch = new double[k];
    recount();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    if (forced >= 0) {
      return choose(forced, 1.0);
    }
    double scale = 2.0 * bound * Math.sqrt(xi * Math.log(Math.max(total, 1.0)));
    double[] values = scratch;
    for (int i = 0; i < values.length; i++) {
      double n = counts[i];
      values[i] = (sums[i] + scale * Math.sqrt(n)) / n;
    }
    argMax.scan(values);
    return choose(argMax.pick(values, rng), 1.0 / argMax.ties());
  }

  @Override
  public void update(Selection selection, double reward) {
    int arm = checkFeedback(selection, reward);
    pulls[arm]++;
    Discounting.learn(counts, sums, gamma, arm, reward);
    recount();
  }

  /**
   * What {@link #select} reads from the counts alone, in one pass: {@code ñ} (summed in index
   * order) and the arm to force, the smallest count below the floor or zero (lowest index on ties),
   * or -1.
   */
  private void recount() {
    double sum = 0.0;
    int force = -1;
    for (int i = 0; i < counts.length; i++) {
      double n = counts[i];
      sum += n;
      if ((n <= 0.0 || n < floor) && (force < 0 || n < counts[force])) {
        force = i;
      }
    }
    total = sum;
    forced = force;
  }

  @Override
  public ArmVectorsState snapshot() {
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
    double bonus = 2.0 * bound * Math.sqrt(xi * Math.log(Math.max(total, 1.0)) / counts[i]);
    return new ArmEstimate(arms().get(i), pulls[i], sums[i] / counts[i], bonus);
  }
}
