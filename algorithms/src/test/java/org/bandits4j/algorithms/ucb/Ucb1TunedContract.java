package org.bandits4j.algorithms.ucb;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class Ucb1TunedContract {

  @TestFactory
  Stream<DynamicNode> defaults() {
    return ContractSuites.banditSuite(Ucb1TunedSpec.defaults(), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> rescaledRewardRange() {
    // Bernoulli rewards in [0, 1] lie inside [-1, 2]; 2.5 and -1.5 lie outside
    return ContractSuites.banditSuite(new Ucb1TunedSpec(-1.0, 2.0), Propensities.EXACT, 2.5, -1.5);
  }
}
