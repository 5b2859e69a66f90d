package org.bandits4j.algorithms.thompson;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class BetaThompsonContract {

  @TestFactory
  Stream<DynamicNode> uniformPrior() {
    return ContractSuites.banditSuite(
        BetaThompsonSpec.defaults(), Propensities.NAN_ALLOWED, 1.0001, -0.5);
  }

  @TestFactory
  Stream<DynamicNode> sparsePriorBelowOne() {
    // shapes below 1 exercise the Gamma boost path
    return ContractSuites.banditSuite(
        new BetaThompsonSpec(0.5, 0.25), Propensities.NAN_ALLOWED, 2.0);
  }
}
