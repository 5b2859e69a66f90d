/**
 * The regret-curve experiment runner behind {@code ./bandits}: experiment files, parallel
 * deterministic replications and {@code curves.csv}.
 */
package org.bandits4j.experiments;
