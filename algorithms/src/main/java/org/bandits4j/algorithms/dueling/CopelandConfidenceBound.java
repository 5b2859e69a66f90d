package org.bandits4j.algorithms.dueling;

import java.util.Arrays;
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
 * Copeland Confidence Bound (CCB): duel an optimistic Copeland winner against the opponent most
 * likely to refute it, keeping for every arm a shortlist of the opponents that should beat it.
 *
 * <p>With {@code u, l} the bounds of {@link WinMatrix}, {@code Cpld+(i) = #{j != i : u_ij > 1/2}},
 * {@code Cpld-(i) = #{j != i : l_ij > 1/2}}, optimistic winners {@code C = argmax Cpld+}, candidate
 * set {@code B}, shortlists {@code B^i}, loss budget {@code L_C}; reset = ({@code B} = all arms,
 * every {@code B^i} empty, {@code L_C = K}). Each round:
 *
 * <pre>{@code
 * 1. reset if some j in B^i has l_ij > 1/2
 * 2. for i in B: drop i from B if Cpld+(i) < max_j Cpld-(j);
 *                if |B^i| != L_C + 1: B^i = {j : u_ij < 1/2};        reset if B became empty
 * 3. for i in C (index order) with Cpld+(i) = Cpld-(i): add i to B; B^i = {}; L_C = K - 1 - Cpld+(i);
 *      for j != i: |B^j| < L_C + 1 -> B^j = {}; |B^j| > L_C + 1 -> a uniform subset of size L_C + 1
 * 4. with probability 1/4: if the pairs {(i, j) : j in B^i, l_ij <= 1/2 <= u_ij} exist, duel a
 *    uniform one
 * 5. otherwise: if B and C meet, with probability 2/3 restrict C to them; c uniform in C;
 *    with probability 1/2 the opponents are B^c, else all arms;
 *    d = argmax_{j in opponents, l_jc <= 1/2} u_jc (uniform ties; over all arms, c is eligible
 *    with u_cc = 1/2); if no shortlisted opponent is eligible, the same over all arms; duel (c, d)
 * }</pre>
 *
 * <p>Paper: M. Zoghi, Z. Karnin, S. Whiteson, M. de Rijke, "Copeland Dueling Bandits", NeurIPS 2015
 * (arXiv 1506.00312), Algorithm 1: assuming {@code P_ij != 1/2} for {@code i != j}, Copeland regret
 * {@code O((K^2 + (C + L_C) K ln T) / Δ^2)} with {@code C} Copeland winners, {@code L_C} a Copeland
 * winner's losses and {@code Δ} the smallest {@code |P_ij - 1/2|} between winners and the others.
 * Checked: steps 1–5 against duelpy's {@code copeland_confidence_bound.py} (bengsV/duelpy) and the
 * spec (algorithms-mab.md §E.6). Ours where duelpy's code is an artefact: duelpy takes the first
 * index when no opponent is eligible (it scores the ineligible as 0); we fall back to all arms and
 * then to a self-duel. The paper's tie conventions were not re-read.
 *
 * <p>{@link #recommendation()}: the empirical Copeland winner. State extras: {@code "candidates"}
 * (0/1 per arm: B), {@code "shortlists"} ({@code K x K} 0/1, row {@code i} = B^i), {@code
 * "lossBudget": [L_C]}. Thread safety: not thread-safe. Complexity: select O(K²), update O(1); no
 * allocation beyond the returned duel.
 */
public final class CopelandConfidenceBound extends WinMatrixDueler {

  private final double alpha;
  private final boolean[] inB;
  private final boolean[] shortlist;
  private final int[] shortlistSize;
  private final int[] upperScore;
  private final int[] lowerScore;
  private final double[] column;
  private final int[] scratch;
  private final ArgMax argMax = new ArgMax();
  private final boolean selfDuels;
  private int lossBudget;

  CopelandConfidenceBound(CopelandConfidenceBoundSpec spec, ArmSet arms) {
    this(spec, arms, true);
  }

  /** With {@code selfDuels = false}: duelpy's rule, for the regret test's power check only. */
  CopelandConfidenceBound(CopelandConfidenceBoundSpec spec, ArmSet arms, boolean selfDuels) {
    super(spec, arms);
    this.selfDuels = selfDuels;
    this.alpha = spec.alpha();
    this.inB = new boolean[k];
    this.shortlist = new boolean[k * k];
    this.shortlistSize = new int[k];
    this.upperScore = new int[k];
    this.lowerScore = new int[k];
    this.column = new double[k];
    this.scratch = new int[k];
    reset();
  }

  CopelandConfidenceBound(CopelandConfidenceBoundSpec spec, PolicyState state) {
    super(spec, state);
    this.selfDuels = true;
    this.alpha = spec.alpha();
    DuelingState s = (DuelingState) state;
    this.inB = flags(s, "candidates", k);
    long[] lists = extra(s, "shortlists", k * k);
    this.shortlist = new boolean[k * k];
    this.shortlistSize = new int[k];
    for (int i = 0; i < k * k; i++) {
      if (lists[i] != 0 && lists[i] != 1) {
        throw new IllegalArgumentException(
            "state extra 'shortlists[" + i + "]' must be 0 or 1, was " + lists[i]);
      }
      shortlist[i] = lists[i] == 1;
      shortlistSize[i / k] += (int) lists[i];
    }
    long budget = extra(s, "lossBudget", 1)[0];
    if (budget < 0 || budget > k) {
      throw new IllegalArgumentException(
          "state extra 'lossBudget' must be in [0, " + k + "], was " + budget);
    }
    this.lossBudget = (int) budget;
    this.upperScore = new int[k];
    this.lowerScore = new int[k];
    this.column = new double[k];
    this.scratch = new int[k];
  }

  private void reset() {
    Arrays.fill(inB, true);
    Arrays.fill(shortlist, false);
    Arrays.fill(shortlistSize, 0);
    lossBudget = k;
  }

  private void setShortlistToLosses(int i, double s) {
    int size = 0;
    for (int j = 0; j < k; j++) {
      boolean in = j != i && wins.upper(i, j, s) < 0.5;
      shortlist[i * k + j] = in;
      size += in ? 1 : 0;
    }
    shortlistSize[i] = size;
  }

  private void clearShortlist(int i) {
    Arrays.fill(shortlist, i * k, (i + 1) * k, false);
    shortlistSize[i] = 0;
  }

  @Override
  public Duel select(RandomGenerator rng) {
    double s = confidenceScale(alpha);
    int maxUpper = 0;
    int maxLower = 0;
    for (int i = 0; i < k; i++) {
      int up = 0;
      int lo = 0;
      for (int j = 0; j < k; j++) {
        if (j != i) {
          up += wins.upper(i, j, s) > 0.5 ? 1 : 0;
          lo += wins.lower(i, j, s) > 0.5 ? 1 : 0;
        }
      }
      upperScore[i] = up;
      lowerScore[i] = lo;
      maxUpper = Math.max(maxUpper, up);
      maxLower = Math.max(maxLower, lo);
    }
    // 1. disproven hypotheses
    if (disproven(s)) {
      reset();
    }
    // 2. non-Copeland winners leave B
    boolean anyB = false;
    for (int i = 0; i < k; i++) {
      if (!inB[i]) {
        continue;
      }
      if (upperScore[i] < maxLower) {
        inB[i] = false;
      }
      if (shortlistSize[i] != lossBudget + 1) {
        setShortlistToLosses(i, s);
      }
      anyB |= inB[i];
    }
    if (!anyB) {
      reset();
    }
    // 3. confirmed optimistic winners join B
    for (int i = 0; i < k; i++) {
      if (upperScore[i] == maxUpper && upperScore[i] == lowerScore[i]) {
        inB[i] = true;
        clearShortlist(i);
        lossBudget = k - 1 - upperScore[i];
        for (int j = 0; j < k; j++) {
          if (j == i) {
            continue;
          }
          if (shortlistSize[j] < lossBudget + 1) {
            clearShortlist(j);
          } else if (shortlistSize[j] > lossBudget + 1) {
            subsample(j, lossBudget + 1, rng);
          }
        }
      }
    }
    // 4. an undecided shortlisted pair, with probability 1/4
    if (rng.nextDouble() < 0.25) {
      int pairs = 0;
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          if (undecidedShortlisted(i, j, s)) {
            pairs++;
          }
        }
      }
      if (pairs > 0) {
        int rank = rng.nextInt(pairs);
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            if (undecidedShortlisted(i, j, s) && rank-- == 0) {
              return choose(i, j);
            }
          }
        }
      }
    }
    // 5. champion and opponent
    int champion = champion(maxUpper, rng);
    return choose(champion, opponent(champion, s, rng));
  }

  private boolean disproven(double s) {
    for (int i = 0; i < k; i++) {
      if (shortlistSize[i] == 0) {
        continue;
      }
      for (int j = 0; j < k; j++) {
        if (shortlist[i * k + j] && wins.lower(i, j, s) > 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean undecidedShortlisted(int i, int j, double s) {
    return shortlist[i * k + j] && wins.lower(i, j, s) <= 0.5 && wins.upper(i, j, s) >= 0.5;
  }

  /** Keeps a uniform subset of {@code size} members of {@code B^j} (partial Fisher–Yates). */
  private void subsample(int j, int size, RandomGenerator rng) {
    int n = 0;
    for (int x = 0; x < k; x++) {
      if (shortlist[j * k + x]) {
        scratch[n++] = x;
      }
    }
    for (int x = 0; x < size; x++) {
      int pick = x + rng.nextInt(n - x);
      int tmp = scratch[x];
      scratch[x] = scratch[pick];
      scratch[pick] = tmp;
    }
    clearShortlist(j);
    for (int x = 0; x < size; x++) {
      shortlist[j * k + scratch[x]] = true;
    }
    shortlistSize[j] = size;
  }

  private int champion(int maxUpper, RandomGenerator rng) {
    int optimistic = 0;
    int common = 0;
    for (int i = 0; i < k; i++) {
      if (upperScore[i] == maxUpper) {
        optimistic++;
        common += inB[i] ? 1 : 0;
      }
    }
    boolean restrict = common > 0 && rng.nextDouble() < 2.0 / 3.0;
    int rank = rng.nextInt(restrict ? common : optimistic);
    for (int i = 0; i < k; i++) {
      if (upperScore[i] == maxUpper && (!restrict || inB[i]) && rank-- == 0) {
        return i;
      }
    }
    throw new AssertionError("champion not found");
  }

  private int opponent(int c, double s, RandomGenerator rng) {
    boolean fromShortlist = rng.nextBoolean();
    if (fromShortlist && eligible(c, s, true) > 0) {
      return argMax.select(column, rng);
    }
    if (eligible(c, s, false) == 0) {
      return c; // only with duelpy's rule: every other arm is known to lose to c
    }
    return argMax.select(column, rng);
  }

  /**
   * Fills {@code column} with {@code u_jc} of the eligible opponents ({@code l_jc <= 1/2}; others
   * -inf) among the shortlist {@code B^c} or among all arms, {@code c} itself included with {@code
   * u_cc = l_cc = 1/2}; returns how many are eligible.
   */
  private int eligible(int c, double s, boolean shortlistOnly) {
    int n = 0;
    for (int j = 0; j < k; j++) {
      boolean ok =
          (shortlistOnly ? shortlist[c * k + j] : selfDuels || j != c)
              && wins.lower(j, c, s) <= 0.5;
      column[j] = ok ? wins.upper(j, c, s) : Double.NEGATIVE_INFINITY;
      n += ok ? 1 : 0;
    }
    return n;
  }

  @Override
  public Arm recommendation() {
    return arms().get(wins.empiricalCopelandWinner());
  }

  @Override
  Map<String, long[]> extras() {
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put("candidates", flagsToLongs(inB));
    m.put("shortlists", flagsToLongs(shortlist));
    m.put("lossBudget", new long[] {lossBudget});
    return m;
  }
}
