package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of KL-UCB++ ({@link KlUcb}), for a known horizon {@code n}: the index of arm
 * {@code i} is {@code sup{q >= mean_i : kl(mean_i, q) <= g(N_i) / N_i}} with
 *
 * <pre>{@code g(N) = ln⁺( y (1 + ln⁺(y)²) ),   y = n / (K N),   ln⁺(x) = max(ln x, 0)}</pre>
 *
 * so an arm stops exploring once it has {@code n/K} rewards.
 *
 * <p>Paper: P. Ménard and A. Garivier, "A minimax and asymptotically optimal algorithm for
 * stochastic bandits", ALT 2017 (PMLR 76; arXiv 1702.07211): for exponential families KL-UCB++ is
 * both asymptotically optimal ({@code limsup R_n / ln n <= sum_i Δ_i / kl(μ_i, μ*)}) and minimax
 * optimal ({@code R_n = O(sqrt(K n))}). Checked: the exploration function against SMPyBandits'
 * {@code klUCBPlusPlus.py} ("as defined in page 3 of the reference paper") and the two optimality
 * claims against the paper's abstract; the minimax constant (recalled as 76, see {@code
 * UpperBounds.klUcbPlusPlus}) was not read in the paper. Beyond the horizon the indices are those
 * of round {@code n}: the policy keeps working without a guarantee.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"family": "BERNOULLI", "sigma": 1.0, "horizon":
 * 10000}}; omitted fields take the defaults of {@link #defaults()}.
 *
 * @param family the reward family and its divergence
 * @param sigma the known reward standard deviation, finite and {@code > 0}; Gaussian family only
 * @param horizon the number of rounds {@code n}, {@code >= 1}
 */
public record KlUcbPlusPlusSpec(KlFamily family, double sigma, long horizon)
    implements PolicySpec<KlUcb> {

  /** Registry name. */
  public static final String NAME = "kl-ucb-plus-plus";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public KlUcbPlusPlusSpec {
    KlUcb.checkFamily(family, sigma);
    Checks.atLeastOne("horizon", horizon);
  }

  /** Bernoulli KL-UCB++ for a horizon of 10 000 rounds. */
  public static KlUcbPlusPlusSpec defaults() {
    return new KlUcbPlusPlusSpec(KlFamily.BERNOULLI, 1.0, 10_000);
  }

  /** Bernoulli KL-UCB++ for this horizon. */
  public static KlUcbPlusPlusSpec bernoulli(long horizon) {
    return new KlUcbPlusPlusSpec(KlFamily.BERNOULLI, 1.0, horizon);
  }

  private KlUcb.Settings settings() {
    return new KlUcb.Settings(family, sigma, KlUcb.Exploration.HORIZON, 0.0, horizon);
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
