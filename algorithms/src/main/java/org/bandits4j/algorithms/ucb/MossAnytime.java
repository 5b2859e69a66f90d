package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.CachedLog;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Anytime MOSS: MOSS without a horizon, play each arm once, then the arm with the largest index
 *
 * <pre>{@code I_i = mean_i + sqrt( ((1 + α)/2) max(ln(t / (K N_i)), 0) / N_i )}</pre>
 *
 * for rewards in {@code [0, 1]}, with {@code t = sum_i N_i} the rewards learned so far.
 *
 * <p>Paper: R. Degenne and V. Perchet, "Anytime optimal algorithms in stochastic multi-armed
 * bandits", ICML 2016 (PMLR 48): MOSS-anytime keeps MOSS's minimax rate {@code O(sqrt(K t))} at
 * every {@code t} without knowing the horizon. Checked: the index against SMPyBandits' {@code
 * MOSSAnytime.py} and the spec (algorithms-mab.md §A.4); the default {@code α = 1.35} is the value
 * SMPyBandits calls optimal (its code defaults to 1); the paper's constant was not read, so no
 * numeric bound is claimed.
 *
 * <p>Evaluation: per decision one {@code ln t} (from {@link CachedLog}) and, per arm, one
 * subtraction and at most one square root; {@code ln(K N_i)} and {@code 1/N_i} are cached.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K), update O(1); neither
 * allocates beyond the returned selection.
 */
public final class MossAnytime extends SampleMeanBandit {

  private final double scale;
  private final ArgMax argMax = new ArgMax();
  private final CachedLog log = new CachedLog();
  private double[] means;
  private double[] logKn;
  private double[] inversePulls;
  private double[] scratch;

  MossAnytime(MossAnytimeSpec spec, ArmSet arms) {
    super(spec, arms, 0.0, 1.0);
    this.scale = (1.0 + spec.alpha()) / 2.0;
    initCaches();
  }

  MossAnytime(MossAnytimeSpec spec, PolicyState state) {
    super(spec, state, 0.0, 1.0);
    this.scale = (1.0 + spec.alpha()) / 2.0;
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    double lnT = log.ln(plays());
    double[] values = scratch;
    for (int i = 0; i < values.length; i++) {
      double x = lnT - logKn[i];
      values[i] = x > 0.0 ? means[i] + Math.sqrt(scale * x * inversePulls[i]) : means[i];
    }
    argMax.scan(values);
    return choose(argMax.pick(values, rng), 1.0 / argMax.ties());
  }

  @Override
  protected void resize(int armCount) {
    means = new double[armCount];
    logKn = new double[armCount];
    inversePulls = new double[armCount];
    scratch = new double[armCount];
  }

  @Override
  protected void refresh(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      means[arm] = 0.0;
      logKn[arm] = 0.0;
      inversePulls[arm] = 0.0;
    } else {
      means[arm] = sum(arm) / n;
      logKn[arm] = Math.log((double) armCount() * n);
      inversePulls[arm] = 1.0 / n;
    }
  }

  /** {@inheritDoc} Mean reward; the uncertainty is the current bonus, infinite if untried. */
  @Override
  protected ArmEstimate estimate(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      return new ArmEstimate(arms().get(arm), 0, Double.NaN, Double.POSITIVE_INFINITY);
    }
    double x = Math.log((double) Math.max(1, plays())) - logKn[arm];
    double bonus = x > 0.0 ? Math.sqrt(scale * x / n) : 0.0;
    return new ArmEstimate(arms().get(arm), n, sum(arm) / n, bonus);
  }
}
