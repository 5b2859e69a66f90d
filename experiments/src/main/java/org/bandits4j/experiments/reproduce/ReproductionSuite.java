package org.bandits4j.experiments.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.bandits4j.experiments.ExperimentJob;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.report.Html;
import org.bandits4j.experiments.report.OutputFolder;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ProgressListener;

/**
 * The bound-reproduction suite: reproduction files (YAML or JSON; see {@link Reproduction} and
 * {@link Criterion}), run as experiments, judged, summarised in a pass/fail table and a report.
 *
 * <p>The built-in files live in this package's {@code reproductions/} resource folder and are
 * listed in its {@code index.txt}; adding an algorithm's reproduction is adding a file there (and a
 * line to the index), with no code.
 */
public final class ReproductionSuite {

  private static final String INDEX = "reproductions/index.txt";

  private final List<Reproduction> reproductions;
  private final List<String> sources;

  private ReproductionSuite(List<Reproduction> reproductions, List<String> sources) {
    this.reproductions = List.copyOf(reproductions);
    this.sources = List.copyOf(sources);
  }

  /** The reproductions, in suite order. */
  public List<Reproduction> reproductions() {
    return reproductions;
  }

  /**
   * The built-in suite.
   *
   * @throws ConfigException naming the file and field of a bad reproduction
   */
  public static ReproductionSuite standard() {
    List<String> names = new ArrayList<>();
    for (String line : resource(INDEX).lines().toList()) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return load(names, name -> resource("reproductions/" + name));
  }

