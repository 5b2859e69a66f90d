package org.bandits4j.algorithms.adversarial;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class Exp3Contract {

  @TestFactory
  Stream<DynamicNode> exp3() {
    return ContractSuites.banditSuite(Exp3Spec.forHorizon(300), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> exp3WithLargeLearningRate() {
    return ContractSuites.banditSuite(new Exp3Spec(300, 2.0), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> exp3Ix() {
    return ContractSuites.banditSuite(Exp3IxSpec.forHorizon(300), Propensities.EXACT, 1.5, -0.25);
  }
}
