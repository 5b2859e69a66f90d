package org.bandits4j.algorithms.linear;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.linalg.RidgeBackend;
import org.bandits4j.algorithms.linalg.RidgeBank;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linalg.RidgeOptions;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * SupLinUCB: screening over {@code S = ⌈ln T⌉} levels of independent ridge models (BaseLinUCB),
 * each fed only the rounds in which its widths were too large.
 *
 * <p>Round {@code t}: {@code Â ← all arms}, {@code s ← 1}; at level {@code s}, with {@code A_s = I
 * + Σ_{τ∈Ψ_s} x xᵀ} and {@code b_s = Σ_{τ∈Ψ_s} r_τ x_τ}, widths {@code ŵ_a = (α + 1) ‖x_a‖_{A_s⁻¹}}
 * and estimates {@code r̂_a = ⟨A_s⁻¹ b_s, x_a⟩}:
 *
 * <ol>
 *   <li>if {@code ŵ_a <= 1/sqrt(T)} for all {@code a ∈ Â}: play {@code argmax_{Â} (r̂_a + ŵ_a)} and
 *       record the round nowhere;
 *   <li>else if {@code ŵ_a <= 2^{-s}} for all {@code a ∈ Â}: keep {@code a ∈ Â} with {@code r̂_a +
 *       ŵ_a >= max_{Â}(r̂ + ŵ) - 2^{1-s}} and go to level {@code s + 1};
 *   <li>else play the arm of {@code Â} with the largest width {@code ŵ_a > 2^{-s}} and record the
 *       round in {@code Ψ_s}.
 * </ol>
 *
 * with {@code α = sqrt(ln(2TK/δ)/2)}. The loop never passes level {@code S}: {@code 2^{-S} <=
 * 1/sqrt(T)}, so step 2 at a level with {@code 2^{-s} <= 1/sqrt(T)} would already be step 1. Ties
 * are broken uniformly; the propensity is {@code 1/ties} (the screening itself is deterministic).
 *
 * <p>Paper: W. Chu, L. Li, L. Reyzin, R. E. Schapire, "Contextual bandits with linear payoff
 * functions", AISTATS 2011, Algorithms 1–2 and Theorem 6: with {@code ‖x‖ <= 1}, {@code ‖θ*‖ <= 1},
 * rewards in {@code [0, 1]}, with probability {@code >= 1 - δ}, {@code Reg(T) <= 2 sqrt(T) + 92 (1
 * + ln(2KT(2 ln T + 1)/δ))^{3/2} sqrt(T d)} = {@code O(sqrt(T d ln³(K T ln T / δ)))}. Checked: the
 * bound's form against the abstract (the spec's [V]). The paper's algorithm boxes were not in reach
 * (only its abstract); the steps follow the spec's restatement except the width, where the spec
 * wrote {@code α s_a} and this class uses {@code (α + 1) s_a}, {@code s_a = ‖x_a‖_{A_s⁻¹}}: the
 * paper's Lemma 1 bounds {@code |r̂_a - xᵀθ*|} by {@code (α + 1) s_a} ({@code α s_a} for the noise
 * by Azuma, {@code s_a} for the ridge bias {@code |x_aᵀA_s⁻¹θ*|} when {@code ‖θ*‖ <= 1}), the
 * screening's guarantees need the width to be that bound, Theorem 6's {@code (1 + ln(…))} factor is
 * consistent with it, and a public SupLinUCB variant for heavy tails that reuses BaseLinUCB uses
 * {@code (α + 1) s} as well ([M]: from memory and derivation, not the printed box). {@code S = ⌈ln
 * T⌉} rounds the paper's {@code S = ln T} up. Cross-checked round by round (arms and recorded
 * levels, 2000 rounds, no ties) against an independent NumPy implementation written from the paper
 * ({@code SupLinUcbReferenceTest}).
 *
 * <p>Practice: SupLinUCB is very conservative. The floor {@code 1/sqrt(T)} needs {@code
 * ‖x‖²_{A_s⁻¹} <= 1/((α + 1)² T)}, and {@code ‖x‖²_{A_s⁻¹} >= ‖x‖²/(1 + |Ψ_s|)}, so with rows of
 * norm near 1 it is never reached within the horizon: every round explores the widest surviving
 * row. Its regret is many times OFUL's (12× on {@code SupLinUcbReferenceTest}'s kind of trace, 45×
 * on 100 fresh unit rows in {@code d = 5} at {@code T = 8000}, both measured with the reference
 * implementation).
 *
 * <p>Feedback: the level a round belongs to is not carried by the selection (selections carry no
 * policy state, by design), so {@code update} recomputes it by running the screening again on the
 * round's context with the current models. With immediate feedback this reproduces the decision's
 * level exactly; with delayed feedback the models may have changed, and the round is recorded at
 * the level the screening assigns now (or nowhere if the arm would now be eliminated or is not wide
 * at that level). For the same reason merging is not offered ({@link #merger()}): the levels depend
 * on the order of the feedback.
 *
 * <p>Contexts: one feature row of dimension {@code d} per arm; rewards: any finite value (the bound
 * assumes {@code [0, 1]}).
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select and update O(S K d²) in the
 * worst case, memory O(S d²); neither allocates beyond the returned selection (update allocates
 * only when a delayed context has more rows than there are arms).
 */
public final class SupLinUcb extends RidgePolicy {

  private final SupLinUcbSpec spec;
  private final int levels;
  private final double floor;
  private boolean[] active;
  private double[] widths;
  private double[] levelMeans;
  private double[] levelVariances;

  SupLinUcb(SupLinUcbSpec spec, ArmSet arms) {
    super(spec, ContextShape.sharedModel(spec.dimension()), arms, levelBank(spec), false);
    this.spec = spec;
    this.levels = spec.levels();
    this.floor = 1.0 / Math.sqrt((double) spec.horizon());
  }

  SupLinUcb(SupLinUcbSpec spec, PolicyState state) {
    this(spec, linearState(spec, state));
  }

  private SupLinUcb(SupLinUcbSpec spec, LinearState state) {
    super(spec, ContextShape.sharedModel(spec.dimension()), state, levelBank(spec), false);
    this.spec = spec;
    this.levels = spec.levels();
    this.floor = 1.0 / Math.sqrt((double) spec.horizon());
    loadStatistics(state.models(), state.published());
  }

  private static RidgeBank levelBank(SupLinUcbSpec spec) {
    return RidgeBackend.cpu()
        .create(
            spec.levels(), spec.dimension(), RidgeOptions.of(1.0, RidgeKernel.SHERMAN_MORRISON));
  }

  /** Screening result of one round. */
  private static final int UNRECORDED = -1;

  @Override
  protected Selection decide(Context context, RandomGenerator rng) {
    int k = armCount();
    ensure(k);
    referenceRows(context);
    double factor = spec.widthFactor(k);
    Arrays.fill(active, 0, k, true);
    for (int s = 0; s < levels; s++) {
      int outcome = screen(s, rows, k, factor);
      if (outcome == ELIMINATED) {
        continue;
      }
      return pick(k, outcome == EXPLORE, s, rng);
    }
    return pick(k, false, levels - 1, rng);
  }

  private static final int PLAY = 0;
  private static final int EXPLORE = 1;
  private static final int ELIMINATED = 2;

  /**
   * One level of the screening over {@code rows[0..k)} among the active arms: fills {@link
   * #levelMeans} and {@link #widths} and returns PLAY (all widths below the floor), EXPLORE (some
   * width above {@code 2^{-(s+1)}}) or ELIMINATED (the active set was narrowed).
   */
  private int screen(int s, double[][] x, int k, double factor) {
    bank.evaluate(s, x, levelMeans, levelVariances);
    double threshold = Math.scalb(1.0, -(s + 1));
    boolean belowFloor = true;
    boolean belowThreshold = true;
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < k; i++) {
      widths[i] = factor * Math.sqrt(levelVariances[i]);
      if (active[i]) {
        belowFloor &= widths[i] <= floor;
        belowThreshold &= widths[i] <= threshold;
        best = Math.max(best, levelMeans[i] + widths[i]);
      }
    }
    if (belowFloor) {
      return PLAY;
    }
    if (!belowThreshold) {
      return EXPLORE;
    }
    double cut = best - 2.0 * threshold;
    for (int i = 0; i < k; i++) {
      active[i] &= levelMeans[i] + widths[i] >= cut;
    }
    return ELIMINATED;
  }

  private Selection pick(int k, boolean explore, int s, RandomGenerator rng) {
    double threshold = Math.scalb(1.0, -(s + 1));
    double[] sc = scores;
    for (int i = 0; i < k; i++) {
      if (!active[i]) {
        sc[i] = Double.NEGATIVE_INFINITY;
      } else if (explore) {
        sc[i] = widths[i] > threshold ? widths[i] : Double.NEGATIVE_INFINITY;
      } else {
        sc[i] = levelMeans[i] + widths[i];
      }
    }
    argMax.scan(sc);
    return choose(argMax.pick(sc, rng), 1.0 / argMax.ties());
  }

  /** The level a round with this context and decided row belongs to, or {@link #UNRECORDED}. */
  private int levelOf(Context context, int row) {
    int k = context.armCount();
    ensure(k);
    double[][] x = k == rows.length ? rows : new double[k][];
    for (int i = 0; i < k; i++) {
      x[i] = context.arm(i);
    }
    double factor = spec.widthFactor(armCount());
    Arrays.fill(active, 0, k, true);
    for (int s = 0; s < levels; s++) {
      int outcome = screen(s, x, k, factor);
      if (outcome == PLAY) {
        return UNRECORDED;
      }
      if (outcome == EXPLORE) {
        return active[row] && widths[row] > Math.scalb(1.0, -(s + 1)) ? s : UNRECORDED;
      }
      if (!active[row]) {
        return UNRECORDED;
      }
    }
    return UNRECORDED;
  }

  private void ensure(int k) {
    if (active == null || active.length < k) {
      int n = Math.max(k, armCount());
      active = new boolean[n];
      widths = new double[n];
      levelMeans = new double[n];
      levelVariances = new double[n];
    }
  }

  @Override
  protected void learn(int arm, Context context, int row, double reward) {
    int level = levelOf(context, row);
    if (level != UNRECORDED) {
      bank.update(level, context.arm(row), reward);
    }
  }

  /** Learns the batch in order: each round's level depends on the rounds before it. */
  @Override
  protected void learnBatch(int[] arm, Context[] context, int[] row, double[] reward) {
    for (int i = 0; i < arm.length; i++) {
      learn(arm[i], context[i], row[i], reward[i]);
    }
  }

  /** Not offered: the level of a round depends on the order of the feedback (see above). */
  @Override
  public Optional<Merger> merger() {
    return Optional.empty();
  }
}
