package org.bandits4j.algorithms.linear;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.linalg.RidgeBackend;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * OFUL (optimism in the face of uncertainty for linear bandits): one shared ridge model over the
 * arms' feature rows, and the arm maximising
 *
 * <pre>{@code ⟨θ̂, x_a⟩ + β(δ) ‖x_a‖_{V⁻¹},
 * β(δ) = R sqrt(2 ln(det(V)^{1/2} det(λI)^{-1/2} / δ)) + sqrt(λ) S,   V = λI + Σ x xᵀ}</pre>
 *
 * which over a finite decision set is exactly OFUL's joint maximisation over the confidence
 * ellipsoid. The confidence radius uses the exact log-determinant of {@code V}, maintained by the
 * matrix-determinant lemma (never a determinant, which would overflow). Ties are broken uniformly;
 * the propensity is {@code 1/ties}.
 *
 * <p>Paper: Y. Abbasi-Yadkori, D. Pál, Cs. Szepesvári, "Improved algorithms for linear stochastic
 * bandits", NeurIPS 2011. Theorem 2 (confidence set): with probability {@code >= 1 - δ}, for all
 * {@code t}, {@code ‖θ̂_t - θ*‖_{V_t} <= β_t(δ)} when the noise is conditionally {@code
 * R}-sub-Gaussian and {@code ‖θ*‖ <= S}. Theorem 3 (regret), in the clean form used by the tests:
 * {@code Reg(T) <= 2 β_T(δ) sqrt(2 T d ln(1 + T L²/(λ d)))} for {@code ⟨x, θ*⟩ ∈ [-1, 1]}, {@code
 * ‖x‖ <= L}. Checked: the radius against the spec's restatement (§A3, verified there against public
 * notes); the coverage and the bound are tested empirically (A3a, A3b). With {@code switchGrowth >
 * 0} it is the paper's rarely-switching variant (§5): estimate and radius are those of the last
 * switch, which happens when {@code det V} has grown by {@code 1 + C}.
 *
 * <p>Contexts: one feature row of dimension {@code d} per arm ({@code Context.ofArms}); rewards:
 * any finite value.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K d²), update O(d²),
 * memory O(d²); neither allocates beyond the returned selection.
 */
public final class Oful extends RidgePolicy {

  private final OfulSpec spec;

  Oful(OfulSpec spec, ArmSet arms) {
    super(
        spec,
        ContextShape.sharedModel(spec.dimension()),
        arms,
        RidgeBackend.cpu().create(1, spec.dimension(), spec.options()),
        false);
    this.spec = spec;
  }

  Oful(OfulSpec spec, PolicyState state) {
    this(spec, linearState(spec, state));
  }

  private Oful(OfulSpec spec, LinearState state) {
    super(
        spec,
        ContextShape.sharedModel(spec.dimension()),
        state,
        RidgeBackend.cpu().create(1, spec.dimension(), spec.options()),
        false);
    this.spec = spec;
    loadStatistics(state.models(), state.published());
  }

  /** The current confidence radius {@code β(δ)} (scaled), from the published log-determinant. */
  public double radius() {
    return spec.radius(bank.logDet(0));
  }

  /** A copy of the current estimate {@code θ̂}. */
  public double[] estimate() {
    double[] theta = new double[bank.dimension()];
    bank.theta(0, theta);
    return theta;
  }

  @Override
  protected Selection decide(Context context, RandomGenerator rng) {
    referenceRows(context);
    bank.evaluate(0, rows, means, variances);
    double beta = radius();
    double[] s = scores;
    for (int i = 0; i < s.length; i++) {
      s[i] = means[i] + beta * Math.sqrt(variances[i]);
    }
    argMax.scan(s);
    return choose(argMax.pick(s, rng), 1.0 / argMax.ties());
  }
}
