package org.bandits4j.algorithms.thompson;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.ProbabilityOfBest;
import org.bandits4j.api.Selection;

/**
 * Beta–Bernoulli Thompson sampling: each round, draw {@code θ_i ~ Beta(α_i, β_i)} for every arm and
 * play the arm with the largest draw, where
 *
 * <pre>{@code α_i = a_0 + S_i,   β_i = b_0 + N_i - S_i}</pre>
 *
 * with {@code N_i} the rewards learned for arm {@code i} and {@code S_i} their sum.
 *
 * <p>Rewards must lie in {@code [0, 1]}. A reward {@code x} strictly between 0 and 1 is a
 * fractional pseudo-count ({@code α += x, β += 1 - x}), the deterministic form of the Bernoulli
 * trick of Agrawal and Goyal; it keeps {@code update} free of randomness. For 0/1 rewards this is
 * the exact Beta posterior.
 *
 * <p>Paper: W. R. Thompson (1933); analysis by S. Agrawal and N. Goyal, "Further optimal regret
 * bounds for Thompson sampling", AISTATS 2013: for every ε in (0, 1], {@code E[R_n] <= (1 + ε)
 * sum_{Δ_i > 0} Δ_i ln n / kl(μ_i, μ*) + O(K / ε²)}, and E. Kaufmann, N. Korda, R. Munos, "Thompson
 * sampling: an asymptotically optimal finite-time analysis", ALT 2012 (it attains the Lai–Robbins
 * constant). Checked against the spec's restatement and SMPyBandits' {@code Posterior/Beta.py}.
 *
 * <p>There is no initialisation phase (the prior covers untried arms). Beta draws are {@code X/(X +
 * Y)} with Gamma variates from {@link GammaTable}. The propensity of a selection is {@code NaN}: it
 * has no closed form; {@link #probabilityOfBest()} estimates it by Monte Carlo.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K) with two Gamma draws
 * per arm, update O(1); neither allocates beyond the returned selection.
 */
public final class BetaThompsonSampling extends SampleMeanBandit {

  private final double priorAlpha;
  private final double priorBeta;
  private final ArgMax argMax = new ArgMax();
  private GammaTable alpha;
  private GammaTable beta;
  private double[] scratch;

  BetaThompsonSampling(BetaThompsonSpec spec, ArmSet arms) {
    super(spec, arms, 0.0, 1.0);
    this.priorAlpha = spec.priorAlpha();
    this.priorBeta = spec.priorBeta();
    initCaches();
  }

  BetaThompsonSampling(BetaThompsonSpec spec, PolicyState state) {
    super(spec, state, 0.0, 1.0);
    this.priorAlpha = spec.priorAlpha();
    this.priorBeta = spec.priorBeta();
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    double[] theta = scratch;
    for (int i = 0; i < theta.length; i++) {
      theta[i] = draw(i, rng);
    }
    return choose(argMax.select(theta, rng), Double.NaN);
  }

  private double draw(int i, RandomGenerator rng) {
    double x = alpha.sample(i, rng);
    double y = beta.sample(i, rng);
    return GammaTable.beta(x, y, alpha.shape(i), beta.shape(i), rng);
  }

  @Override
  protected void resize(int armCount) {
    alpha = new GammaTable(armCount);
    beta = new GammaTable(armCount);
    scratch = new double[armCount];
  }

  @Override
  protected void refresh(int arm) {
    double s = sum(arm);
    alpha.set(arm, priorAlpha + s);
    beta.set(arm, priorBeta + (pulls(arm) - s));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Mean and standard deviation of the Beta posterior: {@code α/(α+β)} and {@code sqrt(αβ /
   * ((α+β)² (α+β+1)))}.
   */
  @Override
  protected ArmEstimate estimate(int arm) {
    double a = alpha.shape(arm);
    double b = beta.shape(arm);
    double n = a + b;
    return new ArmEstimate(
        arms().get(arm), pulls(arm), a / n, Math.sqrt(a * b / (n * n * (n + 1.0))));
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
