package org.bandits4j.experiments.testing;

import org.bandits4j.algorithms.greedy.EpsilonGreedy;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * A test policy tuned to the horizon: ε-greedy with {@code ε = scale / log10(10 + horizon)}. It
 * needs at least two arms, so tests can also check the "cannot run on this environment" error.
 *
 * @param horizon the horizon, {@code >= 1}
 * @param scale the exploration scale in {@code [0, 1]}
 */
public record HorizonTunedSpec(long horizon, double scale) implements PolicySpec<EpsilonGreedy> {

  /** Registry name. */
  public static final String NAME = "horizon-tuned";

  /** Validates. */
  public HorizonTunedSpec {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
    }
    if (!(scale >= 0 && scale <= 1)) {
      throw new IllegalArgumentException("scale must be in [0, 1], was " + scale);
    }
  }

  private EpsilonGreedySpec inner() {
    return EpsilonGreedySpec.constant(scale / Math.log10(10.0 + horizon));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public EpsilonGreedy create(ArmSet arms) {
    if (arms.size() < 2) {
      throw new IllegalArgumentException("needs at least 2 arms, got " + arms.size());
    }
    return inner().create(arms);
  }

  @Override
  public EpsilonGreedy restore(PolicyState state) {
    return inner().restore(state);
  }
}
