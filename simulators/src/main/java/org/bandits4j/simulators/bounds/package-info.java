/**
 * Regret bounds as functions: the Lai–Robbins and minimax lower bounds and the published upper
 * bounds of each algorithm, for tests and for plots.
 */
package org.bandits4j.simulators.bounds;