  /**
   * The suite of every {@code *.yaml}, {@code *.yml} and {@code *.json} file in a folder, in name
   * order.
   *
   * @throws ConfigException naming the file and field of a bad reproduction
   * @throws UncheckedIOException if the folder cannot be read
   */
  public static ReproductionSuite fromFolder(Path folder) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{yaml,yml,json}")) {
      for (Path f : files) {
        names.add(f.getFileName().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    names.sort(null);
    return load(
        names,
        name -> {
          try {
            return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static ReproductionSuite load(List<String> names, Function<String, String> text) {
    List<Reproduction> out = new ArrayList<>();
    for (String name : names) {
      boolean yaml = !name.endsWith(".json");
      out.add(Reproduction.parse(ConfigReader.tree(text.apply(name), yaml), name));
    }
    return new ReproductionSuite(out, names);
  }

  private static String resource(String name) {
    try (InputStream in = ReproductionSuite.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds and checks every experiment of a mode before anything runs.
   *
   * @throws ConfigException naming the file and field
   */
  public List<ExperimentConfig> configs(boolean quick, Registry registry) {
    List<ExperimentConfig> out = new ArrayList<>();
    for (int i = 0; i < reproductions.size(); i++) {
      out.add(reproductions.get(i).config(quick, registry, sources.get(i)));
    }
    return out;
  }

  /**
   * The outcome of the suite.
   *
   * @param verdicts every criterion on every environment, in suite order
   * @param report the summary report
   */
  public record Outcome(List<Verdict> verdicts, Path report) {

    /** Whether every criterion passed. */
    public boolean passed() {
      return verdicts.stream().allMatch(Verdict::pass);
    }
  }

  /**
   * Runs every reproduction into {@code folder/<name>} and writes {@code folder/report.html}.
   *
   * @param progress makes a progress listener for each reproduction's name
   * @throws IOException if outputs cannot be written
   */
  public Outcome run(
      boolean quick,
      ExperimentJob job,
      Path folder,
      boolean fresh,
      Function<String, ProgressListener> progress)
      throws IOException {
    List<ExperimentConfig> configs = configs(quick, job.registry());
    List<Verdict> verdicts = new ArrayList<>();
    List<Path> reports = new ArrayList<>();
    for (int i = 0; i < reproductions.size(); i++) {
      Reproduction repro = reproductions.get(i);
      ExperimentJob.Outcome outcome =
          job.run(
              configs.get(i), folder.resolve(repro.name()), fresh, progress.apply(repro.name()));
      ExperimentResults results = outcome.results();
      for (Criterion c : repro.criteria()) {
        if (c.appliesTo(quick)) {
          verdicts.addAll(Evaluator.evaluate(repro, c, results, job.registry()));
        }
      }
      reports.add(folder.relativize(outcome.report()));
    }
    Path report = folder.resolve(OutputFolder.REPORT);
    OutputFolder.writeText(report, html(quick, verdicts, reports, folder));
    return new Outcome(verdicts, report);
  }

  /** The verdict table as plain text. */
  public static String table(List<Verdict> verdicts) {
    String[] head = {"algorithm", "setting", "policy", "statistic", "value", "bound", "verdict"};
    List<String[]> rows = new ArrayList<>();
    rows.add(head);
    for (Verdict v : verdicts) {
      rows.add(
          new String[] {
            v.algorithm(),
            v.setting(),
            v.policy(),
            v.statistic(),
            v.value(),
            v.bound(),
            v.pass() ? "PASS" : "FAIL"
          });
    }
    int[] width = new int[head.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      for (int i = 0; i < r.length; i++) {
        out.append(String.format(Locale.ROOT, "%-" + width[i] + "s", r[i]));
        out.append(i == r.length - 1 ? "\n" : "  ");
      }
      if (k == 0) {
        for (int i = 0; i < r.length; i++) {
          out.append("-".repeat(width[i])).append(i == r.length - 1 ? "\n" : "  ");
        }
      }
    }
    long passed = verdicts.stream().filter(Verdict::pass).count();
    out.append(passed).append(" passed, ").append(verdicts.size() - passed).append(" failed\n");
    return out.toString();
  }

  private String html(boolean quick, List<Verdict> verdicts, List<Path> reports, Path folder)
      throws IOException {
    StringBuilder h = new StringBuilder();
    Html.head(h, "Bandits4J bound reproductions" + (quick ? " (quick)" : ""));
    long passed = verdicts.stream().filter(Verdict::pass).count();
    h.append("<header><h1>Bound reproductions")
        .append(quick ? " <small>(quick)</small>" : "")
        .append("</h1>\n<p class=\"lead\">")
        .append(passed)
        .append(" of ")
        .append(verdicts.size())
        .append(" criteria pass")
        .append(passed == verdicts.size() ? "." : "; the failures are marked below.")
        .append(
            "</p></header>\n<main>\n<table><thead><tr><th>algorithm</th><th>setting</th>"
                + "<th>policy</th>")
        .append(
            "<th>statistic</th><th>value</th><th>bound</th><th>verdict</th></tr></thead><tbody>\n");
    for (Verdict v : verdicts) {
      h.append("<tr><td>")
          .append(Html.esc(v.algorithm()))
          .append("</td><td>")
          .append(Html.esc(v.setting()))
          .append("</td><td>")
          .append(Html.esc(v.policy()))
          .append("</td><td>")
          .append(Html.esc(v.statistic()))
          .append("</td><td>")
          .append(Html.esc(v.value()))
          .append("</td><td>")
          .append(Html.esc(v.bound()))
          .append("</td><td class=\"")
          .append(v.pass() ? "pass\">PASS" : "fail\">FAIL")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    for (int i = 0; i < reproductions.size(); i++) {
      Reproduction r = reproductions.get(i);
      String link = reports.get(i).toString().replace('\\', '/');
      h.append("<section><h2>")
          .append(Html.esc(r.algorithm()))
          .append(": ")
          .append(Html.esc(r.title()))
          .append("</h2>\n<p>Source: ")
          .append(Html.esc(r.source()))
          .append(". <a href=\"")
          .append(Html.esc(link))
          .append("\">Full report with plots, tables and configuration</a>.</p>\n");
      List<String> plots = new ArrayList<>();
      try (DirectoryStream<Path> files =
          Files.newDirectoryStream(folder.resolve(r.name()).resolve("plots"), "*-loglog.png")) {
        for (Path f : files) {
          plots.add(r.name() + "/plots/" + f.getFileName());
        }
      }
      plots.sort(null);
      h.append("<div class=\"figures\">\n");
      for (String png : plots) {
        h.append("<figure><img src=\"")
            .append(Html.esc(png))
            .append("\" alt=\"")
            .append(Html.esc(r.algorithm() + " regret, log-log"))
            .append("\" width=\"900\" height=\"560\"></figure>\n");
      }
      h.append("</div>\n</section>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }
}
