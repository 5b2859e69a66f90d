package org.bandits4j.benchmarks;

import java.util.Locale;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.regret.RegretCurves;

/**
 * Prints W2's final pseudo-regret, mean ± sd over its 100 replications, for each policy (seed 0, as
 * the first invocation of {@link W2Benchmark}). Not a benchmark; run it with {@code java -cp
 * benchmarks/target/benchmarks.jar org.bandits4j.benchmarks.WorkloadRegret}.
 */
public final class WorkloadRegret {

  private WorkloadRegret() {}

  /** Prints one line per policy. */
  public static void main(String[] args) {
    for (String policy : new String[] {"ucb1", "thompson"}) {
      RegretCurves c =
          W2Benchmark.runner(0, Runtime.getRuntime().availableProcessors())
              .run(Workloads.w1Environment(), Workloads.policy(policy));
      System.out.printf(
          Locale.ROOT,
          "W2 %-8s final pseudo-regret at T=%d over %d replications: %.1f ± %.1f (sd)%n",
          policy,
          Workloads.W2_HORIZON,
          c.replications(),
          c.mean(RegretKind.PSEUDO, 0),
          c.standardDeviation(RegretKind.PSEUDO, 0));
    }
  }
}
