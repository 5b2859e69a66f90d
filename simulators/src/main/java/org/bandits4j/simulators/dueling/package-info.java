/**
 * Dueling simulators: preference matrices (Bradley–Terry, Thurstone, Plackett–Luce, Mallows, the
 * spec's standard instances, CSV), environments drawing duel outcomes with common random numbers
 * per pair of arms (from a matrix, or from noisy utilities), and the dueling regret meter (weak,
 * strong, Copeland regret and winner accuracy). The replication runner is {@link
 * org.bandits4j.simulators.run.DuelingReplicationRunner}.
 */
package org.bandits4j.simulators.dueling;
