package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MOSS regret (spec algorithms-mab.md §A.4 and §I). Minimax statistic {@code R_n / sqrt(K n)} on
 * Bern-hard(10, n) ({@code μ_1 = 0.5 + sqrt(10/n)}, nine arms at 0.5), n = 10^3, 10^4, 10^5, one
 * run per n with MOSS tuned to n, 100 replications (master seed 501); UCB1 and anytime MOSS on the
 * same draws. MOSS tuned to 10^5 on Bern-B, 200 replications (seed 502).
 *
 * <ul>
 *   <li>(i) {@code R_n <= 49 sqrt(nK)} (Audibert and Bubeck): the statistic is about 0.63, so the
 *       criterion can only fail for a broken policy.
 *   <li>(ii) the statistic grows by less than 20% from 10^3 to 10^5 (measured: it shrinks, 0.66 to
 *       0.63, SE 0.017; a false alarm needs a 7 SE deviation).
 *   <li>(iii) below UCB1's statistic at 10^5 by more than 3 combined SE (measured 0.63 against
 *       0.85: 9 SE).
 *   <li>Agreement with the spec's reference statistics (MOSS 0.612 / 0.641 / 0.646, UCB1 0.835 /
 *       0.847 / 0.848) within 5% or 3 combined SE, the reference's unpublished SE taken equal to
 *       ours; and with MOSS's Bern-B reference 102.1 ± 1.3 at 10^5 (about 0.3% false alarms per
 *       comparison).
 *   <li>Anytime MOSS ({@code α = 1.35}): (ii) and (iii) likewise, and agreement with the committed
 *       reference of this implementation on seed 1501.
 *   <li>Power: MOSS whose bonus forgets the {@code K} ({@code ln⁺(n/N_i)}) explores like a UCB and
 *       misses the reference statistic at n = 10^4 (100 replications).
 * </ul>
 */
public class MossRegretTest {

  private static final long[] N = {1_000, 10_000, 100_000};
  private static final double[][] STAT = new double[3][];
  private static final double[][] SE = new double[3][];
  private static RegretCurves bernB;

  private static final int MOSS = 0;
  private static final int UCB1 = 1;
  private static final int ANYTIME = 2;

  static double[] hard(long n) {
    double[] mu = new double[10];
    Arrays.fill(mu, 0.5);
    mu[0] = 0.5 + Math.sqrt(10.0 / n);
    return mu;
  }

  /** {@code {statistic, SE}} of one policy at n. */
  static double[] statistic(PolicySpec<? extends Bandit> spec, long n, long seed) {
    RegretCurves c =
        ReplicationRunner.builder()
            .horizon(n)
            .replications(100)
            .seed(seed)
            .checkpoints(n)
            .build()
            .run(new BernoulliEnvironment(hard(n)), spec);
    double scale = Math.sqrt(10.0 * n);
    return new double[] {
      c.mean(RegretKind.PSEUDO, 0) / scale, c.standardError(RegretKind.PSEUDO, 0) / scale
    };
  }

  /** The rows of {@code reference-ours.csv} this test reads, recomputed on their seed (1501). */
  public static List<Reference> referenceRows() {
    List<Reference> rows = new ArrayList<>();
    for (long n : N) {
      double[] s = statistic(MossAnytimeSpec.defaults(), n, 1501);
      rows.add(RegretExperiments.row("bern-hard-10", n, "moss-anytime", s[0], s[1]));
    }
    return rows;
  }

  @BeforeAll
  static void run() {
    for (int p = 0; p < 3; p++) {
      STAT[p] = new double[3];
      SE[p] = new double[3];
    }
    for (int j = 0; j < 3; j++) {
      long n = N[j];
      PolicySpec<?>[] specs = {new MossSpec(n), Ucb1Spec.defaults(), MossAnytimeSpec.defaults()};
      for (int p = 0; p < 3; p++) {
        @SuppressWarnings("unchecked")
        double[] s = statistic((PolicySpec<? extends Bandit>) specs[p], n, 501);
        STAT[p][j] = s[0];
        SE[p][j] = s[1];
      }
    }
    bernB =
        ReplicationRunner.builder()
            .horizon(100_000)
            .replications(200)
            .seed(502)
            .checkpoints(100_000)
            .build()
            .run(new BernoulliEnvironment(RegretExperiments.bernB()), new MossSpec(100_000));
  }

  @Test
  void minimaxCriteria() {
    for (int j = 0; j < 3; j++) {
      double bound = UpperBounds.moss(N[j], 10) / Math.sqrt(10.0 * N[j]);
      assertTrue(STAT[MOSS][j] <= bound, "(i) at n = " + N[j]);
    }
    for (int p : new int[] {MOSS, ANYTIME}) {
      assertTrue(
          STAT[p][2] < 1.2 * STAT[p][0], "(ii) policy " + p + ": " + Arrays.toString(STAT[p]));
      double gap = STAT[UCB1][2] - STAT[p][2];
      assertTrue(gap > 3 * Math.hypot(SE[UCB1][2], SE[p][2]), "(iii) policy " + p + " gap " + gap);
    }
  }

  /** Agreement with an unpublished-SE reference: its SE taken equal to ours. */
  private static boolean agrees(Reference ref, double mean, double se) {
    double refSe = ref.se() > 0 ? ref.se() : se;
    return new Reference(ref.instance(), ref.t(), ref.policy(), ref.mean(), refSe).agrees(mean, se);
  }

  @Test
  void agreesWithTheReferenceImplementation() {
    for (String policy : new String[] {"moss", "ucb1"}) {
      int p = policy.equals("moss") ? MOSS : UCB1;
      List<Reference> refs = RegretExperiments.references("/regret/reference-minimax.csv", policy);
      assertEquals(3, refs.size(), policy);
      for (Reference ref : refs) {
        int j = Arrays.binarySearch(N, ref.t());
        assertTrue(agrees(ref, STAT[p][j], SE[p][j]), ref + " vs " + STAT[p][j] + " ± " + SE[p][j]);
      }
    }
    Reference bernBRef = RegretExperiments.references("moss").get(0);
    double m = bernB.mean(RegretKind.PSEUDO, 0);
    assertTrue(
        bernBRef.agrees(m, bernB.standardError(RegretKind.PSEUDO, 0)), bernBRef + " vs " + m);
    List<Reference> anytime =
        RegretExperiments.references("/regret/reference-ours.csv", "moss-anytime");
    assertEquals(3, anytime.size(), "anytime MOSS rows");
    for (Reference ref : anytime) {
      int j = Arrays.binarySearch(N, ref.t());
      assertTrue(ref.agrees(STAT[ANYTIME][j], SE[ANYTIME][j]), ref + " vs " + STAT[ANYTIME][j]);
    }
  }

  @Test
  void aBonusWithoutTheArmCountIsCaught() {
    long n = 10_000;
    BrokenIndex noK =
        new BrokenIndex(
            "moss without K",
            (pulls, sum, t, k) -> {
              double x = Math.log((double) n / pulls);
              return sum / pulls + (x > 0 ? Math.sqrt(x / pulls) : 0);
            });
    double[] s = statistic(noK, n, 501);
    Reference ref =
        RegretExperiments.references("/regret/reference-minimax.csv", "moss").stream()
            .filter(r -> r.t() == n)
            .findFirst()
            .orElseThrow();
    assertFalse(agrees(ref, s[0], s[1]), "MOSS without K: " + s[0] + " ± " + s[1]);
  }
}
