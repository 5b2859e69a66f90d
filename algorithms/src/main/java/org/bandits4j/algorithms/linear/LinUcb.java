package org.bandits4j.algorithms.linear;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.linalg.RidgeBackend;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Disjoint LinUCB: one ridge model per arm, and the arm with the largest upper confidence bound
 *
 * <pre>{@code p_a = θ̂_aᵀ x_a + α sqrt(x_aᵀ A_a⁻¹ x_a),   A_a = λI + Σ x xᵀ,   θ̂_a = A_a⁻¹ Σ r x}
 * </pre>
 *
 * where the sums run over the rounds in which arm {@code a} was played, and {@code x_a} is the
 * context's shared vector ({@code Context.of(x)}: the same features for every arm, as in W3) or the
 * arm's own row ({@code Context.ofArms(rows)}). An arm never played scores {@code α sqrt(xᵀx/λ)},
 * so it is explored first. Exact ties are broken uniformly at random; the propensity is {@code
 * 1/ties}.
 *
 * <p>Paper: L. Li, W. Chu, J. Langford, R. E. Schapire, "A contextual-bandit approach to
 * personalized news article recommendation", WWW 2010, Algorithm 1 (with {@code λ = 1}). The paper
 * proves no bound for this form; its analysed relative is SupLinUCB ({@link SupLinUcb}, regret
 * {@code O(sqrt(T d ln³(K T ln T / δ)))}). Checked: the score and the update against the spec's
 * restatement (§A1) and MABWiser's and TF-Agents' documented defaults ({@code α = 1}, {@code λ =
 * 1}); the hand-checked example in {@code LinUcbTest} recomputes the scores after two updates.
 *
 * <p>Rewards: any finite value. Contexts of another shape are rejected (see {@link ContextShape}).
 * The ridge models are kept with the kernel the spec names (Sherman–Morrison inverse or Cholesky
 * factor, refactorised periodically; both give the same decisions up to rounding, which the A1 test
 * checks over 10⁴ rounds).
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K d²), update O(d²),
 * memory O(K d²); neither select nor update allocates beyond the returned selection.
 */
public final class LinUcb extends RidgePolicy {

  private final double alpha;

  LinUcb(LinUcbSpec spec, ArmSet arms) {
    super(
        spec,
        ContextShape.perArmModels(spec.dimension()),
        arms,
        RidgeBackend.cpu().create(arms.size(), spec.dimension(), spec.options()),
        true);
    this.alpha = spec.alpha();
  }

  LinUcb(LinUcbSpec spec, PolicyState state) {
    this(spec, linearState(spec, state));
  }

  private LinUcb(LinUcbSpec spec, LinearState state) {
    super(
        spec,
        ContextShape.perArmModels(spec.dimension()),
        state,
        RidgeBackend.cpu().create(state.arms().size(), spec.dimension(), spec.options()),
        true);
    this.alpha = spec.alpha();
    loadStatistics(state.models(), state.published());
  }

  @Override
  protected Selection decide(Context context, RandomGenerator rng) {
    if (context.hasShared()) {
      bank.evaluate(context.shared(), means, variances);
    } else {
      referenceRows(context);
      bank.evaluate(rows, means, variances);
    }
    double[] s = scores;
    for (int i = 0; i < s.length; i++) {
      s[i] = means[i] + alpha * Math.sqrt(variances[i]);
    }
    argMax.scan(s);
    return choose(argMax.pick(s, rng), 1.0 / argMax.ties());
  }
}
