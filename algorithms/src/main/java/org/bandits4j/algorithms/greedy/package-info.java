/**
 * Exploration baselines built on greedy choice: ε-greedy with constant or decaying rates, with
 * exact propensities.
 */
package org.bandits4j.algorithms.greedy;
