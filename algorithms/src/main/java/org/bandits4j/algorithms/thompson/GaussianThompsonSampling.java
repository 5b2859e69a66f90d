package org.bandits4j.algorithms.thompson;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.ProbabilityOfBest;
import org.bandits4j.api.Selection;

/**
 * Gaussian Thompson sampling with known noise variances: each round, draw {@code θ_i ~ N(h_i/λ_i,
 * 1/λ_i)} for every arm and play the arm with the largest draw, where
 *
 * <pre>{@code λ_i = 1/s_{0,i}² + N_i/σ_i²,   h_i = m_{0,i}/s_{0,i}² + S_i/σ_i²}</pre>
 *
 * is the conjugate posterior of the arm's mean under the prior {@code N(m_{0,i}, s_{0,i}²)} and
 * rewards {@code N(μ_i, σ_i²)} with known {@code σ_i²} ({@code N_i} rewards learned, sum {@code
 * S_i}). Under the improper flat prior ({@link GaussianThompsonSpec#flatPrior()}) the posterior is
 * {@code N(S_i/N_i, σ_i²/N_i)} and every arm is played once first.
 *
 * <p>Papers: with one common {@code σ²} this is the Gaussian Thompson sampling analysed by S.
 * Agrawal and N. Goyal ("Further optimal regret bounds for Thompson sampling", AISTATS 2013: {@code
 * O(sqrt(K n ln K))} and {@code O(sum_i ln(n Δ_i²)/Δ_i)} for rewards in {@code [0, 1]}) and by N.
 * Korda, E. Kaufmann, R. Munos ("Thompson sampling for 1-dimensional exponential family bandits",
 * NeurIPS 2013: with the flat (Jeffreys) prior it is asymptotically optimal, {@code E[N_i(n)] ~ 2σ²
 * ln n / Δ_i²}). With arm-specific known variances and priors it is Algorithm 1 of A. Saha and B.
 * Kveton, "Only pay for what is uncertain: variance-adaptive Thompson sampling", ICLR 2024, whose
 * Bayes regret scales as {@code sqrt(n sum_i σ_i²) ln n} (per the public reviews; the constants and
 * the exact statement were not readable). Checked: the conjugate update against the spec (B.2) and
 * the addenda (§1), and that the posterior standard deviation is {@code 1/sqrt(λ)} (SMPyBandits'
 * {@code Posterior/Gauss.py} passes {@code 1/N} as the standard deviation; we do not).
 *
 * <p>Rewards: any finite value. Draws use {@link NormalSampler} (the same on every JDK). The
 * propensity of a sampled selection is {@code NaN} (no closed form; {@link #probabilityOfBest()}
 * estimates it); the forced first plays of the flat prior have propensity 1.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K) with one normal draw
 * and one multiply-add per arm, update O(1); neither allocates beyond the returned selection.
 */
public final class GaussianThompsonSampling extends SampleMeanBandit {

  private final GaussianThompsonSpec spec;
  private final boolean flat;
  private final ArgMax argMax = new ArgMax();
  private double[] priorPrecision;
  private double[] priorWeightedMean;
  private double[] noisePrecision;
  private double[] posteriorMean;
  private double[] posteriorSd;
  private double[] theta;

  GaussianThompsonSampling(GaussianThompsonSpec spec, ArmSet arms) {
    super(spec, arms, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.spec = spec;
    this.flat = spec.flatPrior();
    initCaches();
  }

  GaussianThompsonSampling(GaussianThompsonSpec spec, PolicyState state) {
    super(spec, state, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.spec = spec;
    this.flat = spec.flatPrior();
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    if (flat) {
      int first = firstUnpulled();
      if (first >= 0) {
        return choose(first, 1.0);
      }
    }
    double[] values = theta;
    for (int i = 0; i < values.length; i++) {
      values[i] = draw(i, rng);
    }
    return choose(argMax.select(values, rng), Double.NaN);
  }

  private double draw(int i, RandomGenerator rng) {
    return posteriorMean[i] + posteriorSd[i] * NormalSampler.sample(rng);
  }

  @Override
  protected void resize(int armCount) {
    priorPrecision = new double[armCount];
    priorWeightedMean = new double[armCount];
    noisePrecision = new double[armCount];
    posteriorMean = new double[armCount];
    posteriorSd = new double[armCount];
    theta = new double[armCount];
    for (int i = 0; i < armCount; i++) {
      GaussianArmPrior prior = spec.priorOf(arms().get(i).id());
      priorPrecision[i] = flat ? 0.0 : 1.0 / prior.priorVariance();
      priorWeightedMean[i] = flat ? 0.0 : prior.priorMean() / prior.priorVariance();
      noisePrecision[i] = 1.0 / prior.noiseVariance();
    }
  }

  @Override
  protected void refresh(int arm) {
    double lambda = priorPrecision[arm] + pulls(arm) * noisePrecision[arm];
    if (lambda == 0.0) { // flat prior, no reward yet: improper, the arm is forced first
      posteriorMean[arm] = Double.NaN;
      posteriorSd[arm] = Double.POSITIVE_INFINITY;
      return;
    }
    double h = priorWeightedMean[arm] + sum(arm) * noisePrecision[arm];
    posteriorMean[arm] = h / lambda;
    posteriorSd[arm] = 1.0 / Math.sqrt(lambda);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Posterior mean {@code h/λ} and standard deviation {@code 1/sqrt(λ)}; under the flat prior an
   * arm without rewards has mean NaN and infinite uncertainty.
   */
  @Override
  protected ArmEstimate estimate(int arm) {
    return new ArmEstimate(arms().get(arm), pulls(arm), posteriorMean[arm], posteriorSd[arm]);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Monte Carlo: the fraction of {@code samples} joint posterior draws in which each arm has the
   * largest draw. Under the flat prior, while some arm has no reward, all mass is on the
   * lowest-numbered such arm (the arm the policy plays next). Reads the state, changes nothing.
   */
  @Override
  public Optional<ProbabilityOfBest> probabilityOfBest() {
    return Optional.of(
        (samples, rng) -> {
          int first = flat ? firstUnpulled() : -1;
          if (first < 0) {
            return PosteriorDraws.probabilityOfBest(this::draw, armCount(), samples, rng);
          }
          if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, was " + samples);
          }
          double[] weights = new double[armCount()];
          weights[first] = 1.0;
          return weights;
        });
  }
}
