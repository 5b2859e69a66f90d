package org.bandits4j.algorithms.dueling;

import java.util.Arrays;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.PolicyState;

/**
 * Double Thompson Sampling (D-TS): both duellists are chosen by Thompson sampling from Beta
 * posteriors of the pairwise preferences, the first among the optimistic Copeland winners, the
 * second among the arms that may still beat the first.
 *
 * <p>With {@code u_ij, l_ij} the confidence bounds of {@link WinMatrix} ({@code alpha}) and Beta(1,
 * 1) priors per pair:
 *
 * <pre>{@code
 * first:  zeta_i = #{j != i : u_ij > 1/2};  C = argmax_i zeta_i
 *         for i < j (pairs touching C): theta_ij ~ Beta(W_ij + 1, W_ji + 1), theta_ji = 1 - theta_ij
 *         a1 = argmax_{i in C} #{j != i : theta_ij > 1/2}            (uniform ties)
 * second: for i != a1 with l_{i,a1} <= 1/2: theta'_i ~ Beta(W_{i,a1} + 1, W_{a1,i} + 1);
 *         theta'_{a1} = 1/2
 *         a2 = argmax over { i : l_{i,a1} <= 1/2 } of theta'_i        (uniform ties; a1 eligible)
 * }</pre>
 *
 * When {@code |C| = 1} the first candidate needs no sample. Beta variates are {@code x/(x+y)} of
 * two {@link GammaTable} Gamma variates.
 *
 * <p>Paper: H. Wu, X. Liu, "Double Thompson Sampling for Dueling Bandits", NeurIPS 2016, Algorithm
 * 1: Copeland regret {@code O(K^2 ln T)} in general and {@code O(K ln T + K^2 ln ln T)} with a
 * Condorcet winner. Checked against duelpy's {@code double_thompson_sampling.py} (bengsV/duelpy)
 * and the spec (algorithms-mab.md §E.5): the two stages, the pruning by upper Copeland scores, the
 * eligibility {@code l_{i,a1} <= 1/2} (which always admits {@code a1}), {@code alpha = 0.51}. Not
 * re-read in the paper: the exact tie rules (D-TS+ refines them; not implemented).
 *
 * <p>The state is the win matrix alone, so the {@link org.bandits4j.api.Merger} facet is exact
 * (matrices add). {@link #recommendation()}: the empirical Copeland winner.
 *
 * <p>Thread safety: not thread-safe. Complexity: select O(K²) bound checks plus up to {@code |C| K
 * + K} Beta draws (about {@code K} once one candidate remains), update O(1); no allocation beyond
 * the returned duel.
 */
public final class DoubleThompson extends WinMatrixDueler {

  private final double alpha;
  private final boolean[] candidate;
  private final double[] theta;
  private final double[] score;
  private final ArgMax argMax = new ArgMax();

  DoubleThompson(DoubleThompsonSpec spec, ArmSet arms) {
    super(spec, arms);
    this.alpha = spec.alpha();
    this.candidate = new boolean[k];
    this.theta = new double[k * k];
    this.score = new double[k];
  }

  DoubleThompson(DoubleThompsonSpec spec, PolicyState state) {
    super(spec, state);
    this.alpha = spec.alpha();
    this.candidate = new boolean[k];
    this.theta = new double[k * k];
    this.score = new double[k];
  }

  private double beta(int i, int j, RandomGenerator rng) {
    double a = wins.wins(i, j) + 1.0;
    double b = wins.wins(j, i) + 1.0;
    return GammaTable.beta(GammaTable.sample(a, rng), GammaTable.sample(b, rng), a, b, rng);
  }

  @Override
  public Duel select(RandomGenerator rng) {
    double s = confidenceScale(alpha);
    int best = -1;
    int count = 0;
    int only = 0;
    for (int i = 0; i < k; i++) {
      int z = 0;
      for (int j = 0; j < k; j++) {
        if (j != i && wins.upper(i, j, s) > 0.5) {
          z++;
        }
      }
      if (z > best) {
        best = z;
        count = 0;
        Arrays.fill(candidate, false);
      }
      if (z == best) {
        candidate[i] = true;
        count++;
        only = i;
      }
    }
    int first = count == 1 ? only : sampledFirst(rng);
    return choose(first, sampledSecond(first, s, rng));
  }

  private int sampledFirst(RandomGenerator rng) {
    for (int i = 0; i < k; i++) {
      if (!candidate[i]) {
        continue;
      }
      for (int j = 0; j < k; j++) {
        if (j == i) {
          continue;
        }
        if (j < i && candidate[j]) {
          theta[i * k + j] = 1.0 - theta[j * k + i];
        } else {
          theta[i * k + j] = beta(i, j, rng);
        }
      }
    }
    for (int i = 0; i < k; i++) {
      if (!candidate[i]) {
        score[i] = -1;
        continue;
      }
      int wonBy = 0;
      for (int j = 0; j < k; j++) {
        if (j != i && theta[i * k + j] > 0.5) {
          wonBy++;
        }
      }
      score[i] = wonBy;
    }
    return argMax.select(score, rng);
  }

  private int sampledSecond(int first, double s, RandomGenerator rng) {
    for (int i = 0; i < k; i++) {
      if (i == first) {
        score[i] = 0.5;
      } else if (wins.lower(i, first, s) <= 0.5) {
        score[i] = beta(i, first, rng);
      } else {
        score[i] = Double.NEGATIVE_INFINITY;
      }
    }
    return argMax.select(score, rng);
  }

  @Override
  public Arm recommendation() {
    return arms().get(wins.empiricalCopelandWinner());
  }

  @Override
  boolean mergeable() {
    return true;
  }

  @Override
  Map<String, long[]> extras() {
    return Map.of();
  }
}
