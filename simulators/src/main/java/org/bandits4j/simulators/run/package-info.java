/**
 * The replication runner: independent, parallel replications with one split random stream each, so
 * results are identical for any number of threads.
 */
package org.bandits4j.simulators.run;
