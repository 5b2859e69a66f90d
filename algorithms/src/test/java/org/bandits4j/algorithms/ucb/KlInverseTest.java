package org.bandits4j.algorithms.ucb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.bandits4j.simulators.bounds.Divergences;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The KL-inverse solver at its edges, on the spec's checklist, and against Hipparchus' Brent. */
class KlInverseTest {

  private static final KlFamily B = KlFamily.BERNOULLI;

  /** The root of {@code kl(p, q) = d} on {@code [p, hi]} by Hipparchus' bracketing Brent solver. */
  private static double brent(KlFamily family, double p, double d, double hi) {
    BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-15, 1e-15, 5);
    return solver.solve(1_000, q -> family.kl(p, q, 1.0) - d, p, hi);
  }

  /** By hand: the four divergences, and agreement with the simulators' bound divergences. */
  @Test
  void divergencesByHand() {
    // kl(0.5, 0.9) = 0.5 ln(0.5/0.9) + 0.5 ln(0.5/0.1) = 0.5 (ln 5 - ln 1.8) = 0.5108256
    assertEquals(0.5 * (Math.log(5) - Math.log(1.8)), B.kl(0.5, 0.9, 1), 1e-15);
    // Poisson kl(1, 2) = 2 - 1 + ln(1/2) = 0.3068528
    assertEquals(1 - Math.log(2), KlFamily.POISSON.kl(1, 2, 1), 1e-15);
    // exponential kl(1, 2) = 1/2 - 1 - ln(1/2) = 0.1931472
    assertEquals(Math.log(2) - 0.5, KlFamily.EXPONENTIAL.kl(1, 2, 1), 1e-15);
    // Gaussian, sigma 2: (0 - 1)^2 / (2 * 4) = 1/8
    assertEquals(0.125, KlFamily.GAUSSIAN.kl(0, 1, 2), 0);
    // edges: 0 ln 0 = 0
    assertEquals(-Math.log(0.25), B.kl(0, 0.75, 1), 1e-15);
    assertEquals(-Math.log(0.75), B.kl(1, 0.75, 1), 1e-15);
    assertEquals(Double.POSITIVE_INFINITY, B.kl(0.5, 1, 1));
    assertEquals(3.0, KlFamily.POISSON.kl(0, 3, 1));
    assertEquals(Double.POSITIVE_INFINITY, KlFamily.EXPONENTIAL.kl(0, 3, 1));
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 1000; i++) {
      double p = rng.nextDouble(0.001, 0.999);
      double q = rng.nextDouble(0.001, 0.999);
      assertEquals(Divergences.bernoulli(p, q), B.kl(p, q, 1), 1e-12);
      double x = rng.nextDouble(0.01, 20);
      double y = rng.nextDouble(0.01, 20);
      assertEquals(Divergences.poisson(x, y), KlFamily.POISSON.kl(x, y, 1), 1e-9 * (1 + x + y));
      assertEquals(
          Divergences.exponential(x, y), KlFamily.EXPONENTIAL.kl(x, y, 1), 1e-9 * (x / y + y / x));
    }
  }

  /** The spec's checklist (algorithms-mab.md §I). */
  @Test
  void specChecklist() {
    assertTrue(Math.abs(B.kl(0.5, KlInverse.upper(B, 0.5, 0.1, 1), 1) - 0.1) < 1e-9);
    for (double d : new double[] {1e-9, 1e-3, 0.1, 1, 10, 40}) {
      assertEquals(1 - Math.exp(-d), KlInverse.upper(B, 0, d, 1), 1e-15, "p = 0, d = " + d);
      assertEquals(1.0, KlInverse.upper(B, 1, d, 1), "p = 1, d = " + d);
    }
  }

  @ParameterizedTest
  @EnumSource(KlFamily.class)
  void zeroOrNegativeBudgetReturnsTheMean(KlFamily family) {
    for (double p : new double[] {0, 0.3, 1}) {
      assertEquals(p, KlInverse.upper(family, p, 0, 2));
      assertEquals(p, KlInverse.upper(family, p, -1, 2));
    }
  }

  @Test
  void edgesOfEachFamily() {
    // huge budgets: Bernoulli saturates at 1, Poisson grows like 2d, exponential overflows
    assertEquals(1.0, KlInverse.upper(B, 0.3, 1e6, 1), 1e-15);
    assertEquals(1.0, KlInverse.upper(B, 0, 1e6, 1));
    double poisson = KlInverse.upper(KlFamily.POISSON, 2, 1e6, 1);
    assertEquals(1e6, KlFamily.POISSON.kl(2, poisson, 1), 1e-6);
    assertEquals(Double.POSITIVE_INFINITY, KlInverse.upper(KlFamily.EXPONENTIAL, 2, 1e6, 1));
    // p near 1: the index stays in (p, 1) and solves kl = d (root 0.9993831 by bisection)
    double q = KlInverse.upper(B, 0.999, 1e-4, 1);
    assertTrue(q > 0.999 && q < 1, "q = " + q);
    assertEquals(1e-4, B.kl(0.999, q, 1), 1e-13);
    assertEquals(0.9993831, q, 1e-7);
    // so close to 1 that the root is not representable: kl(p, 1 - 1e-15) = 1.05e-9 < d, so the
    // capped start is already feasible and is the index
    double p = 1 - 1e-10;
    assertEquals(1 - 1e-15, KlInverse.upper(B, p, 1e-3, 1));
    // p = 1 - 1e-16 is treated as 1
    assertEquals(1.0, KlInverse.upper(B, 1 - 1e-16, 0.5, 1));
    // Poisson p = 0: kl(0, q) = q, so q = d; exponential p = 0: the degenerate law, index 0
    assertEquals(0.7, KlInverse.upper(KlFamily.POISSON, 0, 0.7, 1));
    assertEquals(0.0, KlInverse.upper(KlFamily.EXPONENTIAL, 0, 0.7, 1));
    // Gaussian: p + sigma sqrt(2 d) = 1 + 2 sqrt(2 * 0.125) = 2
    assertEquals(2.0, KlInverse.upper(KlFamily.GAUSSIAN, 1, 0.125, 2), 1e-15);
  }

  /**
   * 20 000 seeded cases per family against Brent: the index is at most {@code 1e-9 max(1, q)} above
   * the root, and below it by no more than the root's floating-point resolution ({@code 1e-12
   * max(1, q)}: near the root {@code kl} is evaluated with an absolute error of a few ulps of its
   * terms, which moves the computed root of both solvers by up to about {@code 1e-14} relative).
   */
  @ParameterizedTest
  @EnumSource(
      value = KlFamily.class,
      names = {"BERNOULLI", "POISSON", "EXPONENTIAL"})
  @SuppressWarnings("EnumOrdinal") // the ordinal only derives a seed for the random cases
  void agreesWithBrent(KlFamily family) {
    SplittableRandom rng = new SplittableRandom(family.ordinal() + 11);
    for (int i = 0; i < 20_000; i++) {
      int n = 1 + rng.nextInt(rng.nextBoolean() ? 10 : 100_000);
      double p =
          family == B
              ? rng.nextInt(n + 1) / (double) n
              : (rng.nextBoolean() ? rng.nextDouble(0.001, 5) : rng.nextDouble(5, 500));
      double d = Math.log(2 + rng.nextInt(1_000_000)) / n;
      double q = KlInverse.upper(family, p, d, 1);
      double hi =
          family == B
              ? 1 - 1e-15
              : family == KlFamily.POISSON
                  ? p + d + Math.sqrt(d * d + 2 * p * d) + 1e-9
                  : p * Math.exp(d + 1);
      if (family == B && (p <= KlInverse.EDGE || p >= 1 - KlInverse.EDGE || B.kl(p, hi, 1) <= d)) {
        continue; // closed-form edges, checked above
      }
      double root = brent(family, p, d, hi);
      String where = family + " p=" + p + " d=" + d + " q=" + q + " root=" + root;
      assertTrue(q >= root - 1e-12 * Math.max(1, root), "below the root: " + where);
      assertTrue(q <= root + 1e-9 * Math.max(1, root), "too far above the root: " + where);
    }
  }

  /** The cutoff never changes a result at or above it and never returns below the true index. */
  @ParameterizedTest
  @EnumSource(
      value = KlFamily.class,
      names = {"BERNOULLI", "POISSON", "EXPONENTIAL"})
  @SuppressWarnings("EnumOrdinal") // the ordinal only derives a seed for the random cases
  void cutoffOnlyShortensLosers(KlFamily family) {
    SplittableRandom rng = new SplittableRandom(family.ordinal() + 21);
    for (int i = 0; i < 20_000; i++) {
      int n = 1 + rng.nextInt(1000);
      double p = family == B ? rng.nextInt(n + 1) / (double) n : rng.nextDouble(0.01, 10);
      double d = Math.log(2 + rng.nextInt(100_000)) / n;
      double full = KlInverse.upper(family, p, d, 1);
      double cutoff = full + (rng.nextDouble() - 0.5) * 0.2 * Math.max(1, full);
      double cut = KlInverse.upper(family, p, d, 1, cutoff);
      if (full >= cutoff) {
        assertEquals(full, cut, family + " p=" + p + " d=" + d + " cutoff=" + cutoff);
      } else {
        assertTrue(cut >= full && cut < cutoff, family + " p=" + p + " cut=" + cut);
      }
    }
  }

  /**
   * The tangent at a solved point bounds the index at every other budget from above (within the
   * solver's 1e-9 margin that the policies leave), in all four families: 20 000 seeded cases each.
   */
  @ParameterizedTest
  @EnumSource(KlFamily.class)
  @SuppressWarnings("EnumOrdinal") // the ordinal only derives a seed for the random cases
  void tangentsBoundTheIndexFromAbove(KlFamily family) {
    SplittableRandom rng = new SplittableRandom(family.ordinal() + 31);
    for (int i = 0; i < 20_000; i++) {
      int n = 1 + rng.nextInt(1000);
      double p = family == B ? rng.nextInt(n + 1) / (double) n : rng.nextDouble(0.01, 10);
      double d = Math.log(2 + rng.nextInt(100_000)) / n;
      double next = d * rng.nextDouble(0.5, 2.0);
      double q = KlInverse.upper(family, p, d, 1.5);
      double bound = KlInverse.tangent(family, p, q, d, next, 1.5);
      double actual = KlInverse.upper(family, p, next, 1.5);
      assertTrue(
          bound + 1e-9 * Math.max(1, bound) >= actual,
          family + " p=" + p + " d=" + d + " next=" + next + " bound=" + bound + " index="
              + actual);
    }
  }

  /** The bisection fallback: 60 halvings keep {@code kl(p, hi) >= d} and pin the root. */
  @Test
  void bisectionFallbackBracketsTheRoot() {
    double p = 0.3;
    double d = 0.2;
    double q = KlInverse.bisection(B, p, d, 1 - 1e-15);
    assertTrue(B.kl(p, q, 1) >= d);
    assertEquals(brent(B, p, d, 1 - 1e-15), q, 1e-14);
    double poisson = KlInverse.bisection(KlFamily.POISSON, 3, 0.5, 50);
    assertEquals(brent(KlFamily.POISSON, 3, 0.5, 50), poisson, 1e-12);
  }

  /**
   * Regression for the spec's pseudo-code, which runs Newton in {@code q} from the capped start
   * {@code 1 - 1e-15} and stops at once: for {@code p = 4/7}, {@code d = 0.655} it returns 1. The
   * root is 0.9529990 (Brent; SMPyBandits-style bisection agrees).
   */
  @Test
  void cappedStartDoesNotStall() {
    double p = 4.0 / 7.0;
    double d = 0.654995354095796;
    assertEquals(brent(B, p, d, 1 - 1e-15), KlInverse.upper(B, p, d, 1), 1e-10);
    assertEquals(0.9529990, KlInverse.upper(B, p, d, 1), 1e-7);
  }
}
