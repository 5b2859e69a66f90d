package org.bandits4j.experiments.reproduce;

/**
 * The outcome of one criterion on one environment.
 *
 * @param reproduction the reproduction's name
 * @param algorithm the algorithm
 * @param setting the environment label
 * @param policy the policy label
 * @param statistic what was measured
 * @param value the measured value (with its margin)
 * @param bound what it was compared with, with the bound's value
 * @param pass whether the criterion holds
 */
public record Verdict(
    String reproduction,
    String algorithm,
    String setting,
    String policy,
    String statistic,
    String value,
    String bound,
    boolean pass) {}
