package org.bandits4j.algorithms.glm;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.api.Context;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.bandits4j.testkit.ContextModel;
import org.bandits4j.testkit.RewardModel;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The contextual contract for UCB-GLM and logistic Thompson sampling (Bernoulli rewards). */
class GlmContract {

  /** Bernoulli rewards with {@code P(1) = μ(x_a · θ)}, {@code θ = (1, -0.5, 0.8)}. */
  static final RewardModel LOGISTIC =
      (context, arm, rng) -> {
        double[] x = context.arm(arm);
        double eta = x[0] - 0.5 * x[1] + 0.8 * x[2];
        return rng.nextDouble() < LogisticFit.sigmoid(eta) ? 1.0 : 0.0;
      };

  static Context[] invalid() {
    return new Context[] {
      Context.EMPTY,
      Context.of(new double[3]),
      Context.ofArms(new double[][] {new double[4]}),
      Context.of(new double[3], new double[][] {new double[3]})
    };
  }

  @TestFactory
  Stream<DynamicNode> ucbGlm() {
    return ContractSuites.contextualSuite(
        new UcbGlmSpec(3, 1000, 0.05, 2.0, 10, 0.2, 1e-3, 0.0),
        ContextModel.gaussianRowsPerArm(3),
        LOGISTIC,
        Propensities.EXACT,
        new double[] {-0.1, 1.5},
        invalid());
  }

  @TestFactory
  Stream<DynamicNode> ucbGlmWithLazyRefits() {
    return ContractSuites.contextualSuite(
        new UcbGlmSpec(3, 1000, 0.05, 2.0, 10, 0.2, 1e-3, 1.0),
        ContextModel.gaussianRowsPerArm(3),
        LOGISTIC,
        Propensities.EXACT,
        new double[] {-0.1, 1.5},
        invalid());
  }

  @TestFactory
  Stream<DynamicNode> logisticTs() {
    return ContractSuites.contextualSuite(
        LogisticTsSpec.of(3),
        ContextModel.gaussianRowsPerArm(3),
        LOGISTIC,
        Propensities.NAN_ALLOWED,
        new double[] {-0.1, 1.5},
        invalid());
  }
}
