package org.bandits4j.algorithms.linear;

import java.util.stream.Stream;
import org.bandits4j.algorithms.ContractSuites;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.api.Context;
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

  @TestFactory
  Stream<DynamicNode> oful() {
    return ContractSuites.contextualSuite(
        OfulSpec.of(3, 0.05, 0.1, 1.0),
        ContextModel.gaussianRowsPerArm(3),
        REWARDS,
        Propensities.EXACT,
        invalidRows(3));
  }

  @TestFactory
  Stream<DynamicNode> rarelySwitchingOfulWithShermanMorrison() {
    return ContractSuites.contextualSuite(
        new OfulSpec(3, 1.0, 0.05, 0.1, 1.0, 0.5, RidgeKernel.SHERMAN_MORRISON, 1.0),
        ContextModel.gaussianRowsPerArm(3),
        REWARDS,
        Propensities.EXACT,
        invalidRows(3));
  }

  @TestFactory
  Stream<DynamicNode> linTsShared() {
    return ContractSuites.contextualSuite(
        LinTsSpec.agrawalGoyal(3, 0.1, 0.05),
        ContextModel.gaussianRowsPerArm(3),
        REWARDS,
        Propensities.NAN_ALLOWED,
        invalidRows(3));
  }

  @TestFactory
  Stream<DynamicNode> linTsDisjoint() {
    return ContractSuites.contextualSuite(
        LinTsSpec.disjoint(3, 0.5),
        ContextModel.gaussianShared(3),
        REWARDS,
        Propensities.NAN_ALLOWED,
        LinUcbContract.invalid(3));
  }

  @TestFactory
  Stream<DynamicNode> linTsDisjointShermanMorrison() {
    return ContractSuites.contextualSuite(
        LinTsSpec.disjoint(3, 0.5).withKernel(RidgeKernel.SHERMAN_MORRISON),
        ContextModel.gaussianShared(3),
        REWARDS,
        Propensities.NAN_ALLOWED,
        LinUcbContract.invalid(3));
  }

  @TestFactory
  Stream<DynamicNode> supLinUcb() {
    return ContractSuites.contextualSuite(
        SupLinUcbSpec.of(3, 1000, 0.1),
        ContextModel.gaussianRowsPerArm(3),
        REWARDS,
        Propensities.EXACT,
        invalidRows(3));
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
    return ContractSuites.contextualSuite(
        HybridLinUcbSpec.of(0, 3, 1.0),
        ContextModel.gaussianRowsPerArm(3),
        REWARDS,
        Propensities.EXACT,
        invalidRows(3));
  }
}
