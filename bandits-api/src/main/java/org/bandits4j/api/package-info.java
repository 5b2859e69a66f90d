/**
 * The Bandits4J core API: arms, contexts, selections, feedback, policies, their specifications and
 * states, and regret definitions.
 *
 * <p>The API is small and grows through optional facets ({@link org.bandits4j.api.Estimates},
 * {@link org.bandits4j.api.ArmEditor}, {@link org.bandits4j.api.Merger}, {@link
 * org.bandits4j.api.ProbabilityOfBest}) rather than new abstract methods. It has no runtime
 * dependencies. Randomness is always a parameter ({@link java.util.random.RandomGenerator});
 * policies own no random generator, read no clock and print nothing.
 *
 * <p>Errors at the boundary are unchecked JDK exceptions ({@link IllegalArgumentException}, {@link
 * IllegalStateException}) whose message names the parameter and the value; a rejected call leaves
 * the policy unchanged.
 */
package org.bandits4j.api;
