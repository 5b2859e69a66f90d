package org.bandits4j.algorithms.heavytail;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

class RobustUcbContract {

  private static final double TOO_LARGE = 1e151;

  @TestFactory
  Stream<DynamicNode> truncatedMean() {
    return ContractSuites.banditSuite(
        RobustUcbSpec.truncatedMean(0.5, 1.0), Propensities.EXACT, TOO_LARGE, -TOO_LARGE);
  }

  @TestFactory
  Stream<DynamicNode> medianOfMeans() {
    return ContractSuites.banditSuite(
        RobustUcbSpec.medianOfMeans(1.0, 0.25), Propensities.EXACT, TOO_LARGE);
  }

  @TestFactory
  Stream<DynamicNode> catoniExact() {
    return ContractSuites.banditSuite(RobustUcbSpec.catoni(0.25), Propensities.EXACT, TOO_LARGE);
  }

  @TestFactory
  Stream<DynamicNode> catoniDoublingApproximation() {
    return ContractSuites.banditSuite(
        new RobustUcbSpec(RobustEstimator.CATONI, 1.0, 0.25, Evaluation.DOUBLING),
        Propensities.EXACT,
        TOO_LARGE);
  }
}
