package org.bandits4j.algorithms.dueling;

import java.util.stream.Stream;
import org.bandits4j.algorithms.DuelingContractSuites;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The dueling contract for every dueling policy (and variants of their options). */
class DuelingPoliciesContract {

  @TestFactory
  Stream<DynamicNode> rucb() {
    return DuelingContractSuites.duelingSuite(RucbSpec.defaults());
  }

  @TestFactory
  Stream<DynamicNode> rucbWithoutSelfDuels() {
    return DuelingContractSuites.duelingSuite(new RucbSpec(0.8, false));
  }

  @TestFactory
  Stream<DynamicNode> rmed1() {
    return DuelingContractSuites.duelingSuite(Rmed1Spec.defaults());
  }

  @TestFactory
  Stream<DynamicNode> rmed2() {
    return DuelingContractSuites.duelingSuite(Rmed2Spec.defaults());
  }

  @TestFactory
  Stream<DynamicNode> doubleThompson() {
    return DuelingContractSuites.duelingSuite(DoubleThompsonSpec.defaults());
  }

  @TestFactory
  Stream<DynamicNode> copelandConfidenceBound() {
    return DuelingContractSuites.duelingSuite(CopelandConfidenceBoundSpec.defaults());
  }

  @TestFactory
  Stream<DynamicNode> interleavedFilter() {
    // a short horizon so that filtering ends (and exploitation is exercised) within the suite
    return DuelingContractSuites.duelingSuite(new InterleavedFilterSpec(50, 0.2));
  }

  @TestFactory
  Stream<DynamicNode> beatTheMean() {
    return DuelingContractSuites.duelingSuite(new BeatTheMeanSpec(50, 1.0));
  }

  @TestFactory
  Stream<DynamicNode> mergeRucb() {
    return DuelingContractSuites.duelingSuite(new MergeRucbSpec(0.6, 2, 0.1));
  }

  @TestFactory
  Stream<DynamicNode> sparringUcb1() {
    return DuelingContractSuites.duelingSuite(SparringSpec.defaults());
  }

  @TestFactory
  Stream<DynamicNode> sparringThompson() {
    return DuelingContractSuites.duelingSuite(new SparringSpec(BetaThompsonSpec.defaults()));
  }

  @TestFactory
  Stream<DynamicNode> sparringEpsilonGreedy() {
    return DuelingContractSuites.duelingSuite(new SparringSpec(EpsilonGreedySpec.constant(0.2)));
  }
}
