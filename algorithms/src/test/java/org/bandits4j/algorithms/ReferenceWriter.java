package org.bandits4j.algorithms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.regret.RegretCurves;

/**
 * Writes reference rows ({@code instance,T,policy,mean,se}, as in the committed reference files)
 * from an IT's run to {@code target/regret-references/NAME.csv}, for review and commit.
 */
public final class ReferenceWriter {

  private final String name;
  private final List<String> rows = new ArrayList<>();

  /** A writer of {@code target/regret-references/NAME.csv}. */
  public ReferenceWriter(String name) {
    this.name = name;
  }

  /** Rows at the grid points {@code 10^3, 10^4, ...} up to {@code last}. */
  public void rows(
      String instance, String policy, ArmPullRuns runs, long[] grid, int reps, long last) {
    for (int j = 0; j < grid.length; j++) {
      if (isPowerOfTen(grid[j]) && grid[j] >= 1000 && grid[j] <= last) {
        add(instance, grid[j], policy, runs.meanRegret(j), runs.regretSe(j));
      }
    }
  }

  /** Rows at the grid points {@code 10^3, 10^4, ...} of runner curves. */
  public void rows(String instance, String policy, RegretCurves curves) {
    long[] grid = curves.checkpoints();
    for (int j = 0; j < grid.length; j++) {
      if (isPowerOfTen(grid[j]) && grid[j] >= 1000) {
        add(
            instance,
            grid[j],
            policy,
            curves.mean(RegretKind.PSEUDO, j),
            curves.standardError(RegretKind.PSEUDO, j));
      }
    }
  }

  /** One row. */
  public void add(String instance, long t, String policy, double mean, double se) {
    rows.add(String.format(Locale.ROOT, "%s,%d,%s,%.4g,%.3g", instance, t, policy, mean, se));
  }

  private static boolean isPowerOfTen(long t) {
    while (t >= 10 && t % 10 == 0) {
      t /= 10;
    }
    return t == 1;
  }

  /** Writes the file. */
  public void write() {
    try {
      Path dir = Path.of("target", "regret-references");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".csv"), rows, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
