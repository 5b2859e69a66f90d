package org.bandits4j.algorithms.ucb;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.CachedLog;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.core.SampleMeanBandit;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * The KL-UCB index policies: play each arm once, then the arm with the largest index
 *
 * <pre>{@code I_i = sup{ q >= mean_i : kl(mean_i, q) <= d_i }}</pre>
 *
 * where {@code kl} is the divergence of the reward family ({@link KlFamily}), {@code mean_i} the
 * arm's mean reward over its {@code N_i} learned rewards, {@code t = sum_i N_i}, and the budget
 * {@code d_i} depends on the variant (see {@link KlUcbSpec}, {@link KlUcbPlusSpec}, {@link
 * KlUcbPlusPlusSpec}):
 *
 * <ul>
 *   <li>KL-UCB: {@code d_i = (ln t + c ln ln t) / N_i} ({@code ln ln t} only for {@code t >= 3});
 *   <li>KL-UCB+: {@code d_i = (ln(t / N_i) + c ln ln t) / N_i};
 *   <li>KL-UCB++: {@code d_i = g(N_i) / N_i}, {@code g(N) = ln⁺(y (1 + ln⁺(y)²))}, {@code y = n /
 *       (K N)} for horizon {@code n} and {@code K} arms, {@code ln⁺ = max(ln, 0)}.
 * </ul>
 *
 * The index is computed by {@link KlInverse}. Conventions as {@link Ucb1}: untried arms first, in
 * order (propensity 1); exact ties broken uniformly at random (propensity {@code 1/ties}).
 *
 * <p>Evaluation: per decision every arm gets an upper bound of its index: the tangent at its last
 * exact solve if it has not learned since (the index is concave in the budget, {@link
 * KlInverse#tangent}), else the solver's closed-form start ({@link KlInverse#start}). The arm with
 * the largest bound is solved; arms whose bound is below the running maximum by more than a margin
 * of {@code 1e-9} (far above the solver's tolerance) are skipped, and the others are solved with
 * the running maximum as a cutoff. Arms that can win or tie are always solved to the end, from the
 * closed-form start, so an index is a function of {@code (mean, d)} alone and the decision is
 * exactly that of solving every arm: the tangents only save work, and a restored policy (which has
 * none yet) decides the same. Typically one arm is solved per decision. KL-UCB++'s budget does not
 * depend on {@code t}: its indices are cached per arm and change only when the arm learns.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: select O(K × solver steps), update
 * O(1) (KL-UCB++: one solve); neither allocates beyond the returned selection.
 */
public final class KlUcb extends SampleMeanBandit {

  /** How the exploration budget {@code d_i} is formed. */
  enum Exploration {
    /** {@code (ln t + c ln ln t) / N_i}. */
    LOG_T,
    /** {@code (ln(t / N_i) + c ln ln t) / N_i}. */
    LOG_T_OVER_N,
    /** {@code ln⁺(y (1 + ln⁺(y)²)) / N_i}, {@code y = n / (K N_i)}. */
    HORIZON
  }

  private final KlFamily family;
  private final double sigma;
  private final Exploration exploration;
  private final double c;
  private final long horizon;

  /** Relative safety margin between a bound and the running maximum before an arm is skipped. */
  private static final double MARGIN = 1e-9;

  private final ArgMax argMax = new ArgMax();
  private final CachedLog log = new CachedLog();
  private double[] means;
  private double[] inversePulls;
  private double[] logPulls;
  private double[] cachedIndex;
  private double[] scratch;
  private double[] budgets;
  // tangent points of the last exact solves: a cache for skipping arms, never for computing indices
  private double[] tangentIndex;
  private double[] tangentBudget;
  private boolean[] tangentValid;

  /**
   * The hyper-parameters a variant fixes.
   *
   * @param family the reward family
   * @param sigma the Gaussian standard deviation
   * @param exploration the budget's form
   * @param c the weight of {@code ln ln t} (KL-UCB, KL-UCB+)
   * @param horizon the horizon (KL-UCB++)
   */
  record Settings(KlFamily family, double sigma, Exploration exploration, double c, long horizon) {}

  /**
   * The checks every KL-UCB spec makes on its reward family and known standard deviation.
   *
   * @throws IllegalArgumentException if the family is null or {@code sigma} is not finite and
   *     {@code > 0}
   */
  static void checkFamily(KlFamily family, double sigma) {
    Checks.notNull("family", family);
    Checks.positive("sigma", sigma);
  }

  KlUcb(PolicySpec<?> spec, Settings settings, ArmSet arms) {
    super(spec, arms, settings.family().rewardMin(), settings.family().rewardMax());
    this.family = settings.family();
    this.sigma = settings.sigma();
    this.exploration = settings.exploration();
    this.c = settings.c();
    this.horizon = settings.horizon();
    initCaches();
  }

  KlUcb(PolicySpec<?> spec, Settings settings, PolicyState state) {
    super(spec, state, settings.family().rewardMin(), settings.family().rewardMax());
    this.family = settings.family();
    this.sigma = settings.sigma();
    this.exploration = settings.exploration();
    this.c = settings.c();
    this.horizon = settings.horizon();
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int first = firstUnpulled();
    if (first >= 0) {
      return choose(first, 1.0);
    }
    if (exploration == Exploration.HORIZON) {
      argMax.scan(cachedIndex);
      return choose(argMax.pick(cachedIndex, rng), 1.0 / argMax.ties());
    }
    long t = plays();
    double lnT = log.ln(t);
    double extra = c > 0.0 && t >= 3 ? c * Math.log(lnT) : 0.0;
    double[] values = scratch;
    double[] budget = budgets;
    int lead = 0;
    for (int i = 0; i < values.length; i++) {
      double level = exploration == Exploration.LOG_T ? lnT + extra : lnT - logPulls[i] + extra;
      double d = level * inversePulls[i];
      budget[i] = d;
      values[i] = bound(i, d);
      if (values[i] > values[lead]) {
        lead = i;
      }
    }
    double best = solve(lead, Double.NEGATIVE_INFINITY);
    values[lead] = best;
    int arm = lead;
    int ties = 1;
    for (int i = 0; i < values.length; i++) {
      if (i == lead || values[i] + MARGIN * Math.max(1.0, values[i]) < best) {
        continue; // the bound is above the index: this arm cannot win or tie
      }
      double v = solve(i, best);
      values[i] = v;
      if (v > best) {
        best = v;
        arm = i;
        ties = 1;
      } else if (v == best) {
        ties++;
      }
    }
    if (ties > 1) {
      arm = argMax.select(values, rng);
    }
    return choose(arm, 1.0 / ties);
  }

  /**
   * An upper bound of arm {@code i}'s index at budget {@code d}: the tangent at its last solve (the
   * index is concave in the budget) when the arm has not learned since, else the solver's start.
   */
  private double bound(int i, double d) {
    if (tangentValid[i]) {
      double tangent =
          KlInverse.tangent(family, means[i], tangentIndex[i], tangentBudget[i], d, sigma);
      if (tangent < Double.POSITIVE_INFINITY) {
        return tangent;
      }
    }
    return KlInverse.start(family, means[i], d, sigma);
  }

  /**
   * Solves arm {@code i}'s index at the budget of this decision, with a cutoff; a result at or
   * above the cutoff is exact and becomes the arm's tangent point.
   */
  private double solve(int i, double cutoff) {
    double d = budgets[i];
    double q = KlInverse.upper(family, means[i], d, sigma, cutoff);
    if (q >= cutoff) {
      tangentIndex[i] = q;
      tangentBudget[i] = d;
      tangentValid[i] = true;
    }
    return q;
  }

  /** The index of a played arm at level {@code ln t + extra}. */
  private double index(int i, double lnT, double extra) {
    double level = exploration == Exploration.LOG_T ? lnT + extra : lnT - logPulls[i] + extra;
    return KlInverse.upper(family, means[i], level * inversePulls[i], sigma);
  }

  /** KL-UCB++'s budget {@code g(N)/N} for {@code n} learned rewards. */
  private double horizonBudget(long n) {
    double y = (double) horizon / ((double) armCount() * n);
    double lnPlus = Math.max(Math.log(y), 0.0);
    return Math.max(Math.log(y * (1.0 + lnPlus * lnPlus)), 0.0) / n;
  }

  @Override
  protected void resize(int armCount) {
    means = new double[armCount];
    inversePulls = new double[armCount];
    logPulls = new double[armCount];
    cachedIndex = new double[armCount];
    scratch = new double[armCount];
    budgets = new double[armCount];
    tangentIndex = new double[armCount];
    tangentBudget = new double[armCount];
    tangentValid = new boolean[armCount];
  }

  @Override
  protected void refresh(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      means[arm] = 0.0;
      inversePulls[arm] = 0.0;
      logPulls[arm] = 0.0;
      cachedIndex[arm] = Double.POSITIVE_INFINITY;
      return;
    }
    double mean = sum(arm) / n;
    if (family == KlFamily.BERNOULLI) {
      mean = Math.min(1.0, Math.max(0.0, mean)); // guards rounding of fractional rewards
    }
    means[arm] = mean;
    tangentValid[arm] = false; // the arm learned: its tangent is stale
    inversePulls[arm] = 1.0 / n;
    logPulls[arm] = Math.log((double) n);
    if (exploration == Exploration.HORIZON) {
      cachedIndex[arm] = KlInverse.upper(family, mean, horizonBudget(n), sigma);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Mean reward; the uncertainty is the exploration bonus {@code I_i - mean_i} at the current
   * {@code t}, infinite for an arm not yet played.
   */
  @Override
  protected ArmEstimate estimate(int arm) {
    long n = pulls(arm);
    if (n == 0) {
      return new ArmEstimate(arms().get(arm), 0, Double.NaN, Double.POSITIVE_INFINITY);
    }
    double indexValue;
    if (exploration == Exploration.HORIZON) {
      indexValue = cachedIndex[arm];
    } else {
      long t = Math.max(1, plays());
      double lnT = Math.log((double) t);
      double extra = c > 0.0 && t >= 3 ? c * Math.log(lnT) : 0.0;
      indexValue = index(arm, lnT, extra);
    }
    return new ArmEstimate(arms().get(arm), n, sum(arm) / n, indexValue - means[arm]);
  }
}
