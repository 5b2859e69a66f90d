package org.bandits4j.api;

/**
 * What a policy believes about one arm.
 *
 * <p>The meaning of {@code uncertainty} is the policy's own and documented by it: the exploration
 * bonus of an index policy, the posterior standard deviation of a Bayesian one. Both are NaN for an
 * arm the policy knows nothing about when it has no prior.
 *
 * @param arm the arm
 * @param pulls number of rewards learned for this arm, {@code >= 0}
 * @param mean the estimated mean reward (NaN if unknown)
 * @param uncertainty the policy's uncertainty about the mean, {@code >= 0} (NaN if unknown)
 */
public record ArmEstimate(Arm arm, long pulls, double mean, double uncertainty) {}
