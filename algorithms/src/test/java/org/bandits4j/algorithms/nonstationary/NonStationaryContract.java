package org.bandits4j.algorithms.nonstationary;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class NonStationaryContract {

  @TestFactory
  Stream<DynamicNode> slidingWindowUcb() {
    // a window shorter than the suite's runs, so eviction, recomputation and forced replays occur
    return ContractSuites.banditSuite(
        new SlidingWindowUcbSpec(25, 0.6, 1.0), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> slidingWindowUcbWideRewards() {
    return ContractSuites.banditSuite(
        new SlidingWindowUcbSpec(40, 1.0, 2.0), Propensities.EXACT, 2.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> discountedUcb() {
    return ContractSuites.banditSuite(
        new DiscountedUcbSpec(0.9, 0.6, 1.0, 1.0), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> discountedUcbNoFloor() {
    return ContractSuites.banditSuite(
        new DiscountedUcbSpec(0.97, 0.6, 1.0, 0.0), Propensities.EXACT, 1.5, -0.25);
  }

  @TestFactory
  Stream<DynamicNode> discountedThompson() {
    return ContractSuites.banditSuite(
        DiscountedThompsonSpec.defaults(), Propensities.NAN_ALLOWED, 1.5, -0.25);
  }
}
