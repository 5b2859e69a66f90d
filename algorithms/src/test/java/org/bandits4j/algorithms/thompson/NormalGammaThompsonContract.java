package org.bandits4j.algorithms.thompson;

import java.util.Map;
import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class NormalGammaThompsonContract {

  @TestFactory
  Stream<DynamicNode> defaultPrior() {
    return ContractSuites.banditSuite(NormalGammaThompsonSpec.defaults(), Propensities.NAN_ALLOWED);
  }

  @TestFactory
  Stream<DynamicNode> varTsInformativePerArmPriorsAndShapeBelowOne() {
    return ContractSuites.banditSuite(
        new NormalGammaThompsonSpec(
            0.5,
            0.5,
            0.5,
            0.1,
            Map.of(
                "alpha",
                NormalGammaPrior.precisionMean(5.0, 0.16),
                "gamma",
                new NormalGammaPrior(0.35, 2.0, 20.0, 4.5))),
        Propensities.NAN_ALLOWED);
  }
}
