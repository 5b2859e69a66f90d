package org.bandits4j.algorithms.greedy;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class EpsilonGreedyContract {

  @TestFactory
  Stream<DynamicNode> constantRate() {
    return ContractSuites.banditSuite(EpsilonGreedySpec.constant(0.2), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> inverseTimeRate() {
    return ContractSuites.banditSuite(
        new EpsilonGreedySpec(5.0, EpsilonSchedule.INVERSE_TIME), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> inverseSqrtRate() {
    return ContractSuites.banditSuite(
        new EpsilonGreedySpec(1.0, EpsilonSchedule.INVERSE_SQRT_TIME), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> pureGreedy() {
    return ContractSuites.banditSuite(EpsilonGreedySpec.constant(0.0), Propensities.EXACT);
  }
}
