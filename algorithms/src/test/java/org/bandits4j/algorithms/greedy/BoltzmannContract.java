package org.bandits4j.algorithms.greedy;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class BoltzmannContract {

  @TestFactory
  Stream<DynamicNode> constantTemperature() {
    return ContractSuites.banditSuite(BoltzmannSpec.constant(0.2), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> inverseLogTemperature() {
    return ContractSuites.banditSuite(
        new BoltzmannSpec(0.5, TemperatureSchedule.INVERSE_LOG), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> inverseSqrtTemperature() {
    return ContractSuites.banditSuite(
        new BoltzmannSpec(2.0, TemperatureSchedule.INVERSE_SQRT_TIME), Propensities.EXACT);
  }
}
