package org.bandits4j.algorithms.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linalg.RidgeStatistics;
import org.bandits4j.algorithms.state.Json;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

/**
 * Small examples whose decisions were worked out by hand (arithmetic in the comments), one per
 * linear policy. Every example first teaches the policy one observation: feature row {@code (1, 0)}
 * with reward 1, so that (with {@code λ = 1}) {@code V = diag(2, 1)}, {@code b = (1, 0)}, {@code θ̂
 * = (0.5, 0)} for the model that saw it, and {@code ln det V = ln 2}.
 */
class LinearHandCheckedTest {

  private static final double[] E1 = {1.0, 0.0};

  /** The fraction of {@code n} selections at {@code context} that pick arm 0 (seeded draws). */
  private static double shareOfArmZero(ContextualBandit p, Context context, long seed, int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    int zero = 0;
    for (int i = 0; i < n; i++) {
      zero += p.select(context, rng).arm().index() == 0 ? 1 : 0;
    }
    return zero / (double) n;
  }

  private static Selection teach(ContextualBandit p, Context context, int arm) {
    Selection s = p.select(context, new SplittableRandom(1));
    Selection forced = Selection.forced(p.arms().get(arm));
    p.update(context, forced, 1.0);
    return s;
  }

  /**
   * Disjoint LinUCB, shared context. Arm 0 learns {@code x = (1, 0), r = 1}: {@code A_0 = diag(2,
   * 1)}, {@code θ̂_0 = (0.5, 0)}; arm 1 is unseen ({@code A_1 = I}). At {@code x = (1, 1)}: {@code
   * p_0 = 0.5 + α sqrt(1/2 + 1) = 0.5 + 1.2247449 α}, {@code p_1 = 0 + α sqrt(2) = 1.4142136 α}.
   * They cross at {@code α* = 0.5 / (1.4142136 - 1.2247449) = 2.6389584}: arm 0 below, arm 1 above.
   */
  @Test
  void linUcbIndexCrossesAtTheHandComputedAlpha() {
    assertEquals(0, linUcbChoice(2.63), "α = 2.63 < α*: p_0 = 3.7211 > p_1 = 3.7194");
    assertEquals(1, linUcbChoice(2.65), "α = 2.65 > α*: p_0 = 3.7455 < p_1 = 3.7477");
    assertEquals(0, linUcbChoice(1.0), "α = 1: p_0 = 1.7247 > p_1 = 1.4142");
  }

  /** The choice at {@code x = (1, 1)}; the Sherman–Morrison and Cholesky kernels must agree. */
  private static int linUcbChoice(double alpha) {
    int[] choices = new int[2];
    RidgeKernel[] kernels = {RidgeKernel.SHERMAN_MORRISON, RidgeKernel.CHOLESKY};
    for (int k = 0; k < 2; k++) {
      ContextualBandit p =
          LinUcbSpec.of(2, alpha).withKernel(kernels[k]).create(ArmSet.of("a", "b"));
      teach(p, Context.of(E1), 0);
      choices[k] =
          p.select(Context.of(new double[] {1.0, 1.0}), new SplittableRandom(2)).arm().index();
    }
    assertEquals(choices[0], choices[1], "Sherman–Morrison vs Cholesky at alpha " + alpha);
    return choices[0];
  }

  /**
   * OFUL radius, {@code R = 0.1}, {@code δ = 0.05}, {@code S = 1}, {@code λ = 1}, after one row
   * {@code (1, 0)}: {@code β = 0.1 sqrt(ln 2 + 2 ln 20) + 1 = 0.1 sqrt(0.6931472 + 5.9914645) + 1 =
   * 0.1 × 2.5854616 + 1 = 1.2585462}. With {@code θ̂ = (0.5, 0)}, rows {@code (1, 0)} and {@code
   * (0, c)}: {@code p_0 = 0.5 + β sqrt(1/2) = 0.5 + 0.8899271 = 1.3899271}, {@code p_1 = β c}; arm
   * 1 wins iff {@code c > 1.3899271 / 1.2585462 = 1.1043914}.
   */
  @Test
  void ofulRadiusAndDecisionMatchTheHandComputation() {
    OfulSpec spec = OfulSpec.of(2, 0.05, 0.1, 1.0);
    assertEquals(1.2585461608, spec.radius(Math.log(2.0)), 1e-9);
    assertEquals(1.0 + 0.1 * Math.sqrt(2 * Math.log(20)), spec.radius(0.0), 1e-12);
    assertEquals(0, ofulChoice(spec, 1.10), "c = 1.10: p_1 = 1.3844 < 1.3899");
    assertEquals(1, ofulChoice(spec, 1.11), "c = 1.11: p_1 = 1.3970 > 1.3899");
    OfulSpec lazy = spec.withSwitchGrowth(1.0); // ln det grew by ln 2 = ln(1 + C): a switch
    assertEquals(0, ofulChoice(lazy, 1.10));
    assertEquals(1, ofulChoice(lazy, 1.11));
  }

