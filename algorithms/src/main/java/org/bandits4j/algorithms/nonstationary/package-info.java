/**
 * Policies for piecewise-stationary bandits, whose arm means change at unknown times:
 * sliding-window and discounted UCB, discounted Thompson sampling. They forget old rewards, by a
 * window or by geometric discounting applied once per learned reward.
 *
 * <p>Their statistics neither merge exactly nor survive arm edits, so they offer neither facet.
 * Dynamic regret {@code sum_t (μ*_t - μ_{t, A_t})} is the pseudo-regret of a non-stationary
 * environment (see the simulators' {@code PiecewiseBernoulliEnvironment}).
 */
package org.bandits4j.algorithms.nonstationary;
