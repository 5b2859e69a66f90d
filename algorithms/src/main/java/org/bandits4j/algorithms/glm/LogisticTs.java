package org.bandits4j.algorithms.glm;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.linalg.DenseKernels;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Logistic Thompson sampling with the Laplace approximation: each round draw {@code θ̃ ~ N(θ̂, a²
 * H⁻¹)}, where {@code θ̂} is the maximum a posteriori estimate of the logistic model under the
 * prior {@code N(0, λ⁻¹I)} and {@code H = Σ μ'(x_sᵀθ̂) x_s x_sᵀ + λI} the posterior's precision at
 * {@code θ̂}, and play {@code argmax_a x_aᵀθ̃}.
 *
 * <p>The draw is {@code θ̂ + a U⁻¹ z} with {@code H = UᵀU} (Cholesky) and {@code z} standard
 * normals from {@link org.bandits4j.algorithms.sampling.NormalSampler}: the same on every platform.
 * The MAP estimate is refitted after every reward by damped Newton iterations on the whole history
 * ({@link LogisticFit}), and {@code H} is factorised after each refit.
 *
 * <p>Papers: O. Chapelle, L. Li, "An empirical evaluation of Thompson sampling", NeurIPS 2011
 * (Thompson sampling for logistic regression with a Laplace approximation of the posterior; their
 * Algorithm 3 uses a diagonal covariance and batch updates); the full-covariance form with a scale
 * {@code a} is the GLM-TSL of B. Kveton et al., "Randomized exploration in generalized linear
 * bandits", AISTATS 2020, which proves {@code Õ(d sqrt(T))}-type regret for suitably large {@code
 * a}. Verified: the paper's existence, title and abstract (public metadata). Not verified: the
 * algorithm boxes and the bound's constants, written here from the standard Laplace construction
 * ([M]); the sampler's covariance is tested against the inverse Hessian at the MAP estimate
 * computed independently ({@code LogisticTsSamplerTest}).
 *
 * <p>Propensities are NaN (no closed form). Rewards in {@code [0, 1]}; contexts: one row of
 * dimension {@code d} per arm.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(d² + K d) with {@code d}
 * normal draws; update O(i n d² + d³) for {@code i} Newton iterations over {@code n} rows; memory
 * O(n d). Select allocates nothing beyond the selection.
 */
public final class LogisticTs extends GlmPolicy {

  private final double scale;
  private final double[] factor;
  private final double[] inverseDiagonal;
  private final double[] z;
  private final double[] draw;

  LogisticTs(LogisticTsSpec spec, ArmSet arms) {
    super(spec, spec.dimension(), spec.lambda(), Double.POSITIVE_INFINITY, 0.0, arms);
    int d = spec.dimension();
    this.scale = spec.scale();
    this.factor = new double[d * d];
    this.inverseDiagonal = new double[d];
    this.z = new double[d];
    this.draw = new double[d];
    refitted();
  }

  LogisticTs(LogisticTsSpec spec, PolicyState state) {
    super(
        spec,
        spec.dimension(),
        spec.lambda(),
        Double.POSITIVE_INFINITY,
        0.0,
        glmState(spec, state));
    int d = spec.dimension();
    this.scale = spec.scale();
    this.factor = new double[d * d];
    this.inverseDiagonal = new double[d];
    this.z = new double[d];
    this.draw = new double[d];
    refitted();
  }

  @Override
  void refitted() {
    fit.hessianFactor(factor, inverseDiagonal);
  }

  /** A copy of the current MAP estimate {@code θ̂}. */
  public double[] estimate() {
    return fit.theta().clone();
  }

  /**
   * Test hook: one draw {@code θ̃ = θ̂ + a U⁻¹ z} of the Laplace posterior, made by the code path
   * {@code select} uses (a copy of it).
   */
  double[] sampleParameter(RandomGenerator rng) {
    drawParameter(rng);
    return draw.clone();
  }

  @Override
  protected Selection decide(Context context, RandomGenerator rng) {
    drawParameter(rng);
    int d = dimension();
    double[] s = scores;
    for (int i = 0; i < s.length; i++) {
      s[i] = DenseKernels.dot(draw, context.arm(i), d);
    }
    argMax.scan(s);
    return choose(argMax.pick(s, rng), Double.NaN);
  }

  /** {@code draw = θ̂ + a U⁻¹ z} with fresh standard normals {@code z}. */
  private void drawParameter(RandomGenerator rng) {
    int d = dimension();
    for (int j = 0; j < d; j++) {
      z[j] = NormalSampler.sample(rng);
    }
    DenseKernels.backSolve(factor, inverseDiagonal, d, z, draw);
    double[] theta = fit.theta();
    for (int j = 0; j < d; j++) {
      draw[j] = theta[j] + scale * draw[j];
    }
  }
}
