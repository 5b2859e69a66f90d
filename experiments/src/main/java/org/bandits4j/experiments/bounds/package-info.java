/**
 * Theoretical regret curves keyed by name, policy and reward family, instantiated from the
 * simulators' bounds for plots and reproduction criteria.
 */
package org.bandits4j.experiments.bounds;
