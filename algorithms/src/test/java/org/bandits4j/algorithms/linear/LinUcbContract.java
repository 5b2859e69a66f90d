package org.bandits4j.algorithms.linear;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.api.Context;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.bandits4j.testkit.ContextModel;
import org.bandits4j.testkit.RewardModel;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The contextual contract for disjoint LinUCB: shared-vector and per-arm-row contexts, both
 * kernels.
 */
class LinUcbContract {

  static final double[][] THETAS = {
    {0.5, -0.2, 0.1}, {-0.3, 0.4, 0.2}, {0.1, 0.1, -0.5}, {0.2, -0.4, 0.3}
  };

  static Context[] invalid(int d) {
    return new Context[] {
      Context.EMPTY,
      Context.of(new double[d + 1]),
      Context.ofArms(new double[][] {new double[d - 1]}),
      Context.of(new double[d], new double[][] {new double[d]})
    };
  }

  @TestFactory
  Stream<DynamicNode> sharedVectorContexts() {
    return ContractSuites.contextualSuite(
        LinUcbSpec.of(3, 1.0),
        ContextModel.gaussianShared(3),
        RewardModel.linear(THETAS, 0.1),
        Propensities.EXACT,
        invalid(3));
  }

  @TestFactory
  Stream<DynamicNode> perArmRowsWithCholeskyAndLazyUpdates() {
    return ContractSuites.contextualSuite(
        new LinUcbSpec(3, 0.5, 2.0, RidgeKernel.CHOLESKY, 1.0),
        ContextModel.gaussianRowsPerArm(3),
        RewardModel.linear(THETAS, 0.1),
        Propensities.EXACT,
        invalid(3));
  }
}
