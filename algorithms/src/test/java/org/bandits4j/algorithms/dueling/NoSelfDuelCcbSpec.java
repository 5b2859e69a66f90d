package org.bandits4j.algorithms.dueling;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * CCB with duelpy's opponent rule ({@code d != c}), for the power check of the regret test: a
 * confirmed Copeland winner keeps dueling arms it is known to beat.
 */
record NoSelfDuelCcbSpec(double alpha) implements PolicySpec<CopelandConfidenceBound> {

  @Override
  public String name() {
    return CopelandConfidenceBoundSpec.NAME;
  }

  @Override
  public CopelandConfidenceBound create(ArmSet arms) {
    return new CopelandConfidenceBound(new CopelandConfidenceBoundSpec(alpha), arms, false);
  }

  @Override
  public CopelandConfidenceBound restore(PolicyState state) {
    throw new UnsupportedOperationException("test-only policy");
  }
}
