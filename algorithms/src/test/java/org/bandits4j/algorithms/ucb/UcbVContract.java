package org.bandits4j.algorithms.ucb;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class UcbVContract {

  @TestFactory
  Stream<DynamicNode> defaults() {
    return ContractSuites.banditSuite(UcbVSpec.defaults(), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> smpyBanditsExponentHalfRangeTermWideRange() {
    return ContractSuites.banditSuite(new UcbVSpec(1.0, 0.5, 2.0), Propensities.EXACT);
  }
}
