package org.bandits4j.algorithms.dueling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.state.DuelingState;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.PolicyState;

/**
 * Interleaved Filter 2 (IF2): a candidate duels every remaining arm until it confidently beats them
 * all (explore), replacing itself with any arm that confidently beats it; then it duels itself
 * (exploit).
 *
 * <p>With {@code δ = 1/(T K^2)}, {@code p_b = p_{c,b}} the candidate's empirical win rate against
 * {@code b} over {@code m_b} duels and radius {@code r_b = sqrt(radiusScale ln(1/δ) / m_b)}:
 *
 * <pre>{@code
 * c = a uniformly random arm (first selection); W = all arms except c
 * select: W empty -> duel (c, c); else duel (c, b) with b = the arm of W with the fewest duels
 *         against c (lowest index on ties): the paper's round-robin over W
 * after each outcome of a duel between c and b in W:
 *   remove from W every b with p_b - r_b > 1/2                      (c confidently beats b)
 *   if some b' in W has p_b' + r_b' < 1/2 (the smallest such bound; lowest index on ties):
 *     remove from W every b with p_b > 1/2                          (IF2's pruning)
 *     c = b'; W = W \ {b'}                                          (estimates restart)
 * }</pre>
 *
 * The estimates restart by construction: a new candidate has only dueled former candidates, which
 * have left {@code W}, so its row of the win matrix holds no duel against {@code W}.
 *
 * <p>After the horizon: {@code T} only sets {@code δ}; the policy keeps going with the same {@code
 * δ} (it still filters if the filtering has not ended, and duels the candidate against itself once
 * it has), so it is safe to run it longer than planned.
 *
 * <p>Paper: Y. Yue, J. Broder, R. Kleinberg, T. Joachims, "The K-armed Dueling Bandits Problem",
 * JCSS 78(5), 2012: under a total order with strong stochastic transitivity and the stochastic
 * triangle inequality, IF2 has expected (Yue sum) regret {@code O((K / ε_{1,2}) ln T)}, matching
 * the lower bound {@code Ω((K / ε_{1,2}) ln T)}, and returns the best arm with probability at least
 * {@code 1 - 1/T}. Checked: the structure against duelpy's {@code interleaved_filtering.py} and the
 * spec (algorithms-mab.md §E.1), the radius {@code sqrt(ln(1/δ)/m)} and {@code δ = 1/(TK^2)} as the
 * spec records them from the paper [R]; testing after every duel rather than after a full round
 * over {@code W} is ours (the union bound over {@code T K^2} tests covers it).
 *
 * <p>{@link #recommendation()}: the candidate (arm 0 before the first selection). State extras:
 * {@code "candidate": [c]} ({@code -1} before the first selection), {@code "active"} (0/1 per arm:
 * W). Thread safety: not thread-safe. Complexity: select O(K), update O(K); no allocation beyond
 * the returned duel.
 */
public final class InterleavedFilter extends WinMatrixDueler {

  private final double logInverseDelta;
  private final double radiusScale;
  private final boolean[] active;
  private int candidate = -1;

  InterleavedFilter(InterleavedFilterSpec spec, ArmSet arms) {
    super(spec, arms);
    this.logInverseDelta = logInverseDelta(spec.horizon(), k);
    this.radiusScale = spec.radiusScale();
    this.active = new boolean[k];
  }

  InterleavedFilter(InterleavedFilterSpec spec, PolicyState state) {
    super(spec, state);
    this.logInverseDelta = logInverseDelta(spec.horizon(), k);
    this.radiusScale = spec.radiusScale();
    DuelingState s = (DuelingState) state;
    this.candidate = armIndex("candidate", extra(s, "candidate", 1)[0], -1, k);
    this.active = flags(s, "active", k);
    if (candidate >= 0 && active[candidate]) {
      throw new IllegalArgumentException(
          "state extra 'active' must not contain the candidate " + candidate);
    }
    if (candidate < 0) {
      for (boolean a : active) {
        if (a) {
          throw new IllegalArgumentException(
              "state extra 'active' must be empty before a candidate is drawn");
        }
      }
    }
  }

  /** {@code ln(1/δ) = ln(T K^2)}. */
  static double logInverseDelta(long horizon, int k) {
    return Math.log((double) horizon) + 2 * Math.log(k);
  }

  @Override
  public Duel select(RandomGenerator rng) {
    if (candidate < 0) {
      candidate = rng.nextInt(k);
      for (int i = 0; i < k; i++) {
        active[i] = i != candidate;
      }
    }
    int opponent = candidate;
    long fewest = Long.MAX_VALUE;
    for (int b = 0; b < k; b++) {
      if (active[b] && wins.count(candidate, b) < fewest) {
        fewest = wins.count(candidate, b);
        opponent = b;
      }
    }
    return choose(candidate, opponent);
  }

  private double radius(long m) {
    return Math.sqrt(radiusScale * logInverseDelta / m);
  }

  @Override
  void learned(int a, int b, DuelOutcome outcome) {
    if (candidate < 0 || a == b || (a != candidate && b != candidate)) {
      return;
    }
    int other = a == candidate ? b : a;
    if (!active[other]) {
      return;
    }
    int challenger = -1;
    double lowest = 0.5;
    for (int j = 0; j < k; j++) {
      long m = wins.count(candidate, j);
      if (!active[j] || m == 0) {
        continue;
      }
      double p = wins.mean(candidate, j);
      double r = radius(m);
      if (p - r > 0.5) {
        active[j] = false;
      } else if (p + r < lowest) {
        lowest = p + r;
        challenger = j;
      }
    }
    if (challenger >= 0) {
      for (int j = 0; j < k; j++) {
        if (active[j] && wins.count(candidate, j) > 0 && wins.mean(candidate, j) > 0.5) {
          active[j] = false;
        }
      }
      candidate = challenger;
      active[challenger] = false;
    }
  }

  /** Whether the filtering has ended (the candidate is dueling itself). */
  public boolean exploiting() {
    if (candidate < 0) {
      return false;
    }
    for (boolean a : active) {
      if (a) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Arm recommendation() {
    return arms().get(Math.max(candidate, 0));
  }

  @Override
  Map<String, long[]> extras() {
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put("candidate", new long[] {candidate});
    m.put("active", flagsToLongs(active));
    return m;
  }
}
