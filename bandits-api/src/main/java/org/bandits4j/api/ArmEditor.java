package org.bandits4j.api;

/**
 * Facet: adds and removes arms of a running policy.
 *
 * <p>A new arm starts with the policy's prior (or its forced exploration); the statistics of the
 * other arms are kept. After a removal, selections of the removed arm are rejected by {@code
 * update}, and selections of other arms made earlier are still accepted (resolved by id).
 *
 * <p>Thread safety: as the policy it belongs to.
 */
public interface ArmEditor {

  /**
   * Appends a new arm.
   *
   * @throws IllegalArgumentException if the id is blank or already present
   */
  void addArm(String id);

  /**
   * Removes an arm and forgets what was learned about it.
   *
   * @throws IllegalArgumentException if the id is unknown or it is the last arm
   */
  void removeArm(String id);
}
