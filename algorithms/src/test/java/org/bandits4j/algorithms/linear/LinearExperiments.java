package org.bandits4j.algorithms.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.contextual.ContextualEnvironment;
import org.bandits4j.simulators.contextual.ContextualReplicationRunner;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearProcess;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.RegretCurves;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Shared machinery of the linear regret and confidence tests (spec algorithms-linear.md §0.3):
 * checkpoints {@code 1000 · 2^j}, replications from master seed 1 split in order (as the runner
 * does), the log-log slope over {@code j >= 2}, and the binomial tolerance of "the bound holds".
 */
final class LinearExperiments {

  private LinearExperiments() {}

  /** Checkpoints {@code 1000 · 2^j}, {@code j = 0..jMax}. */
  static long[] grid(int jMax) {
    long[] g = new long[jMax + 1];
    for (int j = 0; j <= jMax; j++) {
      g[j] = 1000L << j;
    }
    return g;
  }

  /** Runs {@code n} replications to the last checkpoint of {@code grid} from master seed 1. */
  static RegretCurves run(
      ContextualEnvironment env, PolicySpec<? extends ContextualBandit> spec, int n, long[] grid) {
    RegretCurves c =
        ContextualReplicationRunner.builder()
            .horizon(grid[grid.length - 1])
            .replications(n)
            .seed(1)
            .checkpoints(grid)
            .threads(2)
            .build()
            .run(env, spec);
    StringBuilder line = new StringBuilder("regret of " + spec + " on " + env + ", n = " + n + ":");
    for (int j = 0; j < grid.length; j++) {
      line.append(
          String.format(
              java.util.Locale.ROOT,
              " T=%d %.2f ± %.2f;",
              grid[j],
              c.mean(RegretKind.PSEUDO, j),
              1.96 * c.standardError(RegretKind.PSEUDO, j)));
    }
    System.out.println(line); // the test log is where the reference numbers are read from
    return c;
  }

  /**
   * Checks {@code c}'s mean regret at each checkpoint against the committed reference {@code name}
   * in {@code regret/reference-linear.csv} (same config and seeds, so normally identical): it may
   * move by at most {@code 3 sqrt(2)} standard errors ({@code 2.16 × ci95}), the false-alarm rate
   * of 0.3% for a rerun with independent randomness after a deliberate change of decisions.
   */
  static void checkReference(String name, RegretCurves c) {
    Map<Long, double[]> ref = new HashMap<>();
    for (String line : referenceLines()) {
      String[] f = line.split(",", -1);
      if (f.length == 7 && f[0].equals(name)) {
        ref.put(
            Long.parseLong(f[4]),
            new double[] {Double.parseDouble(f[5]), Double.parseDouble(f[6])});
      }
    }
    long[] t = c.checkpoints();
    assertEquals(t.length, ref.size(), "reference rows of " + name);
    for (int j = 0; j < t.length; j++) {
      double[] r = ref.get(t[j]);
      assertEquals(r[0], c.mean(RegretKind.PSEUDO, j), 2.16 * r[1] + 0.01, name + " at " + t[j]);
    }
  }

