package org.bandits4j.algorithms.heavytail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.LongFunction;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.env.ParetoEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.Test;

/**
 * The {@code T^{1/(1+ε)}} scaling of Robust UCB (Bubeck, Cesa-Bianchi, Lugosi 2013: upper bound
 * {@code v^{1/(1+ε)} (K ln T)^{ε/(1+ε)} T^{1/(1+ε)}}, matching lower bound {@code Ω(v^{1/(1+ε)}
 * K^{ε/(1+ε)} T^{1/(1+ε)})}) on minimax-style instances: spec C's Pareto(1.8) law ({@code ε = 1/2},
 * {@code v = 1}), two arms, gap {@code Δ_T = 2 T^{-1/3}}, one instance and run per horizon {@code T
 * = 10^3, 10^{3.5}, 10^4} (100 replications each, seed 3401).
 *
 * <p>Criterion (ours): the least-squares slope of {@code ln R_T} against {@code ln T} is within
 * {@code 0.1} of {@code 1/(1+ε) = 2/3}, for the truncated mean and the median of means (measured
 * 0.678 and 0.669; the per-horizon means have standard errors near 1%, so the slope's is near 0.01
 * and the margin is about 9 standard errors: false alarms negligible). The regret here is mostly an
 * exploration cost {@code ≈ TΔ_T/2}. What this test does and does not show: a policy that ignores
 * the rewards (uniform play) also has slope 2/3, so it checks the rate of the bound, not the
 * quality of the estimators, which HeavyTailRegretTest tests (with a broken estimator that fails).
 * Plain UCB1 on the same instances measured slope 0.54 (its sub-Gaussian width explores less, and
 * it fails this criterion); its breakdown under heavy tails is rare lock-ins onto a worse arm,
 * shown on fixed-gap instances in HeavyTailRegretTest.
 */
class HeavyTailScalingTest {

  private static final long[] HORIZONS = {1_000, 3_162, 10_000};

  static double slope(LongFunction<PolicySpec<? extends Bandit>> spec) {
    double[] x = new double[HORIZONS.length];
    double[] y = new double[HORIZONS.length];
    for (int i = 0; i < HORIZONS.length; i++) {
      long t = HORIZONS[i];
      ParetoEnvironment env = HeavyTailExperiment.minimax(t);
      RegretCurves c =
          ReplicationRunner.builder()
              .horizon(t)
              .replications(100)
              .seed(3401)
              .checkpoints(t)
              .build()
              .run(env, spec.apply(t));
      x[i] = Math.log((double) t);
      y[i] = Math.log(c.mean(RegretKind.PSEUDO, 0));
    }
    double mx = Arrays.stream(x).average().orElseThrow();
    double my = Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }

  @Test
  void regretScalesAsTToTheOneOverOnePlusEpsilon() {
    double tm =
        slope(
            t ->
                RobustUcbSpec.truncatedMean(
                    0.5, HeavyTailExperiment.minimax(t).maxAbsoluteMoment(1.5)));
    double mom = slope(t -> RobustUcbSpec.medianOfMeans(0.5, 1.0));
    assertTrue(Math.abs(tm - 2.0 / 3.0) <= 0.1, "truncated mean slope " + tm);
    assertTrue(Math.abs(mom - 2.0 / 3.0) <= 0.1, "median of means slope " + mom);
  }
}
