package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of KL-UCB+ ({@link KlUcb}): the index of arm {@code i} is {@code sup{q >= mean_i
 * : kl(mean_i, q) <= (ln(t / N_i) + c ln ln t) / N_i}}; dividing {@code t} by the arm's count
 * explores well-sampled arms less than KL-UCB does.
 *
 * <p>Papers: the variant appears in the experiments of A. Garivier and O. Cappé, COLT 2011, and of
 * O. Cappé, A. Garivier, O.-A. Maillard, R. Munos, G. Stoltz, "Kullback–Leibler upper confidence
 * bounds for optimal sequential allocation", Annals of Statistics 41(3), 2013; E. Kaufmann, "On
 * Bayesian index policies for sequential resource allocation", Annals of Statistics 46(2), 2018,
 * proves it asymptotically optimal ({@code limsup R_n / ln n <= sum_i Δ_i / kl(μ_i, μ*)}, the
 * Lai–Robbins constant), as does J. Honda, "A note on KL-UCB+ policy for the stochastic bandit"
 * (arXiv 1903.07839) for the original form. No finite-time constant is published in a form we could
 * check. Checked: the exploration function {@code ln(t / N_i)} against SMPyBandits' {@code
 * klUCBPlus.py} (its {@code c} multiplies the whole level; ours adds {@code c ln ln t}, default 0,
 * which makes the two identical) and Kaufmann's abstract; the papers' bodies were not read.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"family": "BERNOULLI", "sigma": 1.0, "c": 0.0}};
 * omitted fields take the defaults of {@link #defaults()}.
 *
 * @param family the reward family and its divergence
 * @param sigma the known reward standard deviation, finite and {@code > 0}; Gaussian family only
 * @param c the weight of {@code ln ln t} in the level, finite and {@code >= 0}
 */
public record KlUcbPlusSpec(KlFamily family, double sigma, double c) implements PolicySpec<KlUcb> {

  /** Registry name. */
  public static final String NAME = "kl-ucb-plus";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public KlUcbPlusSpec {
    KlUcb.checkFamily(family, sigma);
    Checks.nonNegative("c", c);
  }

  /** Bernoulli KL-UCB+ with {@code c = 0}. */
  public static KlUcbPlusSpec defaults() {
    return new KlUcbPlusSpec(KlFamily.BERNOULLI, 1.0, 0.0);
  }

  private KlUcb.Settings settings() {
    return new KlUcb.Settings(family, sigma, KlUcb.Exploration.LOG_T_OVER_N, c, 0);
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