  private static List<String> referenceLines() {
    try (InputStream in =
        LinearExperiments.class.getResourceAsStream("/regret/reference-linear.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** OLS slope of {@code ln mean Reg(T_j)} on {@code ln T_j} over {@code j >= 2}. */
  static double slope(RegretCurves c) {
    long[] t = c.checkpoints();
    int n = t.length - 2;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int j = 2; j < t.length; j++) {
      x[j - 2] = Math.log((double) t[j]);
      y[j - 2] = Math.log(c.mean(RegretKind.PSEUDO, j));
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }

  /**
   * The log-log slope of the mean regret over the last {@code doublings} doublings of the grid:
   * {@code ln(Reg(T_m) / Reg(T_{m−doublings})) / (doublings ln 2)} (spec A3c).
   */
  static double lastDoublingsSlope(RegretCurves c, int doublings) {
    int m = c.checkpoints().length - 1;
    return Math.log(c.mean(RegretKind.PSEUDO, m) / c.mean(RegretKind.PSEUDO, m - doublings))
        / (doublings * Math.log(2.0));
  }

  /** Fraction of replications whose regret exceeds {@code bound(T_j)} at some checkpoint. */
  static double violations(RegretCurves c, java.util.function.LongToDoubleFunction bound) {
    long[] t = c.checkpoints();
    boolean[] bad = new boolean[c.replications()];
    for (int j = 0; j < t.length; j++) {
      double[] r = c.at(RegretKind.PSEUDO, j);
      double b = bound.applyAsDouble(t[j]);
      for (int i = 0; i < r.length; i++) {
        bad[i] |= r[i] > b;
      }
    }
    int count = 0;
    for (boolean x : bad) {
      count += x ? 1 : 0;
    }
    return count / (double) bad.length;
  }

  /** The spec's tolerance for "the bound holds": {@code δ + 3 sqrt(δ(1 - δ)/n)}. */
  static double tolerance(double delta, int n) {
    return delta + 3.0 * Math.sqrt(delta * (1 - delta) / n);
  }

  /**
   * Plays {@code rounds} rounds of {@code policy} on {@code process} (select, pull, update) and
   * returns {@code ‖estimate() − θ*‖}, the Euclidean distance of what {@code estimate} reads from
   * the trained policy to the process's shared coefficients.
   */
  static <P extends ContextualBandit> double estimationError(
      P policy,
      LinearProcess process,
      java.util.random.RandomGenerator rng,
      long rounds,
      java.util.function.Function<P, double[]> estimate) {
    for (long t = 1; t <= rounds; t++) {
      Context c = process.context(t);
      Selection s = policy.select(c, rng);
      policy.update(c, s, process.pull(t, s.arm().index()));
    }
    double[] truth = process.rowCoefficients()[0];
    double[] e = estimate.apply(policy);
    double sum = 0;
    for (int j = 0; j < e.length; j++) {
      sum += (e[j] - truth[j]) * (e[j] - truth[j]);
    }
    return Math.sqrt(sum);
  }

  /**
   * Fraction of {@code n} runs of OFUL in which {@code ‖θ̂_t − θ*‖_{V_t} <= β_t(δ)} held at every
   * round {@code t <= horizon} (spec A3b). The ridge estimate is recomputed here with EJML from the
   * data the policy chose (independent of the library's kernels); {@code β_t} is {@link
   * OfulSpec#radius} of {@code ln det V_t}.
   */
  static double coverage(LinearEnvironment env, OfulSpec spec, int n, long horizon) {
    int d = spec.dimension();
    RandomStream root = RandomStream.of(1);
    int covered = 0;
    for (int rep = 0; rep < n; rep++) {
      RandomStream stream = root.split();
      LinearProcess process = env.start(stream.split());
      RandomStream rng = stream.split();
      ContextualBandit policy = spec.create(env.arms());
      double[] theta = process.rowCoefficients()[0];
      DMatrixRMaj v = CommonOps_DDRM.identity(d);
      CommonOps_DDRM.scale(spec.lambda(), v);
      DMatrixRMaj b = new DMatrixRMaj(d, 1);
      DMatrixRMaj estimate = new DMatrixRMaj(d, 1);
      boolean ok = true;
      for (long t = 1; t <= horizon && ok; t++) {
        Context c = process.context(t);
        Selection s = policy.select(c, rng);
        double[] x = c.arm(s.arm().index());
        double r = process.pull(t, s.arm().index());
        policy.update(c, s, r);
        for (int i = 0; i < d; i++) {
          b.data[i] += r * x[i];
          for (int j = 0; j < d; j++) {
            v.data[i * d + j] += x[i] * x[j];
          }
        }
        CommonOps_DDRM.solve(v, b, estimate);
        double norm2 = 0;
        for (int i = 0; i < d; i++) {
          for (int j = 0; j < d; j++) {
            norm2 +=
                (estimate.data[i] - theta[i]) * v.data[i * d + j] * (estimate.data[j] - theta[j]);
          }
        }
        double logDet = Math.log(CommonOps_DDRM.det(v));
        ok = Math.sqrt(norm2) <= spec.radius(logDet);
      }
      covered += ok ? 1 : 0;
    }
    return covered / (double) n;
  }
}
