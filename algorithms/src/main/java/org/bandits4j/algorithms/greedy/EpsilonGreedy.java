package org.bandits4j.algorithms.greedy;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * ε-greedy: play each arm once; then, with probability {@code ε_t}, a uniformly random arm, and
 * otherwise an arm with the largest mean reward (ties broken uniformly at random).
 *
 * <p>The propensity is exact: with {@code g} arms tied on the largest mean, a greedy arm is chosen
 * with probability {@code (1 - ε_t)/g + ε_t/K} and any other arm with {@code ε_t/K}.
 *
 * <p>Paper: R. S. Sutton and A. G. Barto, "Reinforcement Learning" (1998), §2.2; the decaying
 * schedule and its bound are Theorem 3 of P. Auer, N. Cesa-Bianchi, P. Fischer, "Finite-time
 * analysis of the multiarmed bandit problem", Machine Learning 47, 2002: with {@code ε_t = min(1,
 * cK/(d² t))}, {@code c > 5} and {@code 0 < d <= min_i Δ_i}, the probability of playing a
 * suboptimal arm at round {@code t} is at most {@code c/(d² t) + o(1/t)}, hence logarithmic regret.
 * With a constant ε the regret grows linearly, about {@code ε T mean_i(Δ_i)}.
 *
 * <p>Randomness per decision: one uniform when {@code ε_t > 0}; one bounded integer when exploring,
 * or when breaking a tie among greedy arms. Any finite reward is accepted.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K), update O(1); neither
 * allocates beyond the returned selection.
 */
public final class EpsilonGreedy extends MeanRewardBandit {

  private final double epsilon;
  private final EpsilonSchedule schedule;
  private final ArgMax greedy = new ArgMax();

  EpsilonGreedy(EpsilonGreedySpec spec, ArmSet arms) {
    super(spec, arms);
    this.epsilon = spec.epsilon();
    this.schedule = spec.schedule();
    initCaches();
  }

  EpsilonGreedy(EpsilonGreedySpec spec, PolicyState state) {
    super(spec, state);
    this.epsilon = spec.epsilon();
    this.schedule = spec.schedule();
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    double[] m = means();
    int k = m.length;
    greedy.scan(m);
    double eps = schedule.rate(epsilon, k, plays() + 1);
    int arm = eps > 0.0 && rng.nextDouble() < eps ? rng.nextInt(k) : greedy.pick(m, rng);
    double propensity = m[arm] == greedy.max() ? (1.0 - eps) / greedy.ties() + eps / k : eps / k;
    return choose(arm, propensity);
  }
}
