package org.bandits4j.algorithms.heavytail;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link RobustUcb}: the estimator, the moment order and its bound.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"estimator": "MEDIAN_OF_MEANS", "epsilon": 0.5,
 * "momentBound": 1.0, "evaluation": "EXACT"}}; omitted fields take the defaults of {@link
 * #defaults()}.
 *
 * <p>No default is safe for every reward law: the guarantee holds only if the moment bound truly
 * holds. The defaults ({@code TRUNCATED_MEAN}, {@code ε = 1}, {@code u = 1}) are valid for rewards
 * in {@code [-1, 1]}.
 *
 * @param estimator the robust mean estimator, not null
 * @param epsilon the moment order is {@code 1 + ε}, {@code ε} in {@code (0, 1]}; must be 1 for
 *     {@link RobustEstimator#CATONI}
 * @param momentBound the bound: the raw moment {@code u >= E|X|^{1+ε}} for {@link
 *     RobustEstimator#TRUNCATED_MEAN}, the central moment {@code v >= E|X - μ|^{1+ε}} for the
 *     others; finite and {@code > 0}; it must hold for every arm
 * @param evaluation {@link Evaluation#EXACT}, or {@link Evaluation#DOUBLING} (an approximation,
 *     {@link RobustEstimator#CATONI} only); not null
 */
public record RobustUcbSpec(
    RobustEstimator estimator, double epsilon, double momentBound, Evaluation evaluation)
    implements PolicySpec<RobustUcb> {

  /** Registry name. */
  public static final String NAME = "robust-ucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public RobustUcbSpec {
    Checks.notNull("estimator", estimator);
    Checks.notNull("evaluation", evaluation);
    if (!(epsilon > 0.0 && epsilon <= 1.0)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1], was " + epsilon);
    }
    Checks.positive("momentBound", momentBound);
    if (estimator == RobustEstimator.CATONI && epsilon != 1.0) {
      throw new IllegalArgumentException(
          "epsilon must be 1 for the CATONI estimator (it needs a variance bound), was " + epsilon);
    }
    if (evaluation == Evaluation.DOUBLING && estimator != RobustEstimator.CATONI) {
      throw new IllegalArgumentException(
          "evaluation DOUBLING applies to the CATONI estimator only (the others are exact at the"
              + " same cost), was requested for "
              + estimator);
    }
  }

  /** The truncated mean with {@code ε = 1}, {@code u = 1}: valid for rewards in {@code [-1, 1]}. */
  public static RobustUcbSpec defaults() {
    return truncatedMean(1.0, 1.0);
  }

  /** Robust UCB with the truncated mean, {@code E|X|^{1+ε} <= u}. */
  public static RobustUcbSpec truncatedMean(double epsilon, double u) {
    return new RobustUcbSpec(RobustEstimator.TRUNCATED_MEAN, epsilon, u, Evaluation.EXACT);
  }

  /** Robust UCB with the median of means, {@code E|X - μ|^{1+ε} <= v}. */
  public static RobustUcbSpec medianOfMeans(double epsilon, double v) {
    return new RobustUcbSpec(RobustEstimator.MEDIAN_OF_MEANS, epsilon, v, Evaluation.EXACT);
  }

  /** Robust UCB with Catoni's M-estimator, variance at most {@code v}, exact evaluation. */
  public static RobustUcbSpec catoni(double v) {
    return new RobustUcbSpec(RobustEstimator.CATONI, 1.0, v, Evaluation.EXACT);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public RobustUcb create(ArmSet arms) {
    return new RobustUcb(this, arms);
  }

  @Override
  public RobustUcb restore(PolicyState state) {
    return new RobustUcb(this, state);
  }
}
