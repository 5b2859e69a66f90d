package org.bandits4j.api;

import java.util.List;

/**
 * Facet: per-arm estimates of a policy.
 *
 * <p>Thread safety: as the policy it belongs to.
 */
public interface Estimates {

  /** One estimate per arm, in arm-set order. */
  List<ArmEstimate> all();

  /**
   * The estimate of one arm.
   *
   * @throws IllegalArgumentException if the arm is not in the policy's arm set
   */
  ArmEstimate of(Arm arm);
}
