package org.bandits4j.algorithms.dueling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.state.DuelingState;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.PolicyState;

/**
 * Relative Upper Confidence Bound (RUCB): duel an optimistic Condorcet candidate against the arm
 * most likely to beat it.
 *
 * <p>Each round, with {@code u_ij = p_ij + sqrt(α ln t / n_ij)} ({@code x/0 := 1}, {@code u_ii =
 * 1/2}, see {@link WinMatrix}):
 *
 * <pre>{@code
 * C = { c : u_cj >= 1/2 for all j }; if C is empty, C = { a uniformly random arm }
 * if B is not a subset of C: B = {}           (B: the hypothesised best arm, empty or one arm)
 * if |C| = 1: B = C, c = its arm
 * else: c ~ P(c) = 1/2 if c in B, 1 / (2^|B| |C \ B|) otherwise
 * d = argmax_j u_jc (uniform ties; j = c allowed unless allowSelfDuel is false)
 * duel (c, d)
 * }</pre>
 *
 * <p>Paper: M. Zoghi, S. Whiteson, R. Munos, M. de Rijke, "Relative Upper Confidence Bound for the
 * K-Armed Dueling Bandit Problem", ICML 2014, Algorithm 1 and Theorems 2–4: with a Condorcet winner
 * and {@code α > 1/2}, with probability {@code 1 - δ} the cumulative (Yue sum) regret is at most
 * {@code C(K, α, δ) + D ln T}, hence {@code O(K^2 + K ln T)} in expectation. Checked: the candidate
 * set, the hypothesis set {@code B} with its sampling probabilities and the challenger rule against
 * duelpy's {@code relative_ucb.py} (bengsV/duelpy) and the spec (algorithms-mab.md §E.3); duelpy
 * excludes {@code d = c}, the paper's {@code argmax_j} over all arms includes it (with {@code u_cc
 * = 1/2}), which is the default here. The constants {@code C, D} of the bound were not re-read.
 *
 * <p>Round index {@code t} = duels learned + 1. {@link #recommendation()}: the hypothesised best
 * arm when {@code B} is non-empty, otherwise the empirical Copeland winner.
 *
 * <p>State extras: {@code "best": [b]} with {@code b = -1} for an empty {@code B}. Thread safety:
 * not thread-safe. Complexity: select O(K²) worst case (the candidate scan stops at an arm's first
 * failing bound), update O(1); neither allocates beyond the returned duel.
 */
public final class Rucb extends WinMatrixDueler {

  private final double alpha;
  private final boolean allowSelfDuel;
  private final int[] candidates;
  private final double[] column;
  private final ArgMax argMax = new ArgMax();
  private int best = -1;
  private int lastChampion;

  Rucb(RucbSpec spec, ArmSet arms) {
    super(spec, arms);
    this.alpha = spec.alpha();
    this.allowSelfDuel = spec.allowSelfDuel();
    this.candidates = new int[k];
    this.column = new double[k];
  }

  Rucb(RucbSpec spec, PolicyState state) {
    super(spec, state);
    this.alpha = spec.alpha();
    this.allowSelfDuel = spec.allowSelfDuel();
    this.candidates = new int[k];
    this.column = new double[k];
    DuelingState s = (DuelingState) state;
    this.best = armIndex("best", extra(s, "best", 1)[0], -1, k);
  }

  @Override
  public Duel select(RandomGenerator rng) {
    double s = confidenceScale(alpha);
    int count = 0;
    boolean bestIn = false;
    // the arm most likely to refute a candidate is checked first: the hypothesised best, else the
    // last champion (the set C does not depend on the order of the checks)
    int hint = best >= 0 ? best : lastChampion;
    for (int c = 0; c < k; c++) {
      if (wins.upper(c, hint, s) < 0.5) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < k; j++) {
        if (wins.upper(c, j, s) < 0.5) {
          ok = false;
          break;
        }
      }
      if (ok) {
        candidates[count++] = c;
        bestIn |= c == best;
      }
    }
    if (count == 0) {
      candidates[0] = rng.nextInt(k);
      count = 1;
      bestIn = candidates[0] == best;
    }
    if (!bestIn) {
      best = -1;
    }
    int champion;
    if (count == 1) {
      best = candidates[0];
      champion = best;
    } else if (best >= 0) {
      champion = rng.nextBoolean() ? best : otherThan(best, count, rng);
    } else {
      champion = candidates[rng.nextInt(count)];
    }
    lastChampion = champion;
    return choose(champion, challenger(champion, s, rng));
  }

  /** A uniform candidate other than {@code excluded} among the first {@code count}. */
  private int otherThan(int excluded, int count, RandomGenerator rng) {
    int rank = rng.nextInt(count - 1);
    for (int i = 0; i < count; i++) {
      int c = candidates[i];
      if (c != excluded && rank-- == 0) {
        return c;
      }
    }
    throw new AssertionError("candidate not found");
  }

  /** {@code argmax_j u_jc}, uniform ties. */
  private int challenger(int c, double s, RandomGenerator rng) {
    for (int j = 0; j < k; j++) {
      column[j] =
          j == c && !allowSelfDuel && k > 1 ? Double.NEGATIVE_INFINITY : wins.upper(j, c, s);
    }
    return argMax.select(column, rng);
  }

  @Override
  public Arm recommendation() {
    return arms().get(best >= 0 ? best : wins.empiricalCopelandWinner());
  }

  @Override
  Map<String, long[]> extras() {
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put("best", new long[] {best});
    return m;
  }
}
