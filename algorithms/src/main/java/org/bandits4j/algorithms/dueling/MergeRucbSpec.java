package org.bandits4j.algorithms.dueling;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link MergeRucb}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"alpha": 1.01, "partitionSize": 4,
 * "failureProbability": 0.01}}.
 *
 * @param alpha exploration constant, finite and {@code > 1/2}
 * @param partitionSize the initial batch size {@code P >= 2} (the paper requires {@code P >= 4} for
 *     its bound; smaller values are allowed for experiments)
 * @param failureProbability {@code δ} in {@code (0, 1)}, which sets the time offset {@code C}
 */
public record MergeRucbSpec(double alpha, int partitionSize, double failureProbability)
    implements PolicySpec<MergeRucb> {

  /** Registry name. */
  public static final String NAME = "merge-rucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public MergeRucbSpec {
    RucbSpec.exploration("alpha", alpha);
    if (partitionSize < 2) {
      throw new IllegalArgumentException("partitionSize must be >= 2, was " + partitionSize);
    }
    Checks.inRange("failureProbability", failureProbability, Double.MIN_NORMAL, 1.0);
    if (failureProbability >= 1.0) {
      throw new IllegalArgumentException(
          "failureProbability must be < 1, was " + failureProbability);
    }
  }

  /** MergeRUCB with duelpy's defaults: {@code α = 1.01}, {@code P = 4}, {@code δ = 0.01}. */
  public static MergeRucbSpec defaults() {
    return new MergeRucbSpec(1.01, 4, 0.01);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public MergeRucb create(ArmSet arms) {
    return new MergeRucb(this, arms);
  }

  @Override
  public MergeRucb restore(PolicyState state) {
    return new MergeRucb(this, state);
  }
}
