package org.bandits4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.linear.LinUcbSpec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Feedback;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.random.RandomStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W4: W3 with feedback in batches of 1 000 rounds; decisions are made with the model as of the last
 * batch, and each batch is learned through {@link ContextualBandit#update(List)} (disjoint LinUCB's
 * block path: each arm's ~100 rows are added to its Gram matrix and the arm is refactorised). One
 * operation is one round (select, plus a thousandth of a batch update); the score is ns per round.
 * The {@code kernel} parameter picks the Sherman–Morrison or Cholesky kernel.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class W4Benchmark {

  @Param({"SHERMAN_MORRISON", "CHOLESKY"})
  public String kernel;

  private LinUcbSpec spec;
  private ContextualWorkloads.Table table;
  private RandomStream master;

  @Setup(Level.Trial)
  public void setUp() {
    spec = LinUcbSpec.of(ContextualWorkloads.W3_D, 1.0).withKernel(RidgeKernel.valueOf(kernel));
    master = RandomStream.of(2026);
    table =
        ContextualWorkloads.record(
            ContextualWorkloads.w3(ContextualWorkloads.W3_D, ContextualWorkloads.W3_K),
            ContextualWorkloads.W3_HORIZON,
            master.split());
  }

  /** One W4 run; returns the pseudo-regret. */
  @Benchmark
  @OperationsPerInvocation(ContextualWorkloads.W3_HORIZON)
  public double batched() {
    RandomStream rng = master.split();
    ContextualBandit p = spec.create(ArmSet.ofSize(ContextualWorkloads.W3_K));
    ArmSet arms = p.arms();
    int k = arms.size();
    double regret = 0;
    Context[] contexts = table.contexts();
    double[][] rewards = table.rewards();
    List<Feedback> batch = new ArrayList<>(ContextualWorkloads.W4_BATCH);
    for (int t = 0; t < ContextualWorkloads.W3_HORIZON; t++) {
      Context c = contexts[t];
      Selection s = t < k ? Selection.forced(arms.get(t)) : p.select(c, rng);
      int arm = s.arm().index();
      batch.add(new Feedback(c, s, rewards[t][arm]));
      if (batch.size() == ContextualWorkloads.W4_BATCH) {
        p.update(batch);
        batch.clear();
      }
      regret += table.regret(t, arm);
    }
    return regret;
  }
}
