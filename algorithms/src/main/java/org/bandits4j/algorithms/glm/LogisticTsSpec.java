package org.bandits4j.algorithms.glm;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link LogisticTs}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"dimension": 5, "lambda": 1.0, "scale": 1.0}}.
 *
 * @param dimension the feature dimension {@code d >= 1}
 * @param lambda the prior precision {@code λ > 0} of {@code θ ~ N(0, λ⁻¹ I)}
 * @param scale {@code a > 0}: samples are drawn from {@code N(θ̂, a² H⁻¹)} (1 is the Laplace
 *     posterior; larger values explore more)
 */
public record LogisticTsSpec(int dimension, double lambda, double scale)
    implements PolicySpec<LogisticTs> {

  /** Registry name. */
  public static final String NAME = "logistic-ts";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public LogisticTsSpec {
    Checks.atLeastOne("dimension", dimension);
    Checks.positive("lambda", lambda);
    Checks.positive("scale", scale);
  }

  /** Laplace Thompson sampling with {@code d = 5}, {@code λ = 1}, {@code a = 1}. */
  public static LogisticTsSpec defaults() {
    return of(5);
  }

  /** Laplace Thompson sampling over {@code d} features, {@code λ = 1}, {@code a = 1}. */
  public static LogisticTsSpec of(int dimension) {
    return new LogisticTsSpec(dimension, 1.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LogisticTs create(ArmSet arms) {
    return new LogisticTs(this, arms);
  }

  @Override
  public LogisticTs restore(PolicyState state) {
    return new LogisticTs(this, state);
  }
}
