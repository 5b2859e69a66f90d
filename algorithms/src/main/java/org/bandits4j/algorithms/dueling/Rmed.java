package org.bandits4j.algorithms.dueling;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.state.DuelingState;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Relative Minimum Empirical Divergence (RMED1 and RMED2): keep dueling every arm that the
 * empirical divergence has not yet ruled out as the Condorcet winner, against the arm most likely
 * to refute it.
 *
 * <p>Definitions: {@code p_ij = W_ij / n_ij}; opponent set {@code O_i = {j != i : p_ij <= 1/2}};
 * empirical divergence {@code I_i = sum_{j in O_i} n_ij kl(p_ij, 1/2)} with the Bernoulli {@code
 * kl}; {@code i* = argmin_i I_i} (uniform ties); {@code f(K) = a K^b}. Rounds:
 *
 * <pre>{@code
 * exploration: while some pair has n_ij < L_t, duel the first such pair (i < j, lexicographic);
 *              RMED1: L_t = 1; RMED2: L_t = max(1, alpha ln ln t)
 * loop:        L_C = L_R = all arms in a uniformly random order, L_N = {}
 *   for each l in L_C in order: duel (l, m_l); remove l from L_R;
 *     add to L_N (in index order) every j not in L_R or L_N with I_j - I_{i*} <= ln t + f(K)
 *   then L_C = L_R = L_N (in the order added), L_N = {}
 * RMED1 challenger: m_l = i* if O_l is empty or i* in O_l, else argmin_{j != l} p_lj (uniform ties)
 * RMED2 challenger: j*_l = argmin_{j in O_l, p_lj < 1/2} (D_l + D_j) / kl(p_lj, 1/2) with the
 *   estimated gaps D_i = max(p_{i*,i} - 1/2, 0) (uniform ties); m_l = j*_l when it exists and
 *   n_{l,i*} >= n_{l,j*_l} / max(1, ln ln t), otherwise the RMED1 challenger
 * }</pre>
 *
 * A loop never ends empty: {@code i*} always passes the test once it has left {@code L_R}. The
 * bookkeeping after a loop element's duel (leaving {@code L_R}, growing {@code L_N}) is done at the
 * next selection, with the statistics as they then are: with immediate feedback this is the paper's
 * order; with delayed feedback it uses what has arrived.
 *
 * <p>Paper: J. Komiyama, J. Honda, H. Kashima, H. Nakagawa, "Regret Lower Bound and Optimal
 * Algorithm in Dueling Bandit Problem", COLT 2015 (arXiv 1506.02550). With a Condorcet winner
 * {@code 1}, RMED1 has {@code E[R_T] <= sum_{i != 1} (1+δ) Δ_i ln T / (2 kl(μ_{i1}, 1/2)) +
 * O(K^{2+ε})} (average regret), which matches the lower bound {@code sum_{i != 1} min_{j: μ_ij <
 * 1/2} (Δ_i + Δ_j) / (2 kl(μ_ij, 1/2)) ln T} when the minimiser is {@code j = 1} (e.g. under SST);
 * RMED2 matches it in general. Checked: the divergence, the candidate test, the loop structure and
 * the RMED1 challenger rule against duelpy's {@code rmed.py} and the spec (algorithms-mab.md §E.4);
 * {@code f(K) = 0.3 K^1.01} is the default duelpy takes from the paper's experiments. Unverified:
 * RMED2's challenger rule is our reconstruction from the paper's description (regret per unit of
 * information, with enough comparisons against {@code i*}); duelpy's RMED2 keeps a challenger that
 * {@code l} beats ({@code p > 1/2}) and computes the gaps with the opposite sign, which we read as
 * defects and do not follow. The paper's exact RMED2 box was not readable.
 *
 * <p>Round index {@code t} = duels learned + 1. {@link #recommendation()}: {@code argmin_i I_i},
 * lowest index on ties.
 *
 * <p>State extras: {@code "loop"} (L_C, arm indices in play order), {@code "position"} (next
 * element of L_C to play), {@code "checked"} (elements whose bookkeeping is done, {@code position}
 * or {@code position - 1}), {@code "remaining"} (0/1 per arm: L_R), {@code "next"} (L_N in order).
 *
 * <p>Thread safety: not thread-safe. Complexity: update O(K) (two rows of divergences, two
 * logarithms), select O(K) after the exploration rounds (O(K²) during them); no allocation beyond
 * the returned duel (the first loop's shuffle allocates once). The leader ({@code min_i I_i}, its
 * first arm and its number of ties) is found in one pass and only after a duel between distinct
 * arms has changed a divergence; whether {@code O_l} is empty is a per-row count of {@code p_lj <=
 * 1/2} kept up to date by {@code update}; RMED2 also keeps {@code kl(p_ij, 1/2)} per ordered pair
 * for its challenger scores. All give the same values as a fresh computation, so decisions do not
 * depend on them.
 */
public final class Rmed extends WinMatrixDueler {

  /** Which challenger rule and exploration schedule. */
  enum Variant {
    RMED1,
    RMED2
  }

  private static final double LN2 = Math.log(2.0);

  private final Variant variant;
  private final double tolerance;
  private final double alpha;
  // Sized by the superclass's arm count k, which is set before these initialisers run.
  private final double[] contribution = new double[k * k];
  private final double[] klToHalf;
  private final double[] divergence = new double[k];
  private final boolean[] opponent = new boolean[k * k];
  private final int[] opponents = new int[k];
  private double leaderDivergence;
  private int leaderFirst;
  private int leaderTies;
  private boolean leaderStale = true;
  private final boolean[] remaining;
  private final boolean[] inNext = new boolean[k];
  private final long[] next = new long[k];
  private int nextSize;
  private final long[] loop;
  private int loopSize;
  private int position;
  private int checked;
  private long minPairCount;
  private long pairsAtMin;

  Rmed(
      PolicySpec<?> spec,
      ArmSet arms,
      Variant variant,
      double toleranceScale,
      double toleranceExponent,
      double alpha) {
    super(spec, arms, false);
    this.variant = variant;
    this.tolerance = toleranceScale * Math.pow(k, toleranceExponent);
    this.alpha = alpha;
    this.klToHalf = new double[variant == Variant.RMED2 ? k * k : 0];
    this.remaining = new boolean[k];
    this.loop = new long[k];
    recomputeMinimum();
    recomputeOpponents();
  }

  Rmed(
      PolicySpec<?> spec,
      PolicyState state,
      Variant variant,
      double toleranceScale,
      double toleranceExponent,
      double alpha) {
    super(spec, state, false);
    this.variant = variant;
    this.tolerance = toleranceScale * Math.pow(k, toleranceExponent);
    this.alpha = alpha;
    this.klToHalf = new double[variant == Variant.RMED2 ? k * k : 0];
    DuelingState s = (DuelingState) state;
    long[] l = distinctArms(extra(s, "loop", -1), "loop");
    this.loop = Arrays.copyOf(l, k);
    this.loopSize = l.length;
    this.position = (int) bounded("position", extra(s, "position", 1)[0], 0, loopSize);
    this.checked =
        (int) bounded("checked", extra(s, "checked", 1)[0], Math.max(0, position - 1), position);
    this.remaining = flags(s, "remaining", k);
    boolean[] unchecked = new boolean[k];
    for (int x = checked; x < loopSize; x++) {
      unchecked[(int) loop[x]] = true;
    }
    for (int i = 0; i < k; i++) {
      if (remaining[i] != unchecked[i]) {
        throw new IllegalArgumentException(
            "state extra 'remaining' must flag exactly the loop's arms from position 'checked' = "
                + checked
                + " on, but arm "
                + i
                + (remaining[i] ? " is flagged" : " is not flagged"));
      }
    }
    long[] n = distinctArms(extra(s, "next", -1), "next");
    for (long j : n) {
      next[nextSize++] = j;
      inNext[(int) j] = true;
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        refreshPair(i, j);
      }
    }
    for (int i = 0; i < k; i++) {
      refreshDivergence(i);
    }
    recomputeMinimum();
    recomputeOpponents();
  }

  private long[] distinctArms(long[] v, String name) {
    if (v.length > k) {
      throw new IllegalArgumentException(
          "state extra '" + name + "' has " + v.length + " entries, more than " + k + " arms");
    }
    boolean[] seen = new boolean[k];
    for (long a : v) {
      int i = armIndex(name, a, 0, k);
      if (seen[i]) {
        throw new IllegalArgumentException("state extra '" + name + "' repeats arm " + a);
      }
      seen[i] = true;
    }
    return v;
  }

  private static long bounded(String name, long v, long lo, long hi) {
    if (v < lo || v > hi) {
      throw new IllegalArgumentException(
          "state extra '" + name + "' must be in [" + lo + ", " + hi + "], was " + v);
    }
    return v;
  }

  // ------------------------------------------------------------ statistics

  /** {@code kl(p, 1/2)} for Bernoulli laws, {@code 0 ln 0 = 0}. */
  static double klHalf(double p) {
    double a = p > 0 ? p * Math.log(p) : 0.0;
    double b = p < 1 ? (1 - p) * Math.log(1 - p) : 0.0;
    return Math.max(0.0, LN2 + a + b);
  }

  /**
   * Both contributions of a pair with one divergence evaluation: {@code kl(p, 1/2)} is symmetric.
   */
  private void refreshPair(int a, int b) {
    long n = wins.count(a, b);
    double p = wins.mean(a, b);
    double kl = klHalf(p);
    double d = n * kl;
    contribution[a * k + b] = p <= 0.5 ? d : 0.0;
    contribution[b * k + a] = p >= 0.5 ? d : 0.0;
    if (klToHalf.length > 0) {
      klToHalf[a * k + b] = kl;
      klToHalf[b * k + a] = klHalf(wins.mean(b, a));
    }
  }

  private void refreshDivergence(int i) {
    double sum = 0;
    for (int j = 0; j < k; j++) {
      sum += contribution[i * k + j];
    }
    divergence[i] = sum;
  }

  @Override
  void learned(int a, int b, DuelOutcome outcome) {
    if (a == b) {
      return;
    }
    long n = wins.count(a, b);
    if (n - 1 == minPairCount && --pairsAtMin == 0) {
      recomputeMinimum();
    }
    refreshPair(a, b);
    refreshDivergence(a);
    refreshDivergence(b);
    leaderStale = true;
    refreshOpponent(a, b);
    refreshOpponent(b, a);
  }

  /** Sets {@code opponent[i][j] = (p_ij <= 1/2)} for {@code i != j} and counts them per row. */
  private void recomputeOpponents() {
    Arrays.fill(opponents, 0);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j) {
          boolean o = wins.mean(i, j) <= 0.5;
          opponent[i * k + j] = o;
          opponents[i] += o ? 1 : 0;
        }
      }
    }
  }

  private void refreshOpponent(int i, int j) {
    boolean o = wins.mean(i, j) <= 0.5;
    if (o != opponent[i * k + j]) {
      opponent[i * k + j] = o;
      opponents[i] += o ? 1 : -1;
    }
  }

  /**
   * Finds {@code min_i I_i}, the first arm attaining it and the number of arms attaining it, in one
   * pass, when a divergence has changed since the last time.
   */
  private void refreshLeader() {
    if (!leaderStale) {
      return;
    }
    double min = Double.POSITIVE_INFINITY;
    int first = 0;
    int ties = 0;
    for (int i = 0; i < k; i++) {
      double d = divergence[i];
      if (d < min) {
        min = d;
        first = i;
        ties = 1;
      } else if (d == min) {
        ties++;
      }
    }
    leaderDivergence = min;
    leaderFirst = first;
    leaderTies = ties;
    leaderStale = false;
  }

  private void recomputeMinimum() {
    long min = Long.MAX_VALUE;
    long at = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        long n = wins.count(i, j);
        if (n < min) {
          min = n;
          at = 1;
        } else if (n == min) {
          at++;
        }
      }
    }
    minPairCount = min;
    pairsAtMin = at;
  }

  // ------------------------------------------------------------ selection

  @Override
  public Duel select(RandomGenerator rng) {
    double lnT = lnT();
    double lnLnT = 0.0;
    double explore = 1.0;
    if (variant == Variant.RMED2 && lnT > 1.0) {
      lnLnT = Math.log(lnT);
      explore = Math.max(1.0, alpha * lnLnT);
    }
    if (minPairCount < explore) {
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          if (wins.count(i, j) < explore) {
            return choose(i, j);
          }
        }
      }
    }
    refreshLeader();
    double minDivergence = leaderDivergence;
    if (checked < position) {
      bookkeeping((int) loop[checked], lnT, minDivergence);
      checked++;
    }
    if (position == loopSize) {
      startLoop(rng);
    }
    int l = (int) loop[position++];
    return choose(l, challenger(l, lnLnT, rng));
  }

  @SuppressWarnings("ShortCircuitBoolean") // deliberate, see the loop
  private void bookkeeping(int l, double lnT, double min) {
    remaining[l] = false;
    double limit = lnT + tolerance;
    for (int j = 0; j < k; j++) {
      // & rather than &&: one well-predicted branch per arm instead of three
      if (!remaining[j] & !inNext[j] & divergence[j] - min <= limit) {
        inNext[j] = true;
        next[nextSize++] = j;
      }
    }
  }

  private void startLoop(RandomGenerator rng) {
    // Invariants: every arm of the ending loop is checked, so no arm is flagged remaining, and
    // inNext flags exactly next[0..nextSize) (the restore constructor enforces both).
    for (int x = 0; x < nextSize; x++) {
      inNext[(int) next[x]] = false;
    }
    if (loopSize == 0) {
      System.arraycopy(shuffledArms(rng), 0, loop, 0, k);
      loopSize = k;
    } else {
      System.arraycopy(next, 0, loop, 0, nextSize);
      loopSize = nextSize;
    }
    for (int x = 0; x < loopSize; x++) {
      remaining[(int) loop[x]] = true;
    }
    nextSize = 0;
    position = 0;
    checked = 0;
  }

  /** {@code argmin_i I_i}, uniform ties (draws only on ties); {@link #refreshLeader} first. */
  private int leader(RandomGenerator rng) {
    int first = leaderFirst;
    int ties = leaderTies;
    if (ties == 1) {
      return first;
    }
    double min = leaderDivergence;
    int rank = rng.nextInt(ties);
    for (int i = first; i < k; i++) {
      if (divergence[i] == min && rank-- == 0) {
        return i;
      }
    }
    throw new AssertionError("tied leader not found");
  }

  /** The challenger of {@code l}; {@code lnLnT} is {@code ln ln t} (0 when {@code ln t <= 1}). */
  private int challenger(int l, double lnLnT, RandomGenerator rng) {
    int leader = leader(rng);
    if (variant == Variant.RMED2) {
      int j = informative(l, leader, rng);
      if (j >= 0) {
        if (wins.count(l, leader) >= wins.count(l, j) / Math.max(1.0, lnLnT)) {
          return j;
        }
      }
    }
    if (opponents[l] == 0 || (leader != l && opponent[l * k + leader])) {
      return leader;
    }
    return weakestRow(l, rng);
  }

  /** {@code argmin_{j != l} p_lj}, uniform ties. */
  private int weakestRow(int l, RandomGenerator rng) {
    double min = Double.POSITIVE_INFINITY;
    int first = -1;
    int ties = 0;
    for (int j = 0; j < k; j++) {
      if (j == l) {
        continue;
      }
      double p = wins.mean(l, j);
      if (p < min) {
        min = p;
        first = j;
        ties = 1;
      } else if (p == min) {
        ties++;
      }
    }
    if (ties == 1) {
      return first;
    }
    int rank = rng.nextInt(ties);
    for (int j = first; j < k; j++) {
      if (j != l && wins.mean(l, j) == min && rank-- == 0) {
        return j;
      }
    }
    throw new AssertionError("tied challenger not found");
  }

  /** RMED2's {@code j*_l}, or -1 when no arm beats {@code l} empirically. */
  private int informative(int l, int leader, RandomGenerator rng) {
    double gapL = Math.max(wins.mean(leader, l) - 0.5, 0.0);
    double min = Double.POSITIVE_INFINITY;
    int first = -1;
    int ties = 0;
    for (int j = 0; j < k; j++) {
      double p = wins.mean(l, j);
      if (j == l || !(p < 0.5)) {
        continue;
      }
      double score = (gapL + Math.max(wins.mean(leader, j) - 0.5, 0.0)) / klToHalf[l * k + j];
      if (score < min) {
        min = score;
        first = j;
        ties = 1;
      } else if (score == min) {
        ties++;
      }
    }
    if (ties <= 1) {
      return first;
    }
    int rank = rng.nextInt(ties);
    for (int j = first; j < k; j++) {
      double p = wins.mean(l, j);
      if (j != l
          && p < 0.5
          && (gapL + Math.max(wins.mean(leader, j) - 0.5, 0.0)) / klToHalf[l * k + j] == min
          && rank-- == 0) {
        return j;
      }
    }
    throw new AssertionError("tied informative challenger not found");
  }

  /** The empirical divergence {@code I_i} of arm {@code i} (for tests and diagnostics). */
  double divergence(int i) {
    return divergence[i];
  }

  @Override
  public Arm recommendation() {
    int best = 0;
    for (int i = 1; i < k; i++) {
      if (divergence[i] < divergence[best]) {
        best = i;
      }
    }
    return arms().get(best);
  }

  @Override
  Map<String, long[]> extras() {
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put("loop", Arrays.copyOf(loop, loopSize));
    m.put("position", new long[] {position});
    m.put("checked", new long[] {checked});
    m.put("remaining", flagsToLongs(remaining));
    m.put("next", Arrays.copyOf(next, nextSize));
    return m;
  }
}
