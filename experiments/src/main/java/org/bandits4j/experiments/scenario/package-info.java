/**
 * The runner's extension point: environment types parse their parameters into scenarios that run
 * replications of a policy spec; context-free Bernoulli, Gaussian and table bandits are built in.
 */
package org.bandits4j.experiments.scenario;
