/**
 * Allocation-free random variates (Gamma, Beta) drawn from a caller's {@link
 * java.util.random.RandomGenerator}, shared by the Thompson-sampling family.
 */
package org.bandits4j.algorithms.sampling;
