package org.bandits4j.algorithms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;

/** Shared set-up of the statistical regret tests: instances, grids and reference numbers. */
public final class RegretExperiments {

  private static final double[] BERN_A = {0.9, 0.8};
  private static final double[] BERN_B = {0.9, 0.8, 0.7, 0.6, 0.5};
  private static final long[] GRID = {100, 316, 1_000, 3_162, 10_000, 31_623, 100_000};

  /** Spec §0: Bern-A means (a copy). */
  public static double[] bernA() {
    return BERN_A.clone();
  }

  /** Spec §0: Bern-B means (a copy). */
  public static double[] bernB() {
    return BERN_B.clone();
  }

  /** The spec's log grid 10^2, 10^2.5, ..., 10^5 (a copy). */
  public static long[] grid() {
    return GRID.clone();
  }

  /** Replications of every statistical regret test (as the spec's reference runs). */
  public static final int REPLICATIONS = 200;

  private RegretExperiments() {}

  /** 200 replications to 10^5 on the spec's grid, master seed {@code seed}. */
  public static RegretCurves run(Environment env, PolicySpec<? extends Bandit> spec, long seed) {
    return run(env, spec, seed, REPLICATIONS);
  }

  /** {@code replications} replications to 10^5 on the spec's grid, master seed {@code seed}. */
  public static RegretCurves run(
      Environment env, PolicySpec<? extends Bandit> spec, long seed, int replications) {
    return ReplicationRunner.builder()
        .horizon(100_000)
        .replications(replications)
        .seed(seed)
        .checkpoints(GRID)
        .build()
        .run(env, spec);
  }

  /** Index of round {@code t} in {@link #GRID}. */
  public static int at(long t) {
    for (int j = 0; j < GRID.length; j++) {
      if (GRID[j] == t) {
        return j;
      }
    }
    throw new IllegalArgumentException("not a grid point: " + t);
  }

  /** Mean pseudo-regret at grid round {@code t}. */
  public static double mean(RegretCurves c, long t) {
    return c.mean(RegretKind.PSEUDO, at(t));
  }

  /** Standard error of the pseudo-regret at grid round {@code t}. */
  public static double se(RegretCurves c, long t) {
    return c.standardError(RegretKind.PSEUDO, at(t));
  }

  /** A reference row of {@code reference-mab.csv}. */
  public record Reference(String instance, long t, String policy, double mean, double se) {

    /** Whether a run agrees: within 5% or 3 combined standard errors, whichever is larger. */
    public boolean agrees(double ourMean, double ourSe) {
      double tolerance = Math.max(0.05 * mean, 3 * Math.sqrt(se * se + ourSe * ourSe));
      return Math.abs(ourMean - mean) <= tolerance;
    }
  }

  /** The reference rows for one policy. */
  public static List<Reference> references(String policy) {
    return references("/regret/reference-mab.csv", policy);
  }

  /**
   * A reference row as the reference files print it: the mean to 4 and the standard error to 3
   * significant digits.
   */
  public static Reference row(String instance, long t, String policy, double mean, double se) {
    return new Reference(
        instance, t, policy, significant(mean, 4).doubleValue(), significant(se, 3).doubleValue());
  }

  /**
   * {@code x} rounded to {@code digits} significant digits from its shortest decimal form, half up
   * (as {@code String.format("%.4g")} rounds): the precision the reference files print.
   */
  public static BigDecimal significant(double x, int digits) {
    return new BigDecimal(Double.toString(x)).round(new MathContext(digits, RoundingMode.HALF_UP));
  }

  /**
   * The row of {@code policy} from curves with one checkpoint, {@code t}, of regret {@code kind}.
   */
  public static Reference finalRow(
      String instance, long t, String policy, RegretCurves c, RegretKind kind) {
    return row(instance, t, policy, c.mean(kind, 0), c.standardError(kind, 0));
  }

  /** The row of {@code policy} on {@code instance} at round {@code t} of log-grid curves. */
  public static Reference gridRow(String instance, String policy, RegretCurves c, long t) {
    return row(instance, t, policy, mean(c, t), se(c, t));
  }

  /** Every reference row of a reference file, in file order. */
  public static List<Reference> allReferences(String resource) {
    return references(resource, null);
  }

  /**
   * The reference rows for one policy ({@code null}: every policy) in a reference file (same
   * columns as reference-mab.csv).
   */
  public static List<Reference> references(String resource, String policy) {
    List<Reference> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                RegretExperiments.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("instance")) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (policy == null || f[2].equals(policy)) {
          rows.add(
              new Reference(
                  f[0],
                  Long.parseLong(f[1]),
                  f[2],
                  Double.parseDouble(f[3]),
                  Double.parseDouble(f[4])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
