/**
 * Thompson sampling: draw a plausible mean for every arm from its posterior and play the best draw.
 * Propensities are NaN (no closed form); the probability-of-best facet estimates them.
 */
package org.bandits4j.algorithms.thompson;
