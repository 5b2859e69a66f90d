package org.bandits4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bandits4j.api.ArmSet;
import org.bandits4j.testkit.ToyPolicy.Mutation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The suites accept a correct policy and catch each deliberate bug. */
class ContractSuiteTest {

  @TestFactory
  Stream<DynamicTest> correctPolicyPassesEveryCheck() {
    return BanditContract.forBandit(ToyPolicy.Spec.correct()).build().checks().stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), c::run));
  }

  @TestFactory
  Stream<DynamicTest> correctDuelerPassesEveryCheck() {
    return DuelingBanditContract.forSpec(new ToyDueler.Spec()).build().checks().stream()
        .map(c -> DynamicTest.dynamicTest(c.name(), c::run));
  }

  @ParameterizedTest
  @EnumSource(Mutation.class)
  void everyMutantIsCaughtByTheCheckAimedAtIt(Mutation mutation) {
    String expectedCheck =
        switch (mutation) {
          case ACCEPT_NAN -> "invalid rewards are rejected, state unchanged";
          case WRONG_PROPENSITY -> "propensities are valid probabilities";
          case SHARED_SNAPSHOT -> "snapshots are immutable values";
          case LOSSY_RESTORE -> "snapshot -> round trip -> restore stays in lockstep";
          case DOUBLE_MERGE -> "merge equals sequential feedback";
          case FORGETS_ON_ADD -> "added arms are learned";
        };
    List<ContractCheck> checks =
        BanditContract.forBandit(ToyPolicy.Spec.with(mutation)).build().checks();
    ContractCheck aimed =
        checks.stream().filter(c -> c.name().equals(expectedCheck)).findFirst().orElseThrow();
    ContractViolation violation = assertThrows(ContractViolation.class, aimed::run);
    assertTrue(violation.getMessage() != null && !violation.getMessage().isBlank());
  }

  @Test
  void runAllReportsTheFirstViolation() {
    BanditContract suite =
        BanditContract.forBandit(ToyPolicy.Spec.with(Mutation.ACCEPT_NAN)).build();
    assertThrows(ContractViolation.class, suite::runAll);
  }

  @Test
  void generatorsAreSeededAndValid() {
    SplittableRandom a = new SplittableRandom(5);
    SplittableRandom b = new SplittableRandom(5);
    ArmSet arms = BanditInstances.armSet(a, 30);
    assertEquals(arms, BanditInstances.armSet(b, 30));
    assertEquals(30, arms.size());
    double[] means = BanditInstances.bernoulliMeansWithGap(a, 8, 0.2);
    double best = Stream.of(0, 1, 2, 3, 4, 5, 6, 7).mapToDouble(i -> means[i]).max().orElseThrow();
    for (double m : means) {
      assertTrue(m >= 0.05 && m <= 0.95);
      assertTrue(m == best || best - m >= 0.2 - 1e-12);
    }
    double[] u = BanditInstances.unitVector(a, 7);
    double norm = 0;
    for (double x : u) {
      norm += x * x;
    }
    assertEquals(1.0, norm, 1e-12);
    double[][] p = BanditInstances.bradleyTerry(BanditInstances.decreasingUtilities(a, 5));
    new PreferenceModel(p); // validates
    assertThrows(
        IllegalArgumentException.class,
        () -> new PreferenceModel(new double[][] {{0.5, 0.7}, {0.7, 0.5}}));
  }
}
