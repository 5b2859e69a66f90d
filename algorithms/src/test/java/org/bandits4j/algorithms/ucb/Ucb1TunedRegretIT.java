package org.bandits4j.algorithms.ucb;

import static org.bandits4j.algorithms.RegretExperiments.mean;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bandits4j.algorithms.ReferenceWriter;
import org.bandits4j.algorithms.RegretExperiments;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.junit.jupiter.api.Test;

/**
 * The reference run of Ucb1TunedRegretTest: Bern-B, 1000 replications to {@code 10^5}, master seed
 * 1602; checks that UCB1-Tuned beats UCB1 at {@code 10^3, 10^4, 10^5} and writes the reference
 * rows.
 */
class Ucb1TunedRegretIT {

  @Test
  void referenceRun() {
    BernoulliEnvironment env = new BernoulliEnvironment(RegretExperiments.bernB());
    RegretCurves tuned = RegretExperiments.run(env, Ucb1TunedSpec.defaults(), 1602, 1000);
    RegretCurves ucb1 = RegretExperiments.run(env, Ucb1Spec.defaults(), 1602, 1000);
    for (long t : new long[] {1_000, 10_000, 100_000}) {
      assertTrue(mean(tuned, t) < mean(ucb1, t), "at " + t);
    }
    ReferenceWriter out = new ReferenceWriter("ucb1-tuned");
    out.rows(Ucb1TunedRegretTest.INSTANCE, Ucb1TunedSpec.NAME, tuned);
    out.write();
  }
}
