/**
 * Bandits with heavy-tailed rewards: index policies built on robust estimators of the mean (the
 * truncated empirical mean, the median of means, Catoni's M-estimator) for rewards whose moment of
 * order {@code 1 + ε} is bounded, after Bubeck, Cesa-Bianchi and Lugosi (2013).
 */
package org.bandits4j.algorithms.heavytail;
