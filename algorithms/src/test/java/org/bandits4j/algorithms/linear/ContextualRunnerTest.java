package org.bandits4j.algorithms.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.bandits4j.simulators.contextual.ContextualReplicationRunner;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearModel;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.Test;

/** The contextual replication runner with a randomised policy (per-arm linear TS). */
class ContextualRunnerTest {

  private static RegretCurves run(int threads, int batch, long seed) {
    return ContextualReplicationRunner.builder()
        .horizon(400)
        .replications(6)
        .seed(seed)
        .threads(threads)
        .feedbackBatch(batch)
        .build()
        .run(
            new LinearEnvironment(LinearModel.perArmRows(4, 3, 1.0), 0.1),
            LinTsSpec.disjoint(3, 0.5));
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    RegretCurves one = run(1, 1, 5);
    assertEquals(one, run(2, 1, 5));
    assertEquals(one, run(4, 1, 5));
    assertNotEquals(one, run(1, 1, 6));
  }

  @Test
  void batchedFeedbackIsDeterministicAndDiffersFromImmediateFeedback() {
    RegretCurves batched = run(1, 16, 5);
    assertEquals(batched, run(3, 16, 5));
    assertNotEquals(run(1, 1, 5), batched);
  }
}
