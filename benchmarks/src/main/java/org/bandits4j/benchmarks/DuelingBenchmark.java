package org.bandits4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
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
 * Dueling policies in their steady state: one operation is one round, {@code select} plus {@code
 * update}, on {@code Lin-K} ({@code P_ij = 1/2 + (j - i)/(2K)}); the score is ns per round.
 *
 * <p>Each trial trains the policy for {@code 20 K^2} duels (past RMED's initial phase and RUCB's
 * exploration of every pair) and snapshots it; each invocation restores that snapshot (its cost,
 * O(K^2), is spread over the {@value #ROUNDS} rounds) and plays {@value #ROUNDS} rounds whose
 * outcomes come from a pre-drawn table of uniforms ({@code u_t < P[a][b]}), so the score is the
 * policy's cost plus a table lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DuelingBenchmark {

  /** Rounds per invocation. */
  public static final int ROUNDS = 20_000;

  @Param({
    "rucb",
    "rmed1",
    "rmed2",
    "double-thompson",
    "copeland-confidence-bound",
    "merge-rucb",
    "sparring"
  })
  public String policy;

  @Param({"10", "100"})
  public int arms;

  private PolicySpec<?> spec;
  private PolicyState trained;
  private double[][] p;
  private double[] uniforms;
  private RandomStream rng;

  @Setup(Level.Trial)
  public void setUp() {
    spec = StandardPolicies.registry().type(policy).defaults();
    PreferenceMatrix m = PreferenceMatrix.linear(arms);
    p = m.toArray();
    RandomStream master = RandomStream.of(2026);
    DuelingBandit b = (DuelingBandit) spec.create(m.arms());
    RandomStream train = master.split();
    for (int t = 0; t < 20 * arms * arms; t++) {
      play(b, train.nextDouble(), train);
    }
    trained = b.snapshot();
    uniforms = new double[ROUNDS];
    RandomStream draws = master.split();
    for (int t = 0; t < ROUNDS; t++) {
      uniforms[t] = draws.nextDouble();
    }
    rng = master.split();
  }

  private void play(DuelingBandit b, double u, RandomStream r) {
    Duel d = b.select(r);
    int i = d.first().index();
    int j = d.second().index();
    b.update(d, u < p[i][j] ? DuelOutcome.FIRST_WINS : DuelOutcome.SECOND_WINS);
  }

  /** {@value #ROUNDS} rounds from the trained state; returns the last recommendation's index. */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public int rounds() {
    DuelingBandit b = (DuelingBandit) spec.restore(trained);
    for (int t = 0; t < ROUNDS; t++) {
      play(b, uniforms[t], rng);
    }
    return b.recommendation().index();
  }
}
