package org.bandits4j.experiments.report;

import java.io.IOException;
import java.io.Writer;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentResults.Cell;

/**
 * {@code curves.csv}: one row per cell, checkpoint and regret kind, with the mean, standard error
 * and quantiles across replications. Numbers are written with {@link Double#toString(double)}
 * (exact).
 */
public final class CurvesCsv {

  /** The header row. */
  public static final String HEADER =
      "environment,policy,horizon,t,regret,replications,mean,se,q05,q25,q50,q75,q95";

  /** The quantiles of the {@code q..} columns. */
  static final double[] QUANTILES = {0.05, 0.25, 0.50, 0.75, 0.95};

  private CurvesCsv() {}

  /** Writes the file's content. */
  public static void write(ExperimentResults results, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder();
    for (Cell cell : results.cells()) {
      CellCurves c = cell.curves();
      long[] t = c.checkpoints();
      for (int j = 0; j < t.length; j++) {
        for (RegretKind kind : c.kinds()) {
          line.setLength(0);
          line.append(Csv.cell(cell.environment().label()))
              .append(',')
              .append(Csv.cell(cell.policy().label()))
              .append(',')
              .append(cell.horizon())
              .append(',')
              .append(t[j])
              .append(',')
              .append(Csv.kind(kind))
              .append(',')
              .append(c.replications())
              .append(',')
              .append(c.mean(kind, j))
              .append(',')
              .append(c.standardError(kind, j));
          for (double q : QUANTILES) {
            line.append(',').append(c.quantile(kind, j, q));
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }
}
