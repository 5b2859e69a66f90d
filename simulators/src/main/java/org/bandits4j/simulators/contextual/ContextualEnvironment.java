package org.bandits4j.simulators.contextual;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A contextual bandit environment: an immutable description of arms, contexts and reward laws.
 * {@link #start(RandomStream)} begins one replication.
 *
 * <p>Thread safety: implementations are immutable; processes are single-threaded.
 */
public interface ContextualEnvironment {

  /** The arms, in order; policies under test are created over this set. */
  ArmSet arms();

  /** Starts one replication whose draws all come from {@code stream}. */
  ContextualProcess start(RandomStream stream);
}
