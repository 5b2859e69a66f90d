/**
 * The bound-reproduction suite behind {@code ./bandits reproduce}: declarative reproduction files
 * (experiment, quick settings, pass criteria against named bounds), evaluation, and the pass/fail
 * table and report.
 */
package org.bandits4j.experiments.reproduce;
