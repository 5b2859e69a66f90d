package org.bandits4j.algorithms.thompson;

import java.util.Map;
import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class GaussianThompsonContract {

  @TestFactory
  Stream<DynamicNode> nearFlatPrior() {
    return ContractSuites.banditSuite(GaussianThompsonSpec.defaults(), Propensities.NAN_ALLOWED);
  }

  @TestFactory
  Stream<DynamicNode> flatPriorWithForcedFirstPlays() {
    return ContractSuites.banditSuite(GaussianThompsonSpec.flat(0.25), Propensities.NAN_ALLOWED);
  }

  @TestFactory
  Stream<DynamicNode> knownPerArmVariancesAlgorithmOne() {
    // the default instance's arms are alpha, beta, gamma, delta; the random instances' ids differ
    return ContractSuites.banditSuite(
        new GaussianThompsonSpec(
            0.5,
            1.0,
            0.25,
            false,
            Map.of(
                "alpha", new GaussianArmPrior(0.2, 0.1, 0.16),
                "delta", new GaussianArmPrior(0.6, 2.0, 0.24))),
        Propensities.NAN_ALLOWED);
  }
}
