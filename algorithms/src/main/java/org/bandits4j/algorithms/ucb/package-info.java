/**
 * Upper-confidence-bound index policies for stochastic bandits: UCB1 and its relatives.
 *
 * <p>Each policy plays every arm once, then the arm with the largest optimistic index; ties are
 * broken uniformly at random with the caller's generator.
 */
package org.bandits4j.algorithms.ucb;
