package org.bandits4j.algorithms.nonstationary;

import java.util.List;
import org.bandits4j.algorithms.state.ArmVectorsState;
import org.bandits4j.api.Policy;

/**
 * Restoring and checking the discounted policies' statistics (the discount itself is {@link
 * LazyDiscount}).
 */
final class Discounting {

  private Discounting() {}

  /**
   * Copies a state's pulls and two discounted vectors into the policy's arrays after checking them:
   * pulls {@code >= 0}; first vector (a discounted count, or a discounted weight) {@code >= 0} and
   * 0 for an arm never played; second vector in {@code [0, bound × first]} (discounted sums of
   * rewards in {@code [0, bound]}), up to rounding.
   *
   * @throws IllegalArgumentException naming the arm and the value of an impossible entry
   */
  static void load(
      Policy policy,
      ArmVectorsState state,
      List<String> names,
      long[] pulls,
      double[] first,
      double[] second,
      double bound) {
    if (!state.names().equals(names)) {
      throw new IllegalArgumentException(
          "state has vectors "
              + state.names()
              + ", policy '"
              + policy.descriptor().name()
              + "' needs "
              + names);
    }
    long[] p = state.pulls();
    double[] a = state.vector(names.get(0));
    double[] b = state.vector(names.get(1));
    for (int i = 0; i < p.length; i++) {
      String id = policy.arms().get(i).id();
      if (p[i] < 0) {
        throw new IllegalArgumentException(
            "state.pulls of arm '" + id + "' must be >= 0, was " + p[i]);
      }
      if (!(a[i] >= 0.0) || (p[i] == 0 && a[i] != 0.0) || a[i] > p[i]) {
        throw new IllegalArgumentException(
            "state."
                + names.get(0)
                + " of arm '"
                + id
                + "' is "
                + a[i]
                + ", impossible after "
                + p[i]
                + " pulls");
      }
      double slack = 1e-9 * Math.max(1.0, bound * a[i]);
      if (!(b[i] >= -slack && b[i] <= bound * a[i] + slack)) {
        throw new IllegalArgumentException(
            "state."
                + names.get(1)
                + " of arm '"
                + id
                + "' is "
                + b[i]
                + ", impossible for "
                + names.get(0)
                + " "
                + a[i]
                + " and rewards in [0, "
                + bound
                + "]");
      }
    }
    System.arraycopy(p, 0, pulls, 0, p.length);
    System.arraycopy(a, 0, first, 0, a.length);
    System.arraycopy(b, 0, second, 0, b.length);
  }
}
