package org.bandits4j.algorithms.greedy;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.Categorical;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Boltzmann (softmax) exploration: play each arm once, then arm {@code i} with probability
 *
 * <pre>{@code P_i = exp(mean_i / τ_t) / sum_j exp(mean_j / τ_t)}</pre>
 *
 * where {@code mean_i} is the arm's mean reward and {@code τ_t} the temperature at round {@code t}
 * ({@link TemperatureSchedule}). High temperatures explore uniformly, low ones play greedily.
 *
 * <p>Exact, stable propensities: the weights are {@code w_i = exp((mean_i - max_j mean_j) / τ_t)},
 * so every exponent is {@code <= 0}, the best arm has weight 1 and the sum {@code W} is in {@code
 * [1, K]}; the arm is the first whose cumulative weight exceeds {@code U W} for one uniform {@code
 * U}, and its propensity is {@code w_i / W} (arms whose weight underflows to 0 are never chosen).
 *
 * <p>Papers: R. S. Sutton and A. G. Barto, "Reinforcement Learning" (1998), §2.3; V. Kuleshov and
 * D. Precup, "Algorithms for the multi-armed bandit problem" (2014), §2.1. There is no good regret
 * bound for these schedules: N. Cesa-Bianchi, C. Gentile, G. Lugosi, G. Neu, "Boltzmann exploration
 * done right", NeurIPS 2017, show that monotone temperature schedules can suffer linear or
 * polynomial regret. With a constant temperature and rewards in {@code [0, 1]}, each round's
 * expected regret tends to {@code sum_i P_i(μ) Δ_i} with {@code P(μ)} the softmax of the true
 * means: the regret test checks that long-run slope. Checked against SMPyBandits' {@code
 * Softmax.py} (which divides the sums by {@code 1 + N_i}; we use the plain means after one pull of
 * each arm).
 *
 * <p>Randomness: one uniform per decision after the first K. Any finite reward is accepted.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K) with K exponentials,
 * update O(1); neither allocates beyond the returned selection.
 */
public final class Boltzmann extends MeanRewardBandit {

  private final double tau;
  private final TemperatureSchedule schedule;
  private double[] weights;

  Boltzmann(BoltzmannSpec spec, ArmSet arms) {
    super(spec, arms);
    this.tau = spec.temperature();
    this.schedule = spec.schedule();
    initCaches();
  }

  Boltzmann(BoltzmannSpec spec, PolicyState state) {
    super(spec, state);
    this.tau = spec.temperature();
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
    double[] w = weights;
    double max = m[0];
    for (int i = 1; i < m.length; i++) {
      max = Math.max(max, m[i]);
    }
    double inverseTemperature = 1.0 / schedule.temperature(tau, plays() + 1);
    double total = 0.0;
    for (int i = 0; i < m.length; i++) {
      w[i] = Math.exp((m[i] - max) * inverseTemperature);
      total += w[i];
    }
    int arm = Categorical.sample(w, total, rng);
    return choose(arm, w[arm] / total);
  }

  @Override
  protected void resize(int armCount) {
    super.resize(armCount);
    weights = new double[armCount];
  }
}
