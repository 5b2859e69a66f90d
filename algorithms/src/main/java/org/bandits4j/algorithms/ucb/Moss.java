package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * MOSS (Minimax Optimal Strategy in the Stochastic case) for a known horizon {@code n}: play each
 * arm once, then the arm with the largest index
 *
 * <pre>{@code I_i = mean_i + sqrt( max(ln(n / (K N_i)), 0) / N_i )}</pre>
 *
 * for rewards in {@code [0, 1]} ({@code K} arms, {@code N_i} rewards learned for arm {@code i}).
 * The bonus vanishes once an arm has {@code n/K} rewards, so late indices are plain means and exact
 * ties are common: they are broken uniformly at random (propensity {@code 1/ties}).
 *
 * <p>Paper: J.-Y. Audibert and S. Bubeck, "Minimax policies for adversarial and stochastic
 * bandits", COLT 2009 (and JMLR 11, 2010): {@code R_n <= 49 sqrt(n K)}, matching the minimax lower
 * bound {@code sqrt((K-1) n)/27} up to a constant. Lattimore–Szepesvári Algorithm 9 uses {@code
 * sqrt((4/N_i) ln⁺(n/(K N_i)))} for 1-sub-Gaussian rewards, with {@code R_n <= 39 sqrt(Kn) + sum_i
 * Δ_i} (Theorem 9.1). Checked: the index against the spec (algorithms-mab.md §A.4) and SMPyBandits'
 * {@code MOSS.py} (which uses {@code t} where the paper has {@code n}); the constant 49 is
 * recalled, not re-read.
 *
 * <p>Evaluation: the index depends only on the arm's own statistics and {@code n, K}, so it is
 * cached per arm and refreshed when the arm learns; a decision is one pass over the cached indices.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K), update O(1); neither
 * allocates beyond the returned selection.
 */
public final class Moss extends SampleMeanBandit {

  private final long horizon;
  private final ArgMax argMax = new ArgMax();
  private double[] index;

  Moss(MossSpec spec, ArmSet arms) {
    super(spec, arms, 0.0, 1.0);
    this.horizon = spec.horizon();
    initCaches();
  }

  Moss(MossSpec spec, PolicyState state) {
    super(spec, state, 0.0, 1.0);
    this.horizon = spec.horizon();
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    argMax.scan(index);
    return choose(argMax.pick(index, rng), 1.0 / argMax.ties());
  }

  @Override
  protected void resize(int armCount) {
    index = new double[armCount];
  }

  @Override
  protected void refresh(int arm) {
    long n = pulls(arm);
    index[arm] = n == 0 ? Double.POSITIVE_INFINITY : sum(arm) / n + bonus(n);
  }

  private double bonus(long n) {
    double x = Math.log((double) horizon / ((double) armCount() * n));
    return x > 0.0 ? Math.sqrt(x / n) : 0.0;
  }

  /** {@inheritDoc} Mean reward; the uncertainty is the bonus, infinite for an untried arm. */
  @Override
  protected ArmEstimate estimate(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      return new ArmEstimate(arms().get(arm), 0, Double.NaN, Double.POSITIVE_INFINITY);
    }
    return new ArmEstimate(arms().get(arm), n, sum(arm) / n, bonus(n));
  }
}
