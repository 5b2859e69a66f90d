package org.bandits4j.algorithms.ucb;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class KlUcbContract {

  @TestFactory
  Stream<DynamicNode> bernoulli() {
    return ContractSuites.banditSuite(KlUcbSpec.defaults(), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> bernoulliTheoryConstant() {
    return ContractSuites.banditSuite(
        new KlUcbSpec(KlFamily.BERNOULLI, 1.0, 3.0), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> gaussian() {
    return ContractSuites.banditSuite(
        new KlUcbSpec(KlFamily.GAUSSIAN, 0.5, 0.0), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> poisson() {
    return ContractSuites.banditSuite(KlUcbSpec.of(KlFamily.POISSON), Propensities.EXACT, -0.5);
  }

  @TestFactory
  Stream<DynamicNode> exponential() {
    return ContractSuites.banditSuite(KlUcbSpec.of(KlFamily.EXPONENTIAL), Propensities.EXACT, -0.5);
  }

  @TestFactory
  Stream<DynamicNode> plus() {
    return ContractSuites.banditSuite(KlUcbPlusSpec.defaults(), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> plusPlus() {
    return ContractSuites.banditSuite(
        KlUcbPlusPlusSpec.bernoulli(300), Propensities.EXACT, 1.5, -0.25);
  }
}
