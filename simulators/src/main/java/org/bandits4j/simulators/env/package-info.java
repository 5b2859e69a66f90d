/**
 * Context-free environments: Bernoulli and Gaussian arms with per-arm common random numbers, and
 * tables of pre-generated rewards read from CSV or raw binary.
 */
package org.bandits4j.simulators.env;
