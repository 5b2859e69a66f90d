package org.bandits4j.algorithms.glm;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.linalg.DenseKernels;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * UCB-GLM with the logistic link: after {@code τ} uniformly random rounds, the arm maximising
 *
 * <pre>{@code x_aᵀθ̂ + α ‖x_a‖_{V⁻¹},   V = λI + Σ x xᵀ}</pre>
 *
 * where {@code θ̂} is the maximum-likelihood estimate of the logistic model {@code P(r = 1 | x) =
 * μ(xᵀθ)} over all rounds so far (ranking by {@code xᵀθ̂} is ranking by {@code μ(xᵀθ̂)}). The MLE
 * is a real fit: damped Newton (IRLS) on the whole history, warm-started, to convergence, projected
 * onto {@code ‖θ‖ <= S + 1} (see {@link LogisticFit}).
 *
 * <p>Paper: L. Li, Y. Lu, D. Zhou, "Provably optimal algorithms for generalized linear contextual
 * bandits", ICML 2017, Algorithm 1: with {@code α = (σ/κ) sqrt((d/2) ln(1 + 2T/d) + ln(1/δ))} and a
 * random-exploration phase long enough for {@code λ_min(V_τ)} to be large, the regret is {@code
 * Õ((d/κ) sqrt(T)) + τ} (the abstract's claim, the spec's [V]; the algorithm box and {@code α} are
 * the spec's restatement, [M]). Not verified: the paper's {@code τ} and universal constants ([U]);
 * the default {@code τ = max(2d, ⌈10 d ln T⌉)} is the spec's safe choice. Rewards must be in {@code
 * [0, 1]} (Bernoulli rewards, or fractional ones read as a quasi-likelihood).
 *
 * <p>Propensities: {@code 1/K} in the exploration phase, then {@code 1/ties}. Contexts: one row of
 * dimension {@code d} per arm.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K d²); update O(d²) plus
 * a refit, O(i n d²) for {@code i} Newton iterations (usually 1–3) over the {@code n} rows learned;
 * memory O(n d). Select allocates nothing beyond the selection; update amortises the history's
 * growth.
 */
public final class UcbGlm extends GlmPolicy {

  private final int exploration;
  private final double alpha;

  UcbGlm(UcbGlmSpec spec, ArmSet arms) {
    super(spec, spec.dimension(), spec.lambda(), spec.thetaNorm() + 1.0, spec.refitGrowth(), arms);
    this.exploration = spec.exploration();
    this.alpha = spec.alpha();
  }

  UcbGlm(UcbGlmSpec spec, PolicyState state) {
    super(
        spec,
        spec.dimension(),
        spec.lambda(),
        spec.thetaNorm() + 1.0,
        spec.refitGrowth(),
        glmState(spec, state));
    this.exploration = spec.exploration();
    this.alpha = spec.alpha();
  }

  /** A copy of the current maximum-likelihood estimate {@code θ̂}. */
  public double[] estimate() {
    return fit.theta().clone();
  }

  @Override
  protected Selection decide(Context context, RandomGenerator rng) {
    int k = armCount();
    if (fit.size() < exploration) {
      return choose(rng.nextInt(k), 1.0 / k);
    }
    referenceRows(context);
    design.evaluate(0, rows, means, variances);
    double[] theta = fit.theta();
    int d = dimension();
    double[] s = scores;
    for (int i = 0; i < k; i++) {
      s[i] = DenseKernels.dot(theta, rows[i], d) + alpha * Math.sqrt(variances[i]);
    }
    argMax.scan(s);
    return choose(argMax.pick(s, rng), 1.0 / argMax.ties());
  }
}
