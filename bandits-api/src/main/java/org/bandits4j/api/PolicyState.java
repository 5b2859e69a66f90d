package org.bandits4j.api;

/**
 * A complete, immutable, versioned snapshot of a policy's learned state.
 *
 * <p>It holds everything needed to continue in lockstep with the original (the spec, the arms, the
 * decision counter and the sufficient statistics) and no random-generator state: randomness always
 * comes from the caller. States have value semantics ({@code equals} compares contents). Their JSON
 * form is documented and versioned by the algorithms module's state codec; old versions stay
 * readable.
 */
public interface PolicyState {

  /** The spec of the policy that produced this state. */
  PolicySpec<?> spec();

  /** The arms, in the policy's order, at the time of the snapshot. */
  ArmSet arms();

  /** The policy's decision counter at the time of the snapshot. */
  long step();

  /** The schema version of this state's layout; increases when the layout changes. */
  int version();

  /** The policy's registry name, that of its spec. */
  default String policy() {
    return spec().name();
  }
}
