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
 * MergeRUCB: RUCB inside small batches of arms, which are pruned and merged as they shrink, so the
 * work per round and the exploration cost grow with {@code K} rather than {@code K^2}.
 *
 * <p>Bounds {@code u_ij = p_ij + sqrt(α ln(t + C) / n_ij)} ({@code x/0 := 1}) with the offset
 * {@code C = ((4α - 1) K^2 / ((2α - 1) δ))^{1/(2α - 1)}} (computed in logarithms). Rounds:
 *
 * <pre>{@code
 * first selection: shuffle the arms uniformly, cut them into ceil(K/P) batches of near-equal size
 * merge check: if the surviving arms number <= K / 2^s (stage s, from 1) and there are >= 2
 *   batches: sort batches by (size, smallest arm); pair the smallest with the largest while their
 *   sum is < 3P/2 (a batch that cannot be paired stays alone); s = s + 1
 * pick the next batch round-robin; prune it: drop every arm k with u_kl < 1/2 for some l of the
 *   batch (bounds taken before any drop; the batch never empties, its least-beaten arm stays)
 * if it has >= 2 arms: c uniform in it, d = argmax_{j in batch, j != c} u_jc (uniform ties)
 * else try the next batch; if no batch has two arms: merge if there are several, otherwise
 *   the last arm duels itself
 * }</pre>
 *
 * <p>Paper: M. Zoghi, S. Whiteson, M. de Rijke, "MergeRUCB: A Method for Large-Scale Online Ranker
 * Evaluation", WSDM 2015: with a Condorcet winner, {@code P >= 4} and {@code α > 1/2}, with
 * probability {@code 1 - δ} the regret is {@code O(K ln T)} (no {@code K^2 ln T} term). Checked
 * against duelpy's {@code merge_rucb.py}: the batch structure, the pruning rule, the challenger
 * rule, the offset {@code C} and the round-robin over batches. Ours: merging starts at stage 1
 * (duelpy's check at stage 0 merges at construction, doubling the first batches), pairing stops at
 * {@code 3P/2} (duelpy's last branch appends a batch inside another), batches never empty, and the
 * self-duel at the end; the paper's merge schedule was not re-read.
 *
 * <p>{@link #recommendation()}: the empirical Copeland winner among the surviving arms. State
 * extras: {@code "batch"} (per arm its batch number, {@code -1} once pruned; all {@code -1} before
 * the first selection), {@code "stage": [s]} (0 before the first selection), {@code "cursor": [r]}.
 * Thread safety: not thread-safe. Complexity: select O(K + P²), update O(1); merging O(K log K)
 * allocates, a few times in a run.
 */
public final class MergeRucb extends WinMatrixDueler {

  private final double alpha;
  private final int partition;
  private final double logOffset;
  private final int[] batch;
  private final int[] members;
  private final double[] column;
  private final ArgMax argMax = new ArgMax();
  private int stage;
  private long cursor;
  private int batches;

  MergeRucb(MergeRucbSpec spec, ArmSet arms) {
    super(spec, arms);
    this.alpha = spec.alpha();
    this.partition = spec.partitionSize();
    this.logOffset = logOffset(alpha, k, spec.failureProbability());
    this.batch = new int[k];
    Arrays.fill(batch, -1);
    this.members = new int[k];
    this.column = new double[k];
  }

  MergeRucb(MergeRucbSpec spec, PolicyState state) {
    super(spec, state);
    this.alpha = spec.alpha();
    this.partition = spec.partitionSize();
    this.logOffset = logOffset(alpha, k, spec.failureProbability());
    DuelingState s = (DuelingState) state;
    long[] b = extra(s, "batch", k);
    long st = extra(s, "stage", 1)[0];
    if (st < 0 || st > 64) {
      throw new IllegalArgumentException("state extra 'stage' must be in [0, 64], was " + st);
    }
    this.stage = (int) st;
    this.cursor = extra(s, "cursor", 1)[0];
    if (cursor < 0) {
      throw new IllegalArgumentException("state extra 'cursor' must be >= 0, was " + cursor);
    }
    this.batch = new int[k];
    int max = -1;
    int alive = 0;
    for (int i = 0; i < k; i++) {
      batch[i] = armIndex("batch", b[i], -1, k);
      max = Math.max(max, batch[i]);
      alive += batch[i] >= 0 ? 1 : 0;
    }
    this.batches = max + 1;
    boolean[] used = new boolean[batches];
    for (int i = 0; i < k; i++) {
      if (batch[i] >= 0) {
        used[batch[i]] = true;
      }
    }
    for (int j = 0; j < batches; j++) {
      if (!used[j]) {
        throw new IllegalArgumentException("state extra 'batch' skips batch number " + j);
      }
    }
    if ((stage == 0) != (alive == 0)) {
      throw new IllegalArgumentException(
          "state extras 'stage' and 'batch' disagree: stage " + stage + ", " + alive + " arms");
    }
    this.members = new int[k];
    this.column = new double[k];
  }

  /** {@code ln C}, {@code C = ((4α-1) K^2 / ((2α-1) δ))^{1/(2α-1)}}. */
  static double logOffset(double alpha, int k, double delta) {
    return (Math.log(4 * alpha - 1) + 2 * Math.log(k) - Math.log(2 * alpha - 1) - Math.log(delta))
        / (2 * alpha - 1);
  }

  /** {@code sqrt(α ln(t + C))}. */
  private double scale() {
    double t = wins.duels() + 1.0;
    return Math.sqrt(alpha * (logOffset + Math.log1p(t * Math.exp(-logOffset))));
  }

  @Override
  public Duel select(RandomGenerator rng) {
    if (stage == 0) {
      partition(rng);
    }
    if (batches > 1 && alive() <= k >> Math.min(stage, 31)) {
      merge();
      stage++;
    }
    double s = scale();
    while (true) {
      for (int tried = 0; tried < batches; tried++) {
        int b = (int) (cursor++ % batches);
        int n = prune(b, s);
        if (n >= 2) {
          int c = members[rng.nextInt(n)];
          Arrays.fill(column, Double.NEGATIVE_INFINITY);
          for (int x = 0; x < n; x++) {
            int j = members[x];
            if (j != c) {
              column[j] = wins.upper(j, c, s);
            }
          }
          return choose(c, argMax.select(column, rng));
        }
      }
      if (batches == 1) {
        collect(0);
        return choose(members[0], members[0]);
      }
      merge();
    }
  }

  private void partition(RandomGenerator rng) {
    long[] order = shuffledArms(rng);
    batches = Math.max(1, (k + partition - 1) / partition);
    for (int x = 0; x < k; x++) {
      batch[(int) order[x]] = (int) ((long) x * batches / k);
    }
    stage = 1;
  }

  private int alive() {
    int n = 0;
    for (int b : batch) {
      n += b >= 0 ? 1 : 0;
    }
    return n;
  }

  /** Fills {@code members} with batch {@code b}'s arms in index order; returns their number. */
  private int collect(int b) {
    int n = 0;
    for (int i = 0; i < k; i++) {
      if (batch[i] == b) {
        members[n++] = i;
      }
    }
    return n;
  }

  /** Prunes batch {@code b}; leaves its survivors in {@code members}; returns their number. */
  private int prune(int b, double s) {
    int n = collect(b);
    int kept = 0;
    int leastBeaten = members[0];
    double leastBeatenBound = Double.NEGATIVE_INFINITY;
    for (int x = 0; x < n; x++) {
      int i = members[x];
      double worst = Double.POSITIVE_INFINITY;
      for (int y = 0; y < n; y++) {
        worst = Math.min(worst, wins.upper(i, members[y], s));
      }
      if (worst > leastBeatenBound) {
        leastBeatenBound = worst;
        leastBeaten = i;
      }
      column[i] = worst;
    }
    for (int x = 0; x < n; x++) {
      int i = members[x];
      if (column[i] < 0.5 && i != leastBeaten) {
        batch[i] = -1;
      } else {
        members[kept++] = i;
      }
    }
    return kept;
  }

  /** Pairs small batches with large ones; renumbers batches by their smallest arm. */
  private void merge() {
    int[] size = new int[batches];
    int[] smallest = new int[batches];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int i = 0; i < k; i++) {
      if (batch[i] >= 0) {
        size[batch[i]]++;
        smallest[batch[i]] = Math.min(smallest[batch[i]], i);
      }
    }
    Integer[] order = new Integer[batches];
    for (int b = 0; b < batches; b++) {
      order[b] = b;
    }
    Arrays.sort(
        order,
        (x, y) ->
            size[x] != size[y]
                ? Integer.compare(size[x], size[y])
                : Integer.compare(smallest[x], smallest[y]));
    int[] target = new int[batches];
    int next = 0;
    int lo = 0;
    int hi = batches - 1;
    while (lo <= hi) {
      if (lo == hi) {
        target[order[lo++]] = next++;
      } else if (2 * (size[order[lo]] + size[order[hi]]) >= 3 * partition) {
        target[order[hi--]] = next++;
      } else {
        target[order[lo++]] = next;
        target[order[hi--]] = next++;
      }
    }
    if (next == batches) {
      // nothing could be paired (every batch is large): pair the two smallest anyway
      target[order[1]] = target[order[0]];
    }
    for (int i = 0; i < k; i++) {
      if (batch[i] >= 0) {
        batch[i] = target[batch[i]];
      }
    }
    renumber();
  }

  /** Renumbers the batches 0, 1, ... in the order of their smallest arm. */
  private void renumber() {
    int[] map = new int[k];
    Arrays.fill(map, -1);
    int next = 0;
    for (int i = 0; i < k; i++) {
      int b = batch[i];
      if (b >= 0) {
        if (map[b] < 0) {
          map[b] = next++;
        }
        batch[i] = map[b];
      }
    }
    batches = next;
  }

  /** Number of batches (0 before the first selection). */
  public int batchCount() {
    return batches;
  }

  @Override
  public Arm recommendation() {
    int best = 0;
    int bestScore = -1;
    for (int i = 0; i < k; i++) {
      if (stage > 0 && batch[i] < 0) {
        continue;
      }
      int score = 0;
      for (int j = 0; j < k; j++) {
        score += wins.mean(i, j) > 0.5 ? 1 : 0;
      }
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return arms().get(best);
  }

  @Override
  Map<String, long[]> extras() {
    Map<String, long[]> m = new LinkedHashMap<>();
    long[] b = new long[k];
    for (int i = 0; i < k; i++) {
      b[i] = batch[i];
    }
    m.put("batch", b);
    m.put("stage", new long[] {stage});
    m.put("cursor", new long[] {cursor});
    return m;
  }
}
