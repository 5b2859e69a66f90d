package org.bandits4j.algorithms.adversarial;

import java.util.List;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.Categorical;
import org.bandits4j.algorithms.core.FixedArmsBandit;
import org.bandits4j.algorithms.state.ArmVectorsState;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * EXP3 and EXP3-IX: exponential weights over cumulative loss estimates. Arm {@code i} is played
 * with probability
 *
 * <pre>{@code P_i = exp(-η L̂_i) / sum_j exp(-η L̂_j)}</pre>
 *
 * and after reward {@code x} in {@code [0, 1]} of the played arm {@code a}, chosen with probability
 * {@code P_a}, the loss estimate grows by {@code L̂_a += (1 - x) / (P_a + γ)}; the other arms are
 * unchanged. EXP3 has {@code γ = 0} (the unbiased importance-weighted estimator); EXP3-IX has
 * {@code γ > 0} (implicit exploration: biased low, but with bounded variance and high-probability
 * guarantees). See {@link Exp3Spec} and {@link Exp3IxSpec} for the papers, tunings and bounds.
 *
 * <p>This is exactly Lattimore and Szepesvári's EXP3 (Algorithm 9), which plays {@code P_i ∝ exp(η
 * Ŝ_i)} with {@code Ŝ_i += 1 - 1{A_t = i}(1 - x)/P_i}: {@code Ŝ_i = t - L̂_i}, and the common
 * {@code t} cancels in the normalisation, so only the played arm's statistic changes.
 *
 * <p>The probability {@code P_a} used in the update is the propensity carried by the selection, so
 * delayed and reordered feedback is weighted exactly as it was chosen. Updates need it: a selection
 * with a NaN propensity is rejected. A forced selection (propensity 1) adds its loss unweighted.
 *
 * <p>Exact, stable propensities: the weights are {@code w_i = exp(-η (L̂_i - r))} with the
 * reference {@code r = R floor(m / R)}, {@code m = min_j L̂_j}, {@code R = 300/η}, so every
 * exponent is {@code <= 0} and the leading arm's weight is at least {@code e^-300}. The reference
 * depends only on the state and moves rarely, so an update recomputes one weight (all K when the
 * reference moves) and a decision is one uniform and two passes of additions: the arm is the first
 * whose cumulative weight exceeds {@code U W}, its propensity {@code w_a / W}. Arms whose weight
 * underflows (probability below {@code e^-445} relative to the leader) are never chosen.
 *
 * <p>Estimates: lifetime pulls; the mean is the importance-weighted estimate of the arm's average
 * reward, {@code 1 - L̂_i / t} after {@code t} learned rewards (NaN before any); no uncertainty.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K) additions, update O(K)
 * additions and usually one exponential; neither allocates beyond the returned selection.
 */
public final class Exp3 extends FixedArmsBandit {

  /** The names of the state's vectors: the cumulative loss estimates. */
  static final List<String> VECTORS = List.of("losses");

  /** The state format of EXP3 and EXP3-IX. */
  public static final StateFormat STATE_FORMAT = ArmVectorsState.format("losses");

  private final double eta;
  private final double gamma;
  private final double grid;
  private final long[] pulls;
  private final double[] losses;
  private final double[] weights;
  private double reference = Double.NaN;
  private long plays;

  Exp3(PolicySpec<?> spec, double eta, double gamma, ArmSet arms) {
    this(spec, eta, gamma, arms, 0);
    reweigh();
  }

  Exp3(PolicySpec<?> spec, double eta, double gamma, PolicyState state) {
    this(spec, eta, gamma, checkedState(spec, state, ArmVectorsState.class).arms(), state.step());
    ArmVectorsState s = (ArmVectorsState) state;
    if (!s.names().equals(VECTORS)) {
      throw new IllegalArgumentException(
          "state has vectors " + s.names() + ", policy '" + spec.name() + "' needs " + VECTORS);
    }
    long[] p = s.pulls();
    double[] l = s.vector("losses");
    for (int i = 0; i < p.length; i++) {
      String id = arms().get(i).id();
      if (p[i] < 0) {
        throw new IllegalArgumentException(
            "state.pulls of arm '" + id + "' must be >= 0, was " + p[i]);
      }
      if (!(l[i] >= 0.0) || (p[i] == 0 && l[i] != 0.0)) {
        throw new IllegalArgumentException(
            "state.losses of arm '"
                + id
                + "' is "
                + l[i]
                + ", impossible after "
                + p[i]
                + " pulls");
      }
      plays += p[i];
    }
    System.arraycopy(p, 0, pulls, 0, p.length);
    System.arraycopy(l, 0, losses, 0, l.length);
    reweigh();
  }

  private Exp3(PolicySpec<?> spec, double eta, double gamma, ArmSet arms, long step) {
    super(spec, arms, step, 0.0, 1.0);
    this.eta = eta;
    this.gamma = gamma;
    this.grid = eta > 0.0 ? 300.0 / eta : Double.POSITIVE_INFINITY;
    int k = arms.size();
    this.pulls = new long[k];
    this.losses = new double[k];
    this.weights = new double[k];
  }

  /** The learning rate {@code η} in use. */
  public double learningRate() {
    return eta;
  }

  /** The implicit-exploration term {@code γ} in use (0 for EXP3). */
  public double implicitExploration() {
    return gamma;
  }

  @Override
  public Selection select(RandomGenerator rng) {
    double[] w = weights;
    double total = 0.0;
    for (double x : w) {
      total += x;
    }
    int arm = Categorical.sample(w, total, rng);
    return choose(arm, w[arm] / total);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the selection's propensity is NaN
   */
  @Override
  public void update(Selection selection, double reward) {
    int arm = checkFeedback(selection, reward);
    double p = selection.propensity();
    if (Double.isNaN(p)) {
      throw new IllegalArgumentException(
          "policy '"
              + descriptor().name()
              + "' weights losses by the selection's propensity, which was NaN (arm '"
              + selection.arm().id()
              + "')");
    }
    losses[arm] += (1.0 - reward) / (p + gamma);
    pulls[arm]++;
    plays++;
    if (reference(minimum()) != reference) {
      reweigh();
    } else {
      weights[arm] = weight(arm);
    }
  }

  private double minimum() {
    double m = losses[0];
    for (int i = 1; i < losses.length; i++) {
      m = Math.min(m, losses[i]);
    }
    return m;
  }

  private double reference(double min) {
    return grid == Double.POSITIVE_INFINITY ? 0.0 : grid * Math.floor(min / grid);
  }

  private double weight(int i) {
    return Math.exp(-eta * (losses[i] - reference));
  }

  private void reweigh() {
    reference = reference(minimum());
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weight(i);
    }
  }

  @Override
  public ArmVectorsState snapshot() {
    return new ArmVectorsState(descriptor(), arms(), step(), pulls, VECTORS, List.of(losses));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Lifetime pulls; the importance-weighted average reward {@code 1 - L̂_i / t} (NaN before any
   * reward); NaN uncertainty.
   */
  @Override
  protected ArmEstimate estimate(int i) {
    double mean = plays == 0 ? Double.NaN : 1.0 - losses[i] / plays;
    return new ArmEstimate(arms().get(i), pulls[i], mean, Double.NaN);
  }
}
