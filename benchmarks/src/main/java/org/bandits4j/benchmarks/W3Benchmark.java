package org.bandits4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
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
 * W3: linear contextual bandit, {@code d = 20} shared features {@code x_t ~ N(0, I)}, {@code K =
 * 10} arms with {@code θ_k ~ N(0, I/d)}, reward {@code x_t·θ_k + N(0, 0.1²)}, {@code T = 20 000},
 * one decision and one update per round; the first K rounds play arm t (round-robin). One operation
 * is one round; the score is ns per round. Contexts and rewards are drawn once per trial into a
 * table (a {@link ContextualWorkloads.Table}).
 *
 * <ul>
 *   <li>{@code api}: the policy through the public API: disjoint LinUCB ({@code α = 1}, {@code λ =
 *       1}) with the Sherman–Morrison or the Cholesky kernel, or per-arm linear Thompson sampling
 *       ({@code v = 1}) with the Sherman–Morrison kernel (its default, {@code lints}) or the
 *       Cholesky one ({@code lints-cholesky}).
 *   <li>{@code bare}: a naive Sherman–Morrison LinUCB on plain arrays, no API (per arm and round:
 *       {@code θ̂ = P b}, {@code xᵀP x}; update {@code P -= (Px)(Px)ᵀ/(1 + xᵀPx)}), the baseline of
 *       the ratio.
 * </ul>
 *
 * <p>Run with {@code -prof gc}: a round through the API should allocate only its {@code Selection}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class W3Benchmark {

  @Param({"linucb", "linucb-cholesky", "lints", "lints-cholesky"})
  public String policy;

  private PolicySpec<? extends ContextualBandit> spec;
  private ContextualWorkloads.Table table;
  private RandomStream master;

  @Setup(Level.Trial)
  public void setUp() {
    spec = ContextualWorkloads.policy(policy, ContextualWorkloads.W3_D);
    master = RandomStream.of(2026);
    table =
        ContextualWorkloads.record(
            ContextualWorkloads.w3(ContextualWorkloads.W3_D, ContextualWorkloads.W3_K),
            ContextualWorkloads.W3_HORIZON,
            master.split());
  }

  /** One W3 run through the public API; returns the pseudo-regret. */
  @Benchmark
  @OperationsPerInvocation(ContextualWorkloads.W3_HORIZON)
  public double api() {
    RandomStream rng = master.split();
    ContextualBandit p = spec.create(ArmSetHolder.W3);
    ArmSet arms = p.arms();
    int k = arms.size();
    double regret = 0;
    Context[] contexts = table.contexts();
    double[][] rewards = table.rewards();
    for (int t = 0; t < ContextualWorkloads.W3_HORIZON; t++) {
      Context c = contexts[t];
      Selection s = t < k ? Selection.forced(arms.get(t)) : p.select(c, rng);
      int arm = s.arm().index();
      p.update(c, s, rewards[t][arm]);
      regret += table.regret(t, arm);
    }
    return regret;
  }

  /** The same run as a naive Sherman–Morrison LinUCB loop on arrays, no API. */
  @Benchmark
  @OperationsPerInvocation(ContextualWorkloads.W3_HORIZON)
  public double bare() {
    int d = ContextualWorkloads.W3_D;
    int k = ContextualWorkloads.W3_K;
    double[][][] p = new double[k][d][d];
    double[][] b = new double[k][d];
    for (int a = 0; a < k; a++) {
      for (int i = 0; i < d; i++) {
        p[a][i][i] = 1.0;
      }
    }
    double[] px = new double[d];
    double regret = 0;
    Context[] contexts = table.contexts();
    double[][] rewards = table.rewards();
    for (int t = 0; t < ContextualWorkloads.W3_HORIZON; t++) {
      double[] x = contexts[t].shared();
      int arm = t;
      if (t >= k) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < k; a++) {
          double mean = 0;
          double var = 0;
          for (int i = 0; i < d; i++) {
            double th = 0;
            double pxi = 0;
            for (int j = 0; j < d; j++) {
              th += p[a][i][j] * b[a][j];
              pxi += p[a][i][j] * x[j];
            }
            mean += th * x[i];
            var += x[i] * pxi;
          }
          double score = mean + Math.sqrt(var);
          if (score > best) {
            best = score;
            arm = a;
          }
        }
      }
      double r = rewards[t][arm];
      double s = 1.0;
      for (int i = 0; i < d; i++) {
        double v = 0;
        for (int j = 0; j < d; j++) {
          v += p[arm][i][j] * x[j];
        }
        px[i] = v;
        s += x[i] * v;
      }
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          p[arm][i][j] -= px[i] * px[j] / s;
        }
        b[arm][i] += r * x[i];
      }
      regret += table.regret(t, arm);
    }
    return regret;
  }

  /** W3's arm set, built once. */
  static final class ArmSetHolder {
    static final ArmSet W3 = ArmSet.ofSize(ContextualWorkloads.W3_K);

    private ArmSetHolder() {}
  }
}
