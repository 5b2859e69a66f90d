package org.bandits4j.algorithms.adversarial;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of EXP3-IX ({@link Exp3} with implicit exploration {@code γ > 0}) for rewards in
 * {@code [0, 1]}.
 *
 * <p>Paper: G. Neu, "Explore no more: improved high-probability regret bounds for non-stochastic
 * bandits", NeurIPS 2015; in the form of Lattimore and Szepesvári (2020), ch. 12 (Theorem 12.1):
 * with {@code η = sqrt(2 ln(K+1) / (n K))} and {@code γ = η/2}, for every {@code δ ∈ (0, 1)}, with
 * probability at least {@code 1 - δ} the realised regret against the best fixed arm in hindsight is
 * {@code R̂_n <= 2 sqrt(2 n K ln(K+1)) + (sqrt(n K / (2 ln(K+1))) + 1) ln(1/δ)} ({@code
 * UpperBounds.exp3Ix}). Checked: the estimator {@code (1 - x)/(P + γ)} and the update against the
 * spec (algorithms-mab.md §G.5) and the book's ch. 12 exercises; the theorem's statement itself is
 * as the spec recalls it (the page was not found), so treat its constants as recalled.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"horizon": 10000, "learningRate": 0.0,
 * "gammaRatio": 0.5}}; omitted fields take the defaults of {@link #defaults()}.
 *
 * @param horizon the number of rounds {@code n} the learning rate is tuned for, {@code >= 1}
 * @param learningRate {@code η}, finite and {@code >= 0}; 0 means "tune from the horizon": {@code η
 *     = sqrt(2 ln(K+1) / (n K))}
 * @param gammaRatio {@code γ / η}, finite and {@code >= 0} (0 turns EXP3-IX into EXP3 with this
 *     learning rate); 1/2 is the book's tuning
 */
public record Exp3IxSpec(long horizon, double learningRate, double gammaRatio)
    implements PolicySpec<Exp3> {

  /** Registry name. */
  public static final String NAME = "exp3-ix";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public Exp3IxSpec {
    Checks.atLeastOne("horizon", horizon);
    Checks.nonNegative("learningRate", learningRate);
    Checks.nonNegative("gammaRatio", gammaRatio);
  }

  /** Tuned for 10 000 rounds, {@code γ = η/2}. */
  public static Exp3IxSpec defaults() {
    return new Exp3IxSpec(10_000, 0.0, 0.5);
  }

  /** Tuned for {@code horizon} rounds (Theorem 12.1), {@code γ = η/2}. */
  public static Exp3IxSpec forHorizon(long horizon) {
    return new Exp3IxSpec(horizon, 0.0, 0.5);
  }

  /** The learning rate for {@code k} arms. */
  public double learningRate(int k) {
    return learningRate > 0.0
        ? learningRate
        : Math.sqrt(2.0 * Math.log(k + 1.0) / ((double) horizon * k));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Exp3 create(ArmSet arms) {
    double eta = learningRate(arms.size());
    return new Exp3(this, eta, gammaRatio * eta, arms);
  }

  @Override
  public Exp3 restore(PolicyState state) {
    Checks.notNull("state", state);
    double eta = learningRate(state.arms().size());
    return new Exp3(this, eta, gammaRatio * eta, state);
  }
}
