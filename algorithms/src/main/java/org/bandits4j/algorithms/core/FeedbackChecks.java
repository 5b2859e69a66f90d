package org.bandits4j.algorithms.core;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;

/**
 * The feedback and restore checks that the context-free ({@link StatisticsBandit}) and the
 * contextual policy bases share: resolving a selection's arm, the reward range, and whether a
 * restored or merged reward sum is possible. Each throwing check leaves the caller's state as it
 * was.
 */
public final class FeedbackChecks {

  private FeedbackChecks() {}

  /**
   * The current index of the selection's arm in {@code arms}.
   *
   * @throws IllegalArgumentException if the selection is null or its arm is not in the arm set
   */
  public static int indexOf(ArmSet arms, Selection selection) {
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
    int i = arms.resolve(selection.arm());
    if (i < 0) {
      throw new IllegalArgumentException(
          "selection arm '"
              + selection.arm().id()
              + "' is not in the arm set "
              + arms
              + " (removed, or from another policy)");
    }
    return i;
  }

  /**
   * Checks that the reward for the selection is finite and in {@code [rewardMin, rewardMax]}.
   *
   * @throws IllegalArgumentException naming the accepted range, the policy, the reward and the arm
   */
  public static void checkReward(
      PolicySpec<?> spec, double rewardMin, double rewardMax, Selection selection, double reward) {
    if (!(Double.isFinite(reward) && reward >= rewardMin && reward <= rewardMax)) {
      String range =
          rewardMin == Double.NEGATIVE_INFINITY && rewardMax == Double.POSITIVE_INFINITY
              ? "finite"
              : "in [" + rewardMin + ", " + rewardMax + "]";
      throw new IllegalArgumentException(
          "reward must be "
              + range
              + " for policy '"
              + spec.name()
              + "', was "
              + reward
              + " (arm '"
              + selection.arm().id()
              + "')");
    }
  }

  /**
   * Whether {@code n >= 0} rewards in {@code [rewardMin, rewardMax]} can add up to the finite
   * {@code sum}: 0 for no reward, otherwise within {@code [n rewardMin, n rewardMax]} up to a
   * relative slack of 1e-9 for rounding.
   */
  public static boolean possibleSum(long n, double sum, double rewardMin, double rewardMax) {
    double lo = rewardMin * n;
    double hi = rewardMax * n;
    double slack = 1e-9 * Math.max(1.0, Math.max(Math.abs(lo), Math.abs(hi)));
    return !((n == 0 && sum != 0.0) || (n > 0 && (sum < lo - slack || sum > hi + slack)));
  }
}
