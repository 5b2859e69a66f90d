/**
 * Experiment files (JSON or YAML): strict parsing that names the bad field before anything runs.
 */
package org.bandits4j.experiments.config;
