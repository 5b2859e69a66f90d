package org.bandits4j.algorithms.linear;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.bandits4j.testkit.ContextModel;
import org.bandits4j.testkit.RewardModel;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The contextual contract for OFUL, linear Thompson sampling, SupLinUCB and hybrid LinUCB. */
class LinearPoliciesContract {

  private static final RewardModel REWARDS = RewardModel.linear(LinUcbContract.THETAS, 0.1);

  private static Context[] invalidRows(int d) {
    return new Context[] {
      Context.EMPTY,
      Context.of(new double[d]),
      Context.ofArms(new double[][] {new double[d + 1]}),
      Context.of(new double[d], new double[][] {new double[d]})
    };
  }

  /** The suite on per-arm rows of dimension 3, with contexts of other shapes as invalid. */
  private static Stream<DynamicNode> rowsPerArmSuite(
      PolicySpec<? extends ContextualBandit> spec, Propensities propensities) {
    return ContractSuites.contextualSuite(
        spec, ContextModel.gaussianRowsPerArm(3), REWARDS, propensities, invalidRows(3));
  }

  /** The suite on a shared vector of dimension 3 (NaN propensities allowed), as LinUCB's. */
  private static Stream<DynamicNode> sharedVectorSuite(
      PolicySpec<? extends ContextualBandit> spec) {
    return ContractSuites.contextualSuite(
        spec,
        ContextModel.gaussianShared(3),
        REWARDS,
        Propensities.NAN_ALLOWED,
        LinUcbContract.invalid(3));
  }

  @TestFactory
  Stream<DynamicNode> oful() {
    return rowsPerArmSuite(OfulSpec.of(3, 0.05, 0.1, 1.0), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> rarelySwitchingOfulWithShermanMorrison() {
    return rowsPerArmSuite(
        new OfulSpec(3, 1.0, 0.05, 0.1, 1.0, 0.5, RidgeKernel.SHERMAN_MORRISON, 1.0),
        Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> linTsShared() {
    return rowsPerArmSuite(LinTsSpec.agrawalGoyal(3, 0.1, 0.05), Propensities.NAN_ALLOWED);
  }

  @TestFactory
  Stream<DynamicNode> linTsDisjoint() {
    return sharedVectorSuite(LinTsSpec.disjoint(3, 0.5));
  }

  @TestFactory
  Stream<DynamicNode> linTsDisjointCholesky() {
    return sharedVectorSuite(LinTsSpec.disjoint(3, 0.5).withKernel(RidgeKernel.CHOLESKY));
  }

  @TestFactory
  Stream<DynamicNode> supLinUcb() {
    return rowsPerArmSuite(SupLinUcbSpec.of(3, 1000, 0.1), Propensities.EXACT);
  }

  @TestFactory
  Stream<DynamicNode> hybridLinUcb() {
    return ContractSuites.contextualSuite(
        HybridLinUcbSpec.of(3, 2, 1.0),
        ContextModel.gaussianHybrid(3, 2),
        REWARDS,
        Propensities.EXACT,
        Context.EMPTY,
        Context.of(new double[3]),
        Context.of(new double[4], new double[][] {new double[2]}),
        Context.of(new double[3], new double[][] {new double[3]}),
        Context.ofArms(new double[][] {new double[2]}));
  }

  @TestFactory
  Stream<DynamicNode> hybridLinUcbWithoutSharedFeatures() {
    return rowsPerArmSuite(HybridLinUcbSpec.of(0, 3, 1.0), Propensities.EXACT);
  }
}
