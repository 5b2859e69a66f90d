package org.bandits4j.experiments.scenario;

import java.util.Arrays;

/**
 * The reward laws of a stochastic bandit, as the theoretical bounds need them.
 *
 * @param family {@code "bernoulli"}, {@code "gaussian"} or {@code "bounded"} (any law on {@code
 *     [rewardMin, rewardMax]})
 * @param means per-arm means
 * @param sigmas per-arm standard deviations (Gaussian), else empty
 * @param rewardMin lower end of the reward range ({@code -inf} if unbounded)
 * @param rewardMax upper end of the reward range ({@code +inf} if unbounded)
 */
@SuppressWarnings("ArrayRecordComponent") // defensive copies in the constructor and accessor
public record ArmModel(
    String family, double[] means, double[] sigmas, double rewardMin, double rewardMax) {

  /** Copies the arrays. */
  public ArmModel {
    means = means.clone();
    sigmas = sigmas.clone();
  }

  /** Bernoulli arms with these means. */
  public static ArmModel bernoulli(double[] means) {
    return new ArmModel("bernoulli", means, new double[0], 0.0, 1.0);
  }

  /** Gaussian arms. */
  public static ArmModel gaussian(double[] means, double[] sigmas) {
    return new ArmModel(
        "gaussian", means, sigmas, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** Arms with these means and rewards in {@code [min, max]}. */
  public static ArmModel bounded(double[] means, double min, double max) {
    return new ArmModel("bounded", means, new double[0], min, max);
  }

  @Override
  public double[] means() {
    return means.clone();
  }

  @Override
  public double[] sigmas() {
    return sigmas.clone();
  }

  /** Number of arms. */
  public int arms() {
    return means.length;
  }

  /** Whether every reward lies in {@code [0, 1]}. */
  public boolean inUnitInterval() {
    return rewardMin >= 0.0 && rewardMax <= 1.0;
  }

  /** The common standard deviation of Gaussian arms, or NaN if they differ or are not Gaussian. */
  public double commonSigma() {
    if (!family.equals("gaussian") || sigmas.length == 0) {
      return Double.NaN;
    }
    double s = sigmas[0];
    return Arrays.stream(sigmas).allMatch(x -> x == s) ? s : Double.NaN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArmModel m
        && family.equals(m.family)
        && Arrays.equals(means, m.means)
        && Arrays.equals(sigmas, m.sigmas)
        && Double.compare(rewardMin, m.rewardMin) == 0
        && Double.compare(rewardMax, m.rewardMax) == 0;
  }

  @Override
  public int hashCode() {
    return family.hashCode() * 31 + Arrays.hashCode(means);
  }

  @Override
  public String toString() {
    return family + Arrays.toString(means);
  }
}
