package org.bandits4j.algorithms;

import java.util.random.RandomGenerator;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Deliberately broken policies for the regret tests' power checks: a bandit made of a choice rule
 * and a learning rule, with the API's boilerplate once. Test-only; it cannot be snapshot.
 */
public final class BrokenPolicies {

  /** Makes the decision numbered {@code step}. */
  @FunctionalInterface
  public interface Chooser {
    Selection choose(ArmSet arms, RandomGenerator rng, long step);
  }

  /** Learns a reward for a selection. */
  @FunctionalInterface
  public interface Learner {
    void learn(Selection selection, double reward);
  }

  private BrokenPolicies() {}

  /** A bandit whose decisions and learning are the given rules. */
  public static Bandit of(PolicySpec<?> spec, ArmSet arms, Chooser chooser, Learner learner) {
    return new Bandit() {
      private long step;

      @Override
      public Selection select(RandomGenerator rng) {
        return chooser.choose(arms, rng, ++step);
      }

      @Override
      public void update(Selection selection, double reward) {
        learner.learn(selection, reward);
      }

      @Override
      public ArmSet arms() {
        return arms;
      }

      @Override
      public PolicySpec<?> descriptor() {
        return spec;
      }

      @Override
      public PolicyState snapshot() {
        throw new UnsupportedOperationException("test-only broken policy");
      }
    };
  }

  /** The arm drawn with probability proportional to {@code weights}, with that propensity. */
  public static Selection sample(ArmSet arms, double[] weights, RandomGenerator rng, long step) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    int arm = weights.length - 1;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        arm = i;
        break;
      }
    }
    return new Selection(arms.get(arm), weights[arm] / total, step);
  }
}