  private static int ofulChoice(OfulSpec spec, double c) {
    ContextualBandit p = spec.create(ArmSet.of("a", "b"));
    Context first = Context.ofArms(new double[][] {E1, {0.0, 1.0}});
    teach(p, first, 0);
    Context second = Context.ofArms(new double[][] {E1, {0.0, c}});
    return p.select(second, new SplittableRandom(3)).arm().index();
  }

  /**
   * Shared LinTS with constant scale {@code v = 1}: after row {@code (1, 0)}, reward 1, the sample
   * is {@code μ̃ ~ N((0.5, 0), diag(1/2, 1))}. With rows {@code x_0 = (1, 0)}, {@code x_1 = (0,
   * 1)}, arm 0 is played iff {@code ⟨x_0 - x_1, μ̃⟩ > 0}, a normal with mean 0.5 and variance 1/2 +
   * 1 = 1.5: probability {@code Φ(0.5 / sqrt(1.5)) = Φ(0.4082483) = 0.6584543}. Over 20000
   * independent draws the frequency has standard error 0.00335; we accept 4.5 SE (false-alarm rate
   * 7e-6). Sampling with {@code B} instead of {@code B⁻¹} would give {@code Φ(0.5/sqrt(3)) =
   * 0.6136}, 13 SE away.
   */
  @Test
  void sharedLinTsPlaysArmZeroWithTheHandComputedProbability() {
    ContextualBandit p = LinTsSpec.shared(2, 1.0).create(ArmSet.of("a", "b"));
    Context rows = Context.ofArms(new double[][] {E1, {0.0, 1.0}});
    teach(p, rows, 0);
    int n = 20_000;
    double expected = 0.6584543008;
    double se = Math.sqrt(expected * (1 - expected) / n);
    assertEquals(expected, shareOfArmZero(p, rows, 11, n), 4.5 * se);
  }

  /**
   * Per-arm LinTS with {@code v = 1}, shared context: arm 0 learned {@code x = (1, 0), r = 1}
   * ({@code θ̂_0 = (0.5, 0)}, {@code A_0 = diag(2, 1)}), arm 1 is unseen ({@code A_1 = I}). At
   * {@code x = (1, 1)} the two scores are independent normals: {@code N(0.5, 1/2 + 1)} and {@code
   * N(0, 2)}; arm 0 wins with probability {@code Φ(0.5 / sqrt(3.5)) = Φ(0.2672612) = 0.6053660}.
   * 40000 draws: standard error 0.00244, accepted within 4.5 SE (false-alarm rate 7e-6). Sampling
   * with {@code A_0} instead of {@code A_0⁻¹} would give {@code Φ(0.5/sqrt(5)) = 0.5885}, 6.9 SE
   * away. Both kernels (Sherman–Morrison, the model's own, and Cholesky) are checked.
   */
  @Test
  void disjointLinTsPlaysArmZeroWithTheHandComputedProbability() {
    for (RidgeKernel kernel : RidgeKernel.values()) {
      ContextualBandit p =
          LinTsSpec.disjoint(2, 1.0).withKernel(kernel).create(ArmSet.of("a", "b"));
      teach(p, Context.of(E1), 0);
      Context x = Context.of(new double[] {1.0, 1.0});
      int n = 40_000;
      double expected = 0.6053659869;
      assertEquals(
          expected,
          shareOfArmZero(p, x, 13, n),
          4.5 * Math.sqrt(expected * (1 - expected) / n),
          kernel.toString());
    }
  }

  /**
   * A spec without a kernel runs the model's own: Cholesky for the shared model, Sherman–Morrison
   * for the disjoint one. The registry's JSON reads an omitted kernel the same way, so {@code
   * {"model": "SHARED"}} alone is a valid spec, and the spec writes and reads back its null kernel.
   */
  @Test
  void linTsWithoutAKernelRunsTheModelsOwn() throws Exception {
    assertEquals(RidgeKernel.CHOLESKY, LinTsSpec.shared(2, 1.0).ridgeKernel());
    assertEquals(RidgeKernel.CHOLESKY, LinTsSpec.agrawalGoyal(2, 0.1, 0.05).ridgeKernel());
    assertEquals(RidgeKernel.SHERMAN_MORRISON, LinTsSpec.disjoint(2, 1.0).ridgeKernel());
    assertEquals(RidgeKernel.SHERMAN_MORRISON, LinTsSpec.defaults().ridgeKernel());
    assertEquals(
        RidgeKernel.CHOLESKY,
        LinTsSpec.disjoint(2, 1.0).withKernel(RidgeKernel.CHOLESKY).ridgeKernel());
    PolicyRegistry registry = StandardPolicies.registry();
    LinTsSpec shared =
        (LinTsSpec) registry.spec("lints", Json.mapper().readTree("{\"model\": \"SHARED\"}"));
    assertEquals(LinTsSpec.Model.SHARED, shared.model());
    assertEquals(null, shared.kernel());
    assertEquals(RidgeKernel.CHOLESKY, shared.ridgeKernel());
    LinTsSpec disjoint = (LinTsSpec) registry.spec("lints", null);
    assertEquals(LinTsSpec.defaults(), disjoint);
    assertEquals(RidgeKernel.SHERMAN_MORRISON, disjoint.ridgeKernel());
    assertEquals(shared, registry.spec("lints", registry.parameters(shared)));
    assertTrue(registry.parameters(shared).get("kernel").isNull());
    LinTsSpec chosen =
        (LinTsSpec) registry.spec("lints", Json.mapper().readTree("{\"kernel\": \"CHOLESKY\"}"));
    assertEquals(RidgeKernel.CHOLESKY, chosen.ridgeKernel());
  }

