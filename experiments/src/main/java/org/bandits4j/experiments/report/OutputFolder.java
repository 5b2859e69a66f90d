package org.bandits4j.experiments.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.report.Plots.EnvironmentFigures;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.FileResultStore;

/**
 * Writes a run's outputs into its folder: {@code curves.csv}, {@code final-regret.csv}, {@code
 * plots/*.png|svg}, {@code provenance.json} and {@code report.html}. Each file is written to a
 * temporary name and moved into place, so a reader never sees half a file.
 */
public final class OutputFolder {

  /** The report's file name. */
  public static final String REPORT = "report.html";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private OutputFolder() {}

  /**
   * Writes every output.
   *
   * @return the report's path
   * @throws IOException if a file cannot be written
   */
  public static Path write(
      ExperimentResults results, Provenance provenance, Registry registry, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    StringWriter curves = new StringWriter();
    CurvesCsv.write(results, curves);
    writeText(folder.resolve("curves.csv"), curves.toString());
    StringWriter finals = new StringWriter();
    FinalRegretCsv.write(results, finals);
    writeText(folder.resolve("final-regret.csv"), finals.toString());
    List<EnvironmentFigures> figures = Plots.write(results, registry.bounds(), folder);
    writeText(folder.resolve("provenance.json"), json(provenance) + "\n");
    String config = JSON.writeValueAsString(results.config().canonical());
    Path report = folder.resolve(REPORT);
    writeText(report, HtmlReport.render(results, provenance, figures, registry, config));
    return report;
  }

  /** Pretty JSON of a value. */
  public static String json(Object value) throws IOException {
    return JSON.writeValueAsString(value);
  }

  /** Writes {@code text} (UTF-8) to a temporary file and moves it onto {@code file}. */
  public static void writeText(Path file, String text) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".out-", ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    FileResultStore.moveAtomically(tmp, file);
  }
}
