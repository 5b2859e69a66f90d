package org.bandits4j.algorithms.dueling;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Rucb}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"alpha": 0.51, "allowSelfDuel": true}}.
 *
 * @param alpha exploration constant in {@code u_ij = p_ij + sqrt(alpha ln t / n_ij)}, finite and
 *     {@code > 1/2} (the analysis needs {@code alpha > 1/2}; 0.51 is the papers' experimental
 *     value)
 * @param allowSelfDuel whether the challenger may be the champion itself (when no other arm's upper
 *     bound beats it), as in the original paper; {@code false} is duelpy's variant
 */
public record RucbSpec(double alpha, boolean allowSelfDuel) implements PolicySpec<Rucb> {

  /** Registry name. */
  public static final String NAME = "rucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public RucbSpec {
    exploration("alpha", alpha);
  }

  /** Requires a finite {@code alpha > 1/2}. */
  static double exploration(String name, double alpha) {
    Checks.finite(name, alpha);
    if (!(alpha > 0.5)) {
      throw new IllegalArgumentException(name + " must be > 0.5, was " + alpha);
    }
    return alpha;
  }

  /** RUCB as in the paper's experiments: {@code alpha = 0.51}, self-duels allowed. */
  public static RucbSpec defaults() {
    return new RucbSpec(0.51, true);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rucb create(ArmSet arms) {
    return new Rucb(this, arms);
  }

  @Override
  public Rucb restore(PolicyState state) {
    return new Rucb(this, state);
  }
}
