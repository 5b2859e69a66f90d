package org.bandits4j.algorithms.linear;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linalg.RidgeOptions;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link LinUcb} (disjoint LinUCB).
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"dimension": 10, "alpha": 1.0, "lambda": 1.0,
 * "kernel": "SHERMAN_MORRISON", "switchGrowth": 0.0}}; omitted fields take the defaults of {@link
 * #defaults()} (set {@code dimension} to your feature count).
 *
 * @param dimension the feature dimension {@code d >= 1}
 * @param alpha the exploration multiplier {@code α}, finite and {@code >= 0} (0 is greedy ridge
 *     regression); Li et al. suggest {@code 1 + sqrt(ln(2/δ)/2)}, libraries default to 1
 * @param lambda the ridge {@code λ > 0} ({@code A_a = λI + Σ x xᵀ}; the paper uses 1)
 * @param kernel how the ridge models are kept (results agree to rounding)
 * @param switchGrowth lazy updates: 0 decides with the current models; {@code C > 0} decides with
 *     each model as of its last switch, switching when its determinant has grown by {@code 1 + C}
 */
public record LinUcbSpec(
    int dimension, double alpha, double lambda, RidgeKernel kernel, double switchGrowth)
    implements PolicySpec<LinUcb> {

  /** Registry name. */
  public static final String NAME = "linucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public LinUcbSpec {
    Checks.atLeastOne("dimension", dimension);
    Checks.nonNegative("alpha", alpha);
    Checks.positive("lambda", lambda);
    Checks.notNull("kernel", kernel);
    Checks.nonNegative("switchGrowth", switchGrowth);
  }

  /**
   * LinUCB with {@code d = 10}, {@code α = 1}, {@code λ = 1} (MABWiser's and TF-Agents' defaults).
   */
  public static LinUcbSpec defaults() {
    return of(10, 1.0);
  }

  /** LinUCB over {@code d} features with exploration {@code α}, {@code λ = 1}. */
  public static LinUcbSpec of(int dimension, double alpha) {
    return new LinUcbSpec(dimension, alpha, 1.0, RidgeKernel.SHERMAN_MORRISON, 0.0);
  }

  /** The same spec with another kernel. */
  public LinUcbSpec withKernel(RidgeKernel value) {
    return new LinUcbSpec(dimension, alpha, lambda, value, switchGrowth);
  }

  RidgeOptions options() {
    return new RidgeOptions(lambda, kernel, 0, switchGrowth);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LinUcb create(ArmSet arms) {
    return new LinUcb(this, arms);
  }

  @Override
  public LinUcb restore(PolicyState state) {
    return new LinUcb(this, state);
  }
}
