package org.bandits4j.algorithms.adversarial;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of EXP3 ({@link Exp3} with {@code γ = 0}) for rewards in {@code [0, 1]}.
 *
 * <p>Paper: P. Auer, N. Cesa-Bianchi, Y. Freund, R. E. Schapire, "The nonstochastic multiarmed
 * bandit problem", SIAM J. Computing 32(1), 2002; implemented in the form of T. Lattimore and C.
 * Szepesvári, "Bandit Algorithms" (2020), Algorithm 9 (no uniform mixing). Their Theorem 11.1: with
 * {@code η = sqrt(ln K / (n K))}, every reward table {@code x ∈ [0,1]^{n×K}} fixed in advance has
 * expected regret against the best fixed arm {@code R_n <= 2 sqrt(n K ln K)}; Theorem 11.2: with
 * {@code η = sqrt(2 ln K / (n K))}, {@code R_n <= sqrt(2 n K ln K)}. Both follow from {@code R_n <=
 * ln K / η + η n K / 2} (the proof of Theorem 11.2), which holds for every {@code η > 0} and is
 * {@code UpperBounds.exp3}. Checked against the book's pages (algorithm, Theorems 11.1 and 11.2 and
 * their proofs). Correction to the spec (algorithms-mab.md §G.4): it attributes the pair {@code η =
 * sqrt(ln K/(nK))}, {@code 2 sqrt(nK ln K)} to Theorem 11.2; it is Theorem 11.1. The default tuning
 * here is the spec's (Theorem 11.1).
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"horizon": 10000, "learningRate": 0.0}}; omitted
 * fields take the defaults of {@link #defaults()}.
 *
 * @param horizon the number of rounds {@code n} the learning rate is tuned for, {@code >= 1}
 * @param learningRate {@code η}, finite and {@code >= 0}; 0 means "tune from the horizon": {@code η
 *     = sqrt(ln K / (n K))} for the {@code K} arms the policy is created with
 */
public record Exp3Spec(long horizon, double learningRate) implements PolicySpec<Exp3> {

  /** Registry name. */
  public static final String NAME = "exp3";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public Exp3Spec {
    Checks.atLeastOne("horizon", horizon);
    Checks.nonNegative("learningRate", learningRate);
  }

  /** Tuned for 10 000 rounds. */
  public static Exp3Spec defaults() {
    return new Exp3Spec(10_000, 0.0);
  }

  /** Tuned for {@code horizon} rounds (Theorem 11.1). */
  public static Exp3Spec forHorizon(long horizon) {
    return new Exp3Spec(horizon, 0.0);
  }

  /** The learning rate for {@code k} arms. */
  public double learningRate(int k) {
    return learningRate > 0.0 ? learningRate : Math.sqrt(Math.log(k) / ((double) horizon * k));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Exp3 create(ArmSet arms) {
    return new Exp3(this, learningRate(arms.size()), 0.0, arms);
  }

  @Override
  public Exp3 restore(PolicyState state) {
    Checks.notNull("state", state);
    return new Exp3(this, learningRate(state.arms().size()), 0.0, state);
  }
}
