package org.bandits4j.algorithms.dueling;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link BeatTheMean}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"horizon": 100000, "gamma": 1.0}}.
 *
 * @param horizon the horizon {@code T >= 1} that sets the confidence {@code δ = 1/(2 T K)}
 * @param gamma the relaxed stochastic transitivity constant {@code γ >= 1} (1 under strong
 *     stochastic transitivity); the radius is {@code 3 γ^2 sqrt(ln(1/δ) / n*)}
 */
public record BeatTheMeanSpec(long horizon, double gamma) implements PolicySpec<BeatTheMean> {

  /** Registry name. */
  public static final String NAME = "beat-the-mean";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public BeatTheMeanSpec {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
    }
    Checks.finite("gamma", gamma);
    if (!(gamma >= 1.0)) {
      throw new IllegalArgumentException("gamma must be >= 1, was " + gamma);
    }
  }

  /** BTM for {@code T = 10^5} and {@code γ = 1}. */
  public static BeatTheMeanSpec defaults() {
    return new BeatTheMeanSpec(100_000, 1.0);
  }

  /** BTM for horizon {@code T} and {@code γ = 1}. */
  public static BeatTheMeanSpec forHorizon(long horizon) {
    return new BeatTheMeanSpec(horizon, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public BeatTheMean create(ArmSet arms) {
    return new BeatTheMean(this, arms);
  }

  @Override
  public BeatTheMean restore(PolicyState state) {
    return new BeatTheMean(this, state);
  }
}
