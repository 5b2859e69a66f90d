package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.BrokenPolicies;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * A deliberately broken index policy for the regret tests' power checks: it plays each arm once,
 * then the arm with the largest {@code rule.index(...)} (ties broken at random). Test-only; it
 * cannot be restored.
 *
 * @param name a name for messages
 * @param rule the (wrong) index
 */
record BrokenIndex(String name, Rule rule) implements PolicySpec<Bandit> {

  /** An index from an arm's count and reward sum, the total count and the number of arms. */
  @FunctionalInterface
  interface Rule {
    double index(long pulls, double sum, long plays, int arms);
  }

  @Override
  public Bandit create(ArmSet arms) {
    long[] n = new long[arms.size()];
    double[] s = new double[arms.size()];
    return BrokenPolicies.of(
        this,
        arms,
        (set, rng, step) -> {
          long t = 0;
          for (int i = 0; i < n.length; i++) {
            if (n[i] == 0) {
              return new Selection(set.get(i), 1.0, step);
            }
            t += n[i];
          }
          int best = 0;
          double top = Double.NEGATIVE_INFINITY;
          int ties = 0;
          for (int i = 0; i < n.length; i++) {
            double index = rule.index(n[i], s[i], t, n.length);
            if (index > top) {
              top = index;
              best = i;
              ties = 1;
            } else if (index == top && rng.nextInt(++ties) == 0) {
              best = i; // reservoir sampling: uniform among ties
            }
          }
          return new Selection(set.get(best), 1.0, step);
        },
        (selection, reward) -> {
          n[selection.arm().index()]++;
          s[selection.arm().index()] += reward;
        });
  }

  @Override
  public Bandit restore(PolicyState state) {
    throw new UnsupportedOperationException("test-only broken policy");
  }
}
