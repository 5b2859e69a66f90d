package org.bandits4j.api;

/**
 * What a policy believes about one arm.
 *
 * <p>The meaning of {@code uncertainty} is the policy's own and documented by it: the exploration
 * bonus of an index policy, the posterior standard deviation of a Bayesian one. For an arm the
 * policy knows nothing about and has no prior for, the mean is NaN and the uncertainty infinite. A
 * policy with no notion of uncertainty (ε-greedy) reports NaN.
 *
 * @param arm the arm
 * @param pulls number of rewards learned for this arm, {@code >= 0}
 * @param mean the estimated mean reward (NaN if unknown)
 * @param uncertainty the policy's uncertainty about the mean, {@code >= 0}, possibly infinite, or
 *     NaN where the policy has none
 */
public record ArmEstimate(Arm arm, long pulls, double mean, double uncertainty) {}
