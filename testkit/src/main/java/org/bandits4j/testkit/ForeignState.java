package org.bandits4j.testkit;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Policy;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/** A state of a policy no real spec knows, for checking that foreign states are rejected. */
final class ForeignState implements PolicyState {

  private static final PolicySpec<Policy> FOREIGN_SPEC =
      new PolicySpec<>() {
        @Override
        public String name() {
          return "testkit-foreign-policy";
        }

        @Override
        public Policy create(ArmSet arms) {
          throw new UnsupportedOperationException("foreign spec");
        }

        @Override
        public Policy restore(PolicyState state) {
          throw new UnsupportedOperationException("foreign spec");
        }
      };

  private final ArmSet arms;

  ForeignState(ArmSet arms) {
    this.arms = arms;
  }

  @Override
  public PolicySpec<?> spec() {
    return FOREIGN_SPEC;
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public long step() {
    return 0;
  }

  @Override
  public int version() {
    return 1;
  }
}
