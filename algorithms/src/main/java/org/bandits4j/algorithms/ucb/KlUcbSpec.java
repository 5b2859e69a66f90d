package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of KL-UCB ({@link KlUcb}): exploration level {@code L_t = ln t + c ln ln t}, so
 * the index of arm {@code i} is {@code sup{q >= mean_i : kl(mean_i, q) <= L_t / N_i}}.
 *
 * <p>Paper: A. Garivier and O. Cappé, "The KL-UCB algorithm for bounded stochastic bandits and
 * beyond", COLT 2011 (JMLR W&amp;CP 19), Theorem 1: with {@code c = 3} and rewards in {@code [0,
 * 1]}, for every {@code ε > 0}, {@code E[N_i(n)] <= (1 + ε) ln(n) / kl(μ_i, μ*) + C_1 ln ln n +
 * C_2(ε) / n^{β(ε)}}, so {@code limsup R_n / ln n <= sum_i Δ_i / kl(μ_i, μ*)}: the Lai–Robbins
 * constant for Bernoulli arms. §4 extends the algorithm and the result to one-parameter exponential
 * families (Poisson, exponential, Gaussian with known variance), each with its own divergence.
 * Checked: the index, the level {@code ln t + c ln ln t} and the theory value {@code c = 3} against
 * the paper's abstract and algorithm as restated in the spec (algorithms-mab.md §A.3) and
 * Lattimore–Szepesvári ch. 10; the paper's constants {@code C_1, C_2, β} were not read. The default
 * {@code c = 0} is the practical choice the paper's experiments and the spec's reference numbers
 * use. SMPyBandits' {@code c} multiplies {@code ln t} instead: a different knob.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"family": "BERNOULLI", "sigma": 1.0, "c": 0.0}};
 * omitted fields take the defaults of {@link #defaults()}.
 *
 * @param family the reward family and its divergence; rewards outside the family's range are
 *     rejected ({@code [0, 1]} for Bernoulli, {@code >= 0} for Poisson and exponential)
 * @param sigma the known reward standard deviation, finite and {@code > 0}; used by {@link
 *     KlFamily#GAUSSIAN} only
 * @param c the weight of {@code ln ln t} in the level, finite and {@code >= 0}
 */
public record KlUcbSpec(KlFamily family, double sigma, double c) implements PolicySpec<KlUcb> {

  /** Registry name. */
  public static final String NAME = "kl-ucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public KlUcbSpec {
    KlUcb.checkFamily(family, sigma);
    Checks.nonNegative("c", c);
  }

  /** Bernoulli KL-UCB with {@code c = 0}. */
  public static KlUcbSpec defaults() {
    return new KlUcbSpec(KlFamily.BERNOULLI, 1.0, 0.0);
  }

  /** KL-UCB for this family with {@code c = 0} (Gaussian: {@code σ = 1}). */
  public static KlUcbSpec of(KlFamily family) {
    return new KlUcbSpec(family, 1.0, 0.0);
  }

  private KlUcb.Settings settings() {
    return new KlUcb.Settings(family, sigma, KlUcb.Exploration.LOG_T, c, 0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public KlUcb create(ArmSet arms) {
    return new KlUcb(this, settings(), arms);
  }

  @Override
  public KlUcb restore(PolicyState state) {
    return new KlUcb(this, settings(), state);
  }
}
