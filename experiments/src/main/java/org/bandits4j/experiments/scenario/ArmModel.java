package org.bandits4j.experiments.scenario;

import java.util.Arrays;
import java.util.Objects;
import org.bandits4j.simulators.dueling.PreferenceMatrix;

/**
 * What the theoretical bounds need to know about a scenario: the reward laws of a stochastic
 * bandit, the preference matrix of a dueling one, or the setting of a linear contextual one.
 *
 * @param family {@code "bernoulli"}, {@code "gaussian"}, {@code "bounded"} (any law on {@code
 *     [rewardMin, rewardMax]}), a heavy-tail law name, {@code "dueling"} or {@code "linear"}
 * @param means per-arm means (empty for dueling and linear models)
 * @param sigmas per-arm standard deviations (Gaussian), else empty
 * @param rewardMin lower end of the reward range ({@code -inf} if unbounded)
 * @param rewardMax upper end of the reward range ({@code +inf} if unbounded)
 * @param preferences the preference matrix of a dueling scenario, else null
 * @param linear the setting of a linear contextual scenario, else null
 */
@SuppressWarnings("ArrayRecordComponent") // defensive copies in the constructor and accessor
public record ArmModel(
    String family,
    double[] means,
    double[] sigmas,
    double rewardMin,
    double rewardMax,
    PreferenceMatrix preferences,
    LinearSetting linear) {

  /** Copies the arrays. */
  public ArmModel {
    means = means.clone();
    sigmas = sigmas.clone();
  }

  /** A stochastic bandit's model (no preferences, no linear setting). */
  public ArmModel(
      String family, double[] means, double[] sigmas, double rewardMin, double rewardMax) {
    this(family, means, sigmas, rewardMin, rewardMax, null, null);
  }

  /**
   * A linear contextual setting, as the linear bounds need it.
   *
   * @param dimension the feature dimension {@code d}
   * @param arms the number of arms
   * @param featureNorm {@code L}, a bound on the norm of the features
   * @param thetaNorm {@code S}, the norm of the true parameter
   * @param noise {@code R}, the standard deviation of the Gaussian reward noise
   */
  public record LinearSetting(
      int dimension, int arms, double featureNorm, double thetaNorm, double noise) {}

  /** A dueling scenario's model. */
  public static ArmModel dueling(PreferenceMatrix preferences) {
    return new ArmModel("dueling", new double[0], new double[0], 0.0, 1.0, preferences, null);
  }

  /** A linear contextual scenario's model. */
  public static ArmModel linear(LinearSetting setting) {
    return new ArmModel(
        "linear",
        new double[0],
        new double[0],
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        null,
        setting);
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
    if (preferences != null) {
      return preferences.size();
    }
    return linear != null ? linear.arms() : means.length;
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
        && Double.compare(rewardMax, m.rewardMax) == 0
        && Objects.equals(preferences, m.preferences)
        && Objects.equals(linear, m.linear);
  }

  @Override
  public int hashCode() {
    return family.hashCode() * 31 + Arrays.hashCode(means);
  }

  @Override
  public String toString() {
    return family
        + Arrays.toString(means)
        + (preferences == null ? "" : " " + preferences)
        + (linear == null ? "" : " " + linear);
  }
}
