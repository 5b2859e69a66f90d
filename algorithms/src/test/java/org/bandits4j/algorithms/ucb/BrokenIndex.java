package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.IndexPolicy;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * A deliberately broken index policy for the regret tests' power checks: an {@link IndexPolicy}
 * (each arm once, then the largest {@code rule.index(...)}, ties broken at random) whose index is
 * the given (wrong) rule. Test-only; it cannot be restored.
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
    return new IndexPolicy(this, arms) {
      @Override
      protected double index(int i, RandomGenerator rng) {
        return rule.index(pulls(i), sum(i), plays(), armCount());
      }
    };
  }

  @Override
  public Bandit restore(PolicyState state) {
    throw new UnsupportedOperationException("test-only broken policy");
  }
}
