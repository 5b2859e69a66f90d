/**
 * Policies for adversarial bandits, whose rewards may be any table fixed before the run (an
 * oblivious adversary): EXP3 and EXP3-IX, exponential weights on importance-weighted loss
 * estimates, with exact propensities.
 *
 * <p>Their regret is measured against the best fixed arm in hindsight (the simulators' {@code
 * RegretKind.HINDSIGHT} on full-information environments). Their statistics do not merge exactly in
 * floating point and their guarantee assumes a fixed arm set, so they offer neither facet.
 */
package org.bandits4j.algorithms.adversarial;
