package org.bandits4j.algorithms.linear;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.linalg.DenseKernels;
import org.bandits4j.algorithms.linalg.RidgeBackend;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Linear Thompson sampling: draw parameters from the Gaussian posterior of ridge regression,
 * widened by a scale, and play the arm whose features score best under the draw.
 *
 * <ul>
 *   <li>{@link LinTsSpec.Model#SHARED} (Agrawal and Goyal): one draw {@code θ̃ = θ̂ + v_t U⁻¹ z},
 *       {@code z ~ N(0, I_d)}, where {@code V = λI + Σ x xᵀ = UᵀU}, so {@code θ̃ ~ N(θ̂, v_t²
 *       V⁻¹)}; play {@code argmax_a ⟨x_a, θ̃⟩} over the arms' feature rows.
 *   <li>{@link LinTsSpec.Model#DISJOINT} (the practical per-arm form, as MABWiser's {@code LinTS}):
 *       arm {@code a} has its own posterior {@code N(θ̂_a, v² A_a⁻¹)} and an independent draw each
 *       round. Only {@code ⟨x_a, θ̃_a⟩} matters, and it is exactly {@code N(θ̂_aᵀx_a, v² x_aᵀ A_a⁻¹
 *       x_a)}, so the policy draws that scalar, {@code θ̂_aᵀx_a + v ‖x_a‖_{A_a⁻¹} z_a} with one
 *       standard normal {@code z_a} per arm: the same decision distribution as drawing the whole
 *       vector, at the cost of one normal per arm instead of {@code d}.
 * </ul>
 *
 * <p>Normals come from {@link NormalSampler} (a ziggurat on {@code nextLong}), and the only linear
 * algebra on them is a triangular solve with the Cholesky factor (shared model) or a scalar product
 * (disjoint model) in plain Java, so the decisions are the same on every platform and JVM — the
 * reproducibility problem MABWiser documents for sampling through BLAS does not arise. The disjoint
 * model's {@code x_aᵀA_a⁻¹x_a} comes from the spec's kernel, as LinUCB's width: Sherman–Morrison
 * unless the spec names Cholesky (see {@link LinTsSpec#ridgeKernel}).
 *
 * <p>Paper: S. Agrawal, N. Goyal, "Thompson sampling for contextual bandits with linear payoffs",
 * ICML 2013; arXiv 1209.3352 v4 (2014): with {@code v_t = R sqrt(9 d ln(t/δ))} ({@code λ = 1},
 * {@code ‖x‖ <= 1}, {@code ‖θ*‖ <= 1}), with probability {@code >= 1 - δ} the regret is {@code
 * O(d^{3/2} sqrt(T) (ln T + sqrt(ln T ln(1/δ))))}. Checked: the abstract's {@code Õ(d^{3/2}
 * sqrt(T))} claim (the spec's [V]); the exact {@code v_t} and the polylog factor are from the
 * spec's restatement of v4 and not re-read ([M]). The constant scale is MABWiser's practical
 * variant ({@code N(β̂, α²(XᵀX + λI)⁻¹)}, the spec's [V]). The sampler's covariance is tested (A4b,
 * {@code LinTsSamplerTest}).
 *
 * <p>The round {@code t} of {@code v_t} is the number of rewards learned plus one (the paper's
 * round when every round gives feedback), so that merged and restored policies scale as the
 * sequential one. Propensities are NaN (no closed form). Contexts: as {@link
 * ContextShape#sharedModel} for SHARED, {@link ContextShape#perArmModels} for DISJOINT; rewards:
 * any finite value.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity per round: SHARED select O(d² + K
 * d) with {@code d} normal draws, DISJOINT select O(K d²) with {@code K} normal draws; update
 * O(d²); neither allocates beyond the returned selection.
 */
public final class LinTs extends RidgePolicy {

  private final LinTsSpec spec;
  private final boolean shared;
  private final double[] z;
  private final double[] draw;

  LinTs(LinTsSpec spec, ArmSet arms) {
    super(
        spec,
        shape(spec),
        arms,
        RidgeBackend.cpu().create(models(spec, arms.size()), spec.dimension(), spec.options()),
        spec.model() == LinTsSpec.Model.DISJOINT);
    this.spec = spec;
    this.shared = spec.model() == LinTsSpec.Model.SHARED;
    this.z = new double[spec.dimension()];
    this.draw = new double[spec.dimension()];
  }

  LinTs(LinTsSpec spec, PolicyState state) {
    this(spec, linearState(spec, state));
  }

  private LinTs(LinTsSpec spec, LinearState state) {
    super(
        spec,
        shape(spec),
        state,
        RidgeBackend.cpu()
            .create(models(spec, state.arms().size()), spec.dimension(), spec.options()),
        spec.model() == LinTsSpec.Model.DISJOINT);
    this.spec = spec;
    this.shared = spec.model() == LinTsSpec.Model.SHARED;
    this.z = new double[spec.dimension()];
    this.draw = new double[spec.dimension()];
    loadStatistics(state.models(), state.published());
  }

  private static ContextShape shape(LinTsSpec spec) {
    return spec.model() == LinTsSpec.Model.SHARED
        ? ContextShape.sharedModel(spec.dimension())
        : ContextShape.perArmModels(spec.dimension());
  }

  private static int models(LinTsSpec spec, int arms) {
    return spec.model() == LinTsSpec.Model.SHARED ? 1 : arms;
  }

  /**
   * Test hook (spec A4b): one draw of the shared parameter {@code θ̃ = θ̂ + v_t U⁻¹ z}, made by the
   * code path {@code select} uses (a copy of it).
   *
   * @throws IllegalStateException for the disjoint model
   */
  double[] sampleParameter(RandomGenerator rng) {
    if (!shared) {
      throw new IllegalStateException("the disjoint model has no shared parameter");
    }
    drawShared(rng);
    return draw.clone();
  }

  /**
   * Test hook (spec A4b): the sampled scores {@code ⟨x_a, θ̃_a⟩} of every arm, made by the code
   * path {@code select} uses (a copy of them).
   *
   * @throws IllegalArgumentException if the context does not fit, as {@code select}
   */
  double[] sampleScores(Context context, RandomGenerator rng) {
    shape().checkSelect(context, armCount());
    sample(context, rng);
    return scores.clone();
  }

  @Override
  protected Selection decide(Context context, RandomGenerator rng) {
    sample(context, rng);
    argMax.scan(scores);
    return choose(argMax.pick(scores, rng), Double.NaN);
  }

  /** {@code draw = θ̂ + v_t U⁻¹ z} with fresh standard normals {@code z} (shared model). */
  private void drawShared(RandomGenerator rng) {
    for (int j = 0; j < z.length; j++) {
      z[j] = NormalSampler.sample(rng);
    }
    bank.sample(0, z, spec.scaleAt(totalPulls() + 1), draw);
  }

  /** Fills {@link #scores} with this round's sampled scores. */
  private void sample(Context context, RandomGenerator rng) {
    double[] s = scores;
    if (shared) {
      drawShared(rng);
      for (int i = 0; i < s.length; i++) {
        s[i] = DenseKernels.dot(draw, context.arm(i), z.length);
      }
    } else {
      double v = spec.scaleAt(totalPulls() + 1);
      if (context.hasShared()) {
        bank.evaluate(context.shared(), means, variances);
      } else {
        referenceRows(context);
        bank.evaluate(rows, means, variances);
      }
      for (int i = 0; i < s.length; i++) {
        s[i] = means[i] + v * Math.sqrt(variances[i]) * NormalSampler.sample(rng);
      }
    }
  }
}
