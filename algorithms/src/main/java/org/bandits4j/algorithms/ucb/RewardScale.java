package org.bandits4j.algorithms.ucb;

/**
 * The affine map of rewards in {@code [rewardMin, rewardMax]} onto {@code [0, 1]}, by which the UCB
 * indices for bounded rewards (UCB1, UCB1-Tuned) scale their means and variances.
 *
 * @param rewardMin the smallest reward
 * @param range {@code rewardMax - rewardMin}
 * @param inverseRange {@code 1 / range}
 */
record RewardScale(double rewardMin, double range, double inverseRange) {

  /** The scale of rewards in {@code [rewardMin, rewardMax]} (a valid spec's range). */
  static RewardScale of(double rewardMin, double rewardMax) {
    double range = rewardMax - rewardMin;
    return new RewardScale(rewardMin, range, 1.0 / range);
  }

  /**
   * {@code (value - rewardMin) / range}, computed as {@code (value - rewardMin) * inverseRange}.
   */
  double unit(double value) {
    return (value - rewardMin) * inverseRange;
  }
}
