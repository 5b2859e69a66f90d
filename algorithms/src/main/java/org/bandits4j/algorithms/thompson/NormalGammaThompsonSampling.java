package org.bandits4j.algorithms.thompson;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.MomentBandit;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.ProbabilityOfBest;
import org.bandits4j.api.Selection;

/**
 * Normal–Gamma Thompson sampling for Gaussian rewards with unknown means and unknown, arm-specific
 * variances; with informative per-arm priors on the precisions it is VarTS. Each round, for every
 * arm, draw a precision {@code τ̃_i ~ Gamma(shape α_i, rate β_i)} and then a mean {@code θ_i ~
 * N(μ_i, 1/(κ_i τ̃_i))} from the arm's conjugate posterior, and play the arm with the largest
 * {@code θ_i}. With {@code N} rewards of mean {@code x̄} and squared deviations {@code M2} (state
 * {@code MomentState}) and prior {@code (μ_0, κ_0, α_0, β_0)}:
 *
 * <pre>{@code
 * κ = κ_0 + N      μ = (κ_0 μ_0 + N x̄) / κ      α = α_0 + N/2
 * β = β_0 + M2/2 + κ_0 N (x̄ - μ_0)² / (2 κ)
 * }</pre>
 *
 * (the draw of {@code θ_i} is a Student-t with {@code 2α} degrees of freedom, location {@code μ},
 * scale² {@code β/(α κ)}).
 *
 * <p>Paper: A. Saha and B. Kveton, "Only pay for what is uncertain: variance-adaptive Thompson
 * sampling", ICLR 2024 (arXiv 2303.09033), Algorithm 2 (VarTS). What we verified: the public
 * reviews describe VarTS as maintaining "a joint Gaussian-Gamma posterior for the mean reward and
 * precision of each arm", with each arm's reward process "a different Gaussian-Gamma distribution"
 * and posterior updates that are standard (similar to Zhu and Tan 2020); so VarTS is conjugate
 * Normal–Gamma Thompson sampling with per-arm priors, and this one class (registry name {@value
 * NormalGammaThompsonSpec#NAME}) serves both: a common prior gives plain Normal–Gamma TS, per-arm
 * informative priors ({@link NormalGammaThompsonSpec#armPriors()}) give VarTS. Not verified (the
 * algorithm box was not readable): the paper's exact symbols, whether {@code κ} is per arm (here it
 * is), and its initialisation (here: none, the prior covers untried arms). Bound (shape only, from
 * the reviews): Bayes regret of order {@code sqrt(n sum_i σ_i²) ln n} with known variances
 * (Algorithm 1, {@link GaussianThompsonSampling}), and a bound that "resembles" it for VarTS,
 * decreasing with lower variances and more informative Gamma priors; no constants are quoted.
 *
 * <p>Rewards: any finite value. Draws: Gamma variates from {@link GammaTable} (valid for shapes
 * below 1), normals from {@link NormalSampler}; a Gamma draw that underflows to 0 (possible only
 * for shapes far below 1) is replaced by the smallest normal double, so the draw stays finite. The
 * propensity of a selection is {@code NaN}; {@link #probabilityOfBest()} estimates it.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K) with one Gamma and one
 * normal draw per arm, update O(1); neither allocates beyond the returned selection.
 */
public final class NormalGammaThompsonSampling extends MomentBandit {

  private final NormalGammaThompsonSpec spec;
  private final ArgMax argMax = new ArgMax();
  private NormalGammaPrior[] priors;
  private GammaTable shape;
  private double[] location;
  private double[] scale;
  private double[] rate;
  private double[] theta;

  NormalGammaThompsonSampling(NormalGammaThompsonSpec spec, ArmSet arms) {
    super(spec, arms, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.spec = spec;
    initCaches();
  }

  NormalGammaThompsonSampling(NormalGammaThompsonSpec spec, PolicyState state) {
    super(spec, state, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.spec = spec;
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    double[] values = theta;
    for (int i = 0; i < values.length; i++) {
      values[i] = draw(i, rng);
    }
    return choose(argMax.select(values, rng), Double.NaN);
  }

  /** {@code θ = μ + Z / sqrt(κ τ̃)} with {@code τ̃ = G/β}, {@code G ~ Gamma(α, 1)}. */
  private double draw(int i, RandomGenerator rng) {
    double g = Math.max(shape.sample(i, rng), Double.MIN_NORMAL);
    return location[i] + NormalSampler.sample(rng) * Math.sqrt(scale[i] / g);
  }

  @Override
  protected void resize(int armCount) {
    priors = new NormalGammaPrior[armCount];
    shape = new GammaTable(armCount);
    location = new double[armCount];
    scale = new double[armCount];
    rate = new double[armCount];
    theta = new double[armCount];
    for (int i = 0; i < armCount; i++) {
      priors[i] = spec.priorOf(arms().get(i).id());
    }
  }

  @Override
  protected void refresh(int arm) {
    NormalGammaPrior p = priors[arm];
    long n = pulls(arm);
    double kappa = p.kappa() + n;
    double betaN = p.beta();
    double mu = p.mean();
    if (n > 0) {
      double mean = sum(arm) / n;
      double d = mean - p.mean();
      mu = (p.kappa() * p.mean() + sum(arm)) / kappa;
      betaN += 0.5 * m2(arm) + p.kappa() * n * d * d / (2.0 * kappa);
    }
    shape.set(arm, p.alpha() + 0.5 * n);
    location[arm] = mu;
    rate[arm] = betaN;
    scale[arm] = betaN / kappa;
  }

  /** The posterior hyper-parameters {@code (μ, κ, α, β)} of one arm (for tests and reports). */
  NormalGammaPrior posterior(int arm) {
    double kappa = priors[arm].kappa() + pulls(arm);
    return new NormalGammaPrior(location[arm], kappa, shape.shape(arm), rate[arm]);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Posterior mean {@code μ} of the arm's mean, and its posterior standard deviation {@code
   * sqrt(β / (κ (α - 1)))} (infinite while {@code α <= 1}).
   */
  @Override
  protected ArmEstimate estimate(int arm) {
    double a = shape.shape(arm);
    double sd = a > 1.0 ? Math.sqrt(scale[arm] / (a - 1.0)) : Double.POSITIVE_INFINITY;
    return new ArmEstimate(arms().get(arm), pulls(arm), location[arm], sd);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Monte Carlo: the fraction of {@code samples} joint posterior draws in which each arm has the
   * largest draw. Reads the state, changes nothing.
   */
  @Override
  public Optional<ProbabilityOfBest> probabilityOfBest() {
    return Optional.of(
        (samples, rng) -> PosteriorDraws.probabilityOfBest(this::draw, armCount(), samples, rng));
  }
}