  /** The shared model samples through the Cholesky factor: asking it for Sherman–Morrison fails. */
  @Test
  void sharedLinTsRejectsTheShermanMorrisonKernel() {
    LinTsSpec shared = LinTsSpec.shared(2, 1.0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> shared.withKernel(RidgeKernel.SHERMAN_MORRISON));
    assertTrue(e.getMessage().contains("kernel") && e.getMessage().contains("SHERMAN_MORRISON"));
    assertEquals(
        RidgeKernel.SHERMAN_MORRISON,
        LinTsSpec.disjoint(2, 1.0).withKernel(RidgeKernel.SHERMAN_MORRISON).kernel());
  }

  /**
   * SupLinUCB, {@code T = 1000}, {@code K = 3}, {@code δ = 0.05}: {@code α = sqrt(ln(2 T K / δ) /
   * 2) = sqrt(ln(120000) / 2) = sqrt(11.695247 / 2) = 2.4181777}. In the first round {@code A_1 =
   * I}, so the widths are {@code (α + 1) ‖x‖ = 3.4181777 ‖x‖}: rows of norms 0.3, 0.9, 0.7071 give
   * 1.025, 3.076, 2.417, all above {@code 2^{-1}}: step (c) plays the widest, arm 1, whatever the
   * (zero) estimates.
   */
  @Test
  void supLinUcbExploresTheWidestArmFirst() {
    SupLinUcbSpec spec = SupLinUcbSpec.of(2, 1000, 0.05);
    ContextualBandit p = spec.create(ArmSet.of("a", "b", "c"));
    Context rows = Context.ofArms(new double[][] {{0.3, 0.0}, {0.0, 0.9}, {0.5, 0.5}});
    assertEquals(1, p.select(rows, new SplittableRandom(5)).arm().index());
  }

  /**
   * The same SupLinUCB with rows of norms 0.16, 0.12, 0.05: widths {@code 3.4181777 ‖x‖ = 0.5469,
   * 0.4102, 0.1709}; arm 0's is above {@code 2^{-1}}, so step (c) plays arm 0 at level 1 and the
   * round is recorded in {@code Ψ_1} (level 1's count becomes 1). Without the paper's {@code + 1}
   * ({@code α ‖x‖ = 0.3869, 0.2902, 0.1209}, all {@code <= 1/2}) level 1 would keep every arm (the
   * cut {@code 0.3869 - 1} is below all of them) and level 2 ({@code 2^{-2}}) would play arm 0 and
   * record the round in {@code Ψ_2} instead.
   */
  @Test
  void supLinUcbRecordsAtTheLevelItsWidthTestSelects() {
    SupLinUcb p = SupLinUcbSpec.of(2, 1000, 0.05).create(ArmSet.of("a", "b", "c"));
    Context rows = Context.ofArms(new double[][] {{0.16, 0.0}, {0.0, 0.12}, {0.03, 0.04}});
    Selection s = p.select(rows, new SplittableRandom(5));
    assertEquals(0, s.arm().index());
    p.update(rows, s, 1.0);
    List<RidgeStatistics> levels = p.snapshot().models();
    assertEquals(1, levels.get(0).count());
    assertEquals(0, levels.get(1).count());
  }

  /**
   * Hybrid LinUCB with no shared-coefficient features ({@code k = 0}) is disjoint LinUCB (spec A2
   * (i)): the same example as above gives the same choices on both sides of {@code α*}.
   */
  @Test
  void hybridWithoutSharedCoefficientsIsDisjointLinUcb() {
    for (double alpha : new double[] {1.0, 2.63, 2.65}) {
      ContextualBandit p = HybridLinUcbSpec.of(2, 0, alpha).create(ArmSet.of("a", "b"));
      teach(p, Context.of(E1), 0);
      int arm =
          p.select(Context.of(new double[] {1.0, 1.0}), new SplittableRandom(2)).arm().index();
      assertEquals(linUcbChoice(alpha), arm, "alpha " + alpha);
    }
    HybridLinUcb h = HybridLinUcbSpec.of(2, 0, 1.0).create(ArmSet.of("a", "b"));
    teach(h, Context.of(E1), 0);
    assertArrayEquals(new double[] {0.5, 0.0}, h.thetaEstimate(0), 1e-15);
    assertTrue(h.betaEstimate().length == 0);
  }
}
