package org.bandits4j.algorithms.linear;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linalg.RidgeOptions;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link HybridLinUcb}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"thetaDimension": 6, "betaDimension": 6, "alpha":
 * 1.0, "lambda": 1.0, "kernel": "SHERMAN_MORRISON"}}.
 *
 * @param thetaDimension {@code d >= 0}: the dimension of the context's shared vector {@code x},
 *     whose coefficients {@code θ_a} are learned per arm
 * @param betaDimension {@code k >= 0}: the dimension of the context's per-arm rows {@code z_a},
 *     whose coefficients {@code β} are shared by all arms; {@code d + k >= 1}
 * @param alpha the exploration multiplier {@code α}, finite and {@code >= 0}
 * @param lambda the ridge {@code λ > 0} on every coefficient (the paper uses 1)
 * @param kernel how the per-arm models {@code A_a} are kept
 */
public record HybridLinUcbSpec(
    int thetaDimension, int betaDimension, double alpha, double lambda, RidgeKernel kernel)
    implements PolicySpec<HybridLinUcb> {

  /** Registry name. */
  public static final String NAME = "linucb-hybrid";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public HybridLinUcbSpec {
    if (thetaDimension < 0 || betaDimension < 0 || thetaDimension + betaDimension < 1) {
      throw new IllegalArgumentException(
          "thetaDimension and betaDimension must be >= 0 with a positive sum, were "
              + thetaDimension
              + " and "
              + betaDimension);
    }
    Checks.nonNegative("alpha", alpha);
    Checks.positive("lambda", lambda);
    Checks.notNull("kernel", kernel);
  }

  /**
   * Hybrid LinUCB with {@code d = k = 6} (the paper's experiment), {@code α = 1}, {@code λ = 1}.
   */
  public static HybridLinUcbSpec defaults() {
    return of(6, 6, 1.0);
  }

  /** Hybrid LinUCB with these dimensions and {@code α}, {@code λ = 1}. */
  public static HybridLinUcbSpec of(int thetaDimension, int betaDimension, double alpha) {
    return new HybridLinUcbSpec(
        thetaDimension, betaDimension, alpha, 1.0, RidgeKernel.SHERMAN_MORRISON);
  }

  RidgeOptions options() {
    return RidgeOptions.of(lambda, kernel);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public HybridLinUcb create(ArmSet arms) {
    return new HybridLinUcb(this, arms);
  }

  @Override
  public HybridLinUcb restore(PolicyState state) {
    return new HybridLinUcb(this, state);
  }
}
