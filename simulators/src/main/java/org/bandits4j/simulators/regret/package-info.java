/**
 * Regret meters (pseudo and realised regret at checkpoint rounds), checkpoint grids and summary
 * statistics across replications.
 */
package org.bandits4j.simulators.regret;
