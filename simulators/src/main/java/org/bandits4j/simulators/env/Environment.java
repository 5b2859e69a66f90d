package org.bandits4j.simulators.env;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A context-free bandit environment: an immutable description of arms and their reward laws.
 *
 * <p>{@link #start(RandomStream)} begins one replication and returns its {@link RewardProcess},
 * which holds that replication's random state. Implementations draw each arm's rewards from its own
 * child stream, so the {@code n}-th reward of an arm is the same whichever policy is run and
 * whatever it played before: policies compared on one seed see common random numbers.
 *
 * <p>Thread safety: implementations are immutable; reward processes are single-threaded.
 */
public interface Environment {

  /** The arms, in order; policies under test are created over this set. */
  ArmSet arms();

  /** Starts one replication whose draws all come from {@code stream}. */
  RewardProcess start(RandomStream stream);
}
