package org.bandits4j.simulators.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.env.FullInformation;
import org.bandits4j.simulators.env.GaussianEnvironment;
import org.bandits4j.simulators.env.ObliviousBernoulliEnvironment;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.regret.RegretMeter;
import org.junit.jupiter.api.Test;

class ReplicationRunnerTest {

  private final BernoulliEnvironment env = new BernoulliEnvironment(0.2, 0.5, 0.7);

  private ReplicationRunner runner(int threads) {
    return ReplicationRunner.builder()
        .horizon(2_000)
        .replications(12)
        .seed(7)
        .threads(threads)
        .checkpoints(10, 100, 1_000)
        .build();
  }

  @Test
  void resultsAreIdenticalForAnyThreadCount() {
    RecordingPolicy.Spec spec = new RecordingPolicy.Spec(-1);
    RegretCurves one = runner(1).run(env, spec);
    RegretCurves two = runner(2).run(env, spec);
    RegretCurves five = runner(5).run(env, spec);
    assertEquals(one, two);
    assertEquals(one, five);
    assertArrayEquals(new long[] {10, 100, 1_000, 2_000}, one.checkpoints());
    assertEquals(12, one.replications());
  }

  @Test
  void differentSeedsGiveDifferentResults() {
    RecordingPolicy.Spec spec = new RecordingPolicy.Spec(-1);
    RegretCurves a = runner(2).run(env, spec);
    RegretCurves b =
        ReplicationRunner.builder().horizon(2_000).replications(12).seed(8).build().run(env, spec);
    assertNotEquals(a.mean(RegretKind.REALISED, 3), b.mean(RegretKind.REALISED, 3));
  }

  @Test
  void pseudoRegretOfAFixedArmIsItsGapTimesRounds() {
    RegretCurves curves = runner(2).run(env, new RecordingPolicy.Spec(0));
    // arm 0 has mean 0.2, best is 0.7: pseudo-regret 0.5 per round, deterministic
    assertEquals(0.5 * 2_000, curves.mean(RegretKind.PSEUDO, 3), 1e-9);
    assertEquals(0.5 * 10, curves.mean(RegretKind.PSEUDO, 0), 1e-12);
    assertEquals(0.0, curves.standardDeviation(RegretKind.PSEUDO, 3), 1e-12);
  }

  @Test
  void everyPolicySeesTheSameRewardsForTheSameArmPull() {
    // Two different policies on the same seed: the n-th reward of arm 1 must match.
    RandomStream[] streams = runner(1).replicationStreams();
    RandomStream[] again = runner(1).replicationStreams();
    RecordingPolicy.CREATED.clear();
    ReplicationRunner.runOne(
        env, new RecordingPolicy.Spec(1), streams[3], 1_000, new long[] {1_000}, false);
    ReplicationRunner.runOne(
        env, new RecordingPolicy.Spec(-1), again[3], 900, new long[] {900}, false);
    RecordingPolicy fixed = RecordingPolicy.CREATED.get(0);
    RecordingPolicy random = RecordingPolicy.CREATED.get(1);
    List<Double> arm1Random =
        java.util.stream.IntStream.range(0, random.rewards.size())
            .filter(i -> random.armsLearned.get(i) == 1)
            .mapToObj(random.rewards::get)
            .toList();
    assertTrue(arm1Random.size() > 100, "random policy pulled arm 1 often enough");
    assertEquals(fixed.rewards.subList(0, arm1Random.size()), arm1Random);
  }

  @Test
  void roundRobinStartForcesTheFirstKArms() {
    RecordingPolicy.CREATED.clear();
    ReplicationRunner.runOne(
        env, new RecordingPolicy.Spec(2), RandomStream.of(1), 6, new long[] {6}, true);
    assertEquals(List.of(0, 1, 2, 2, 2, 2), RecordingPolicy.CREATED.get(0).armsLearned);
  }

  @Test
  void realisedRegretAveragesToPseudoRegret() {
    RegretCurves curves =
        ReplicationRunner.builder()
            .horizon(5_000)
            .replications(40)
            .seed(3)
            .build()
            .run(new GaussianEnvironment(1.0, 0.0, 1.0), new RecordingPolicy.Spec(0));
    double pseudo = curves.mean(RegretKind.PSEUDO, curves.checkpoints().length - 1);
    double realised = curves.mean(RegretKind.REALISED, curves.checkpoints().length - 1);
    double se = curves.standardError(RegretKind.REALISED, curves.checkpoints().length - 1);
    assertEquals(5_000.0, pseudo, 1e-9);
    // realised - pseudo is a sum of 5000 N(0,1) noises per replication: SE ~ sqrt(5000/40)
    assertTrue(Math.abs(realised - pseudo) < 4 * se + 1e-9, realised + " vs " + pseudo);
  }

  /**
   * On an oblivious table the runner records the regret against the best fixed arm: for the
   * always-arm-0 policy it is {@code max_i S_i - S_0} of the table itself.
   */
  @Test
  void fullInformationEnvironmentsRecordHindsightRegret() {
    ObliviousBernoulliEnvironment decoy = ObliviousBernoulliEnvironment.decoy(3, 2_000);
    RegretCurves curves =
        ReplicationRunner.builder()
            .horizon(2_000)
            .replications(3)
            .seed(5)
            .checkpoints(2_000)
            .build()
            .run(decoy, new RecordingPolicy.Spec(0));
    assertTrue(curves.hasHindsight());
    ReplicationRunner same =
        ReplicationRunner.builder().horizon(2_000).replications(3).seed(5).build();
    RandomStream[] streams = same.replicationStreams();
    double[] hindsight = curves.at(RegretKind.HINDSIGHT, 0);
    for (int r = 0; r < 3; r++) {
      RandomStream replication = streams[r];
      FullInformation table = decoy.start(replication.split());
      double[] sums = new double[3];
      for (int t = 1; t <= 2_000; t++) {
        for (int i = 0; i < 3; i++) {
          sums[i] += table.reward(t, i);
        }
      }
      double best = Math.max(sums[0], Math.max(sums[1], sums[2]));
      assertEquals(best - sums[0], hindsight[r], 1e-9, "replication " + r);
    }
    assertFalse(runner(1).run(env, new RecordingPolicy.Spec(0)).hasHindsight());
  }

  @Test
  void rejectsBadConfiguration() {
    assertThrows(IllegalArgumentException.class, () -> ReplicationRunner.builder().horizon(0));
    assertThrows(IllegalArgumentException.class, () -> ReplicationRunner.builder().replications(0));
    assertThrows(IllegalArgumentException.class, () -> ReplicationRunner.builder().threads(0));
    assertThrows(IllegalStateException.class, () -> ReplicationRunner.builder().build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ReplicationRunner.builder().horizon(10).replications(1).checkpoints(5, 3).build());
  }

  @Test
  void meterRecordsAtCheckpoints() {
    RegretMeter meter = new RegretMeter(new long[] {1, 3});
    meter.record(1.0, 0.5, 0.0); // pseudo 0.5, realised 1.0
    meter.record(1.0, 1.0, 1.0); // +0, +0
    meter.record(1.0, 0.25, 1.0); // +0.75, +0
    assertArrayEquals(new double[] {0.5, 1.25}, meter.pseudoAtCheckpoints());
    assertArrayEquals(new double[] {1.0, 1.0}, meter.realisedAtCheckpoints());
    assertEquals(3, meter.rounds());
  }
}
