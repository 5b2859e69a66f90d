package org.bandits4j.algorithms.ucb;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class MossContract {

  @TestFactory
  Stream<DynamicNode> horizonTuned() {
    // a short horizon makes indices collapse to means inside the suite: exact ties are exercised
    return ContractSuites.banditSuite(new MossSpec(200), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> anytime() {
    return ContractSuites.banditSuite(MossAnytimeSpec.defaults(), Propensities.EXACT, 1.5, -0.25);
  }
}
