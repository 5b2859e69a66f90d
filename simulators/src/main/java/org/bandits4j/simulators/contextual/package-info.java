/**
 * Contextual environments (linear, logistic, fixed arm sets, replay of logged data), the contextual
 * regret meter and the contextual replication runner.
 *
 * <p>Every environment draws one replication from a {@link
 * org.bandits4j.simulators.random.RandomStream}: its parameters, its contexts (the same sequence
 * for every policy run with the same seed) and per-arm reward noise (the {@code n}-th reward of an
 * arm is the same whichever policy runs: common random numbers).
 */
package org.bandits4j.simulators.contextual;
