/**
 * Running an experiment: the plan of runs, parallel deterministic replications, and the store of
 * finished replications that lets an interrupted run resume.
 */
package org.bandits4j.experiments.run;
