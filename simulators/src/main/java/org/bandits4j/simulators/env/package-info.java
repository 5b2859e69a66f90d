/**
 * Context-free environments: Bernoulli, Gaussian, Poisson and exponential arms with per-arm common
 * random numbers; piecewise-stationary Bernoulli arms ({@link
 * org.bandits4j.simulators.env.MeanSchedule}); oblivious adversaries whose reward tables are fixed
 * before the run, drawn per replication or read from CSV or raw binary, with full information for
 * the regret against the best fixed arm.
 */
package org.bandits4j.simulators.env;
