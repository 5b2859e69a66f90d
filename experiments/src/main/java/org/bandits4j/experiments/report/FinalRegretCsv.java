package org.bandits4j.experiments.report;

import java.io.IOException;
import java.io.Writer;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentResults.Cell;

/** {@code final-regret.csv}: the regret of every replication of every cell at its horizon. */
public final class FinalRegretCsv {

  /** The header row. */
  public static final String HEADER = "environment,policy,horizon,replication,regret,value";

  private FinalRegretCsv() {}

  /** Writes the file's content. */
  public static void write(ExperimentResults results, Writer out) throws IOException {
    StringBuilder line = new StringBuilder();
    out.write(HEADER);
    out.write('\n');
    for (Cell cell : results.cells()) {
      CellCurves c = cell.curves();
      for (RegretKind kind : c.kinds()) {
        double[] last = c.last(kind);
        for (int r = 0; r < last.length; r++) {
          line.setLength(0);
          line.append(Csv.cell(cell.environment().label()))
              .append(',')
              .append(Csv.cell(cell.policy().label()))
              .append(',')
              .append(cell.horizon())
              .append(',')
              .append(r)
              .append(',')
              .append(Csv.kind(kind))
              .append(',')
              .append(last[r]);
          out.write(line.append('\n').toString());
        }
      }
    }
  }
}
