package org.bandits4j.simulators.dueling;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A dueling environment: arms, the preference matrix that governs their duels (the oracle the
 * regret meters use), and the random duel outcomes of one replication.
 *
 * <p>{@link #start(RandomStream)} begins one replication. Implementations draw the outcomes of each
 * unordered pair of arms from that pair's own stream, so the {@code n}-th duel between two arms has
 * the same outcome whichever policy is run and whatever it dueled before (common random numbers).
 *
 * <p>Thread safety: implementations are immutable; processes are single-threaded.
 */
public interface DuelingEnvironment {

  /** The arms; policies under test are created over this set. */
  default ArmSet arms() {
    return preferences().arms();
  }

  /** The expected preferences: {@code P[i][j]} = probability that {@code i} beats {@code j}. */
  PreferenceMatrix preferences();

  /** Starts one replication whose draws all come from {@code stream}. */
  DuelProcess start(RandomStream stream);
}
