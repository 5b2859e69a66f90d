package org.bandits4j.experiments.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.bounds.BoundCurve;
import org.bandits4j.experiments.bounds.BoundEntry;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.report.Plots.EnvironmentFigures;
import org.bandits4j.experiments.report.Plots.Figure;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentResults.Cell;

/**
 * {@code report.html}: one self-contained page (inline CSS, no script, no network) with the plots
 * (PNG, linked to their SVG), tables of final regret, the theoretical curves, the configuration and
 * the provenance. Plots and data files are linked relative to the page.
 */
public final class HtmlReport {

  private static final double Z95 = 1.959963984540054;

  private HtmlReport() {}

  /** The page. */
  public static String render(
      ExperimentResults results,
      Provenance provenance,
      List<EnvironmentFigures> figures,
      Registry registry,
      String configJson) {
    ExperimentConfig config = results.config();
    StringBuilder h = new StringBuilder(32_768);
    Html.head(h, config.name() + " - Bandits4J regret report");
    h.append("<header><h1>").append(Html.esc(config.name())).append("</h1>\n");
    if (!config.description().isEmpty()) {
      h.append("<p class=\"lead\">").append(Html.esc(config.description())).append("</p>\n");
    }
    h.append("<p class=\"meta\">")
        .append(config.environments().size())
        .append(config.environments().size() == 1 ? " environment" : " environments")
        .append(" &times; ")
        .append(config.policies().size())
        .append(config.policies().size() == 1 ? " policy" : " policies")
        .append(" &times; horizon")
        .append(config.horizons().size() == 1 ? " " : "s ")
        .append(Html.esc(joinLongs(config.horizons())))
        .append(" &times; ")
        .append(config.replications())
        .append(" replications, master seed ")
        .append(config.seed())
        .append(". Generated ")
        .append(Html.esc(provenance.finished()))
        .append(" by Bandits4J ")
        .append(Html.esc(provenance.libraryVersion()))
        .append(" (commit <code>")
        .append(Html.esc(shortCommit(provenance.gitCommit())))
        .append("</code>).</p>\n");
    h.append("<nav><strong>Contents:</strong> ");
    for (int e = 0; e < config.environments().size(); e++) {
      h.append("<a href=\"#env-")
          .append(e + 1)
          .append("\">")
          .append(Html.esc(config.environments().get(e).label()))
          .append("</a> &middot; ");
    }
    h.append(
        "<a href=\"#bounds\">Theoretical curves</a> &middot; <a href=\"#config\">Configuration</a>"
            + " &middot; <a href=\"#provenance\">Provenance</a> &middot; <a href=\"#files\">Data"
            + " files</a></nav></header>\n<main>\n");

    Set<String> usedBounds = new LinkedHashSet<>();
    for (int e = 0; e < config.environments().size(); e++) {
      EnvironmentEntry env = config.environments().get(e);
      EnvironmentFigures fig = figures.get(e);
      h.append("<section id=\"env-")
          .append(e + 1)
          .append("\">\n<h2>")
          .append(Html.esc(env.label()));
      h.append(" <small>").append(Html.esc(env.type())).append("</small></h2>\n");
      h.append("<p>").append(Html.esc(env.scenario().description())).append("</p>\n");
      for (int i = 0; i < config.horizons().size(); i++) {
        long horizon = config.horizons().get(i);
        h.append("<h3>Horizon T = ").append(horizon).append("</h3>\n<div class=\"figures\">\n");
        figure(h, fig.logLog().get(i), "log-log axes");
        figure(h, fig.linear().get(i), "linear axes");
        h.append("</div>\n<p class=\"caption\">Lines: mean cumulative regret over ")
            .append(config.replications())
            .append(
                " replications; shaded: 95% confidence band of the mean (mean &plusmn; 1.96 SE);"
                    + " dashed: theoretical curves (")
            .append(fig.bounds().isEmpty() ? "none apply to this environment" : "see below")
            .append(
                "; a bound far above the data is drawn on the log-log plot only). Click a plot"
                    + " for its SVG.</p>\n");
        finalTable(h, results, env, horizon, registry);
      }
      fig.finalRegret()
          .ifPresent(
              f -> {
                h.append("<h3>Final regret against the horizon</h3>\n<div class=\"figures one\">");
                figure(h, f, "mean final regret with 95% confidence intervals");
                h.append("</div>\n");
              });
      usedBounds.addAll(fig.bounds());
      h.append("</section>\n");
    }

    h.append("<section id=\"bounds\">\n<h2>Theoretical curves</h2>\n");
    if (usedBounds.isEmpty()) {
      h.append("<p>No catalogued bound applies to these environments and policies.</p>\n");
    } else {
      h.append("<p>Drawn in the plots:</p><ul>");
      for (String b : usedBounds) {
        h.append("<li>").append(Html.esc(b)).append("</li>");
      }
      h.append("</ul>\n");
    }
    h.append("<table><thead><tr><th>name</th><th>about</th><th>side</th><th>formula</th>")
        .append("<th>source</th></tr></thead><tbody>\n");
    for (BoundEntry b : registry.bounds().entries()) {
      h.append("<tr><td><code>")
          .append(Html.esc(b.name()))
          .append("</code></td><td>")
          .append(b.forAnyPolicy() ? "every policy" : "<code>" + Html.esc(b.policy()) + "</code>")
          .append("</td><td>")
          .append(b.side() == BoundCurve.Side.LOWER ? "lower" : "upper")
          .append("</td><td>")
          .append(Html.esc(b.formula()))
          .append("</td><td>")
          .append(Html.esc(b.source()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n</section>\n");

    h.append("<section id=\"config\">\n<h2>Configuration</h2>\n")
        .append("<p>The experiment as parsed, with every default filled in.</p>\n<pre>")
        .append(Html.esc(configJson))
        .append("</pre>\n</section>\n");

    h.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<table class=\"kv\"><tbody>\n");
    kv(h, "library version", provenance.libraryVersion());
    kv(h, "git commit", provenance.gitCommit());
    kv(h, "master seed", Long.toString(provenance.seed()));
    kv(h, "JDK", provenance.java());
    kv(h, "OS", provenance.os());
    kv(h, "cores / threads", provenance.cores() + " / " + provenance.threads());
    kv(h, "command", String.join(" ", provenance.commandLine()));
    kv(h, "started", provenance.started());
    kv(h, "finished", provenance.finished());
    kv(
        h,
        "replications",
        provenance.computedReplications()
            + " simulated now, "
            + provenance.reusedReplications()
            + " resumed from an earlier interrupted run");
    h.append("</tbody></table>\n</section>\n");

    h.append("<section id=\"files\">\n<h2>Data files</h2>\n<ul>\n")
        .append(
            "<li><a href=\"curves.csv\">curves.csv</a>: per environment, policy, horizon,"
                + " checkpoint and regret kind: mean, standard error, 5/25/50/75/95% quantiles</li>\n")
        .append(
            "<li><a href=\"final-regret.csv\">final-regret.csv</a>: the final regret of every"
                + " replication</li>\n")
        .append(
            "<li><a href=\"provenance.json\">provenance.json</a>: configuration, seed, versions,"
                + " machine, times</li>\n")
        .append("</ul>\n</section>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void finalTable(
      StringBuilder h,
      ExperimentResults results,
      EnvironmentEntry env,
      long horizon,
      Registry registry) {
    List<Cell> cells =
        results.cells().stream()
            .filter(c -> c.environment().equals(env) && c.horizon() == horizon)
            .toList();
    List<RegretKind> kinds = cells.get(0).curves().kinds();
    RegretKind main = kinds.get(0);
    double best = Double.POSITIVE_INFINITY;
    for (Cell c : cells) {
      best = Math.min(best, c.curves().mean(main, c.curves().checkpoints().length - 1));
    }
    h.append("<table class=\"numbers\"><caption>Final regret at T = ")
        .append(horizon)
        .append("</caption><thead><tr><th>policy</th>");
    for (RegretKind k : kinds) {
      h.append("<th>mean ")
          .append(Html.esc(Csv.kind(k)))
          .append(" &plusmn; SE</th><th>median</th><th>5%&ndash;95%</th>");
    }
    h.append("<th>parameters</th></tr></thead><tbody>\n");
    for (Cell c : cells) {
      CellCurves curves = c.curves();
      int last = curves.checkpoints().length - 1;
      boolean isBest = curves.mean(main, last) == best;
      h.append(isBest ? "<tr class=\"best\">" : "<tr>")
          .append("<td>")
          .append(Html.esc(c.policy().label()))
          .append("</td>");
      for (RegretKind k : kinds) {
        h.append("<td>")
            .append(Html.fmt(curves.mean(k, last)))
            .append(" &plusmn; ")
            .append(Html.fmt(curves.standardError(k, last)))
            .append("</td><td>")
            .append(Html.fmt(curves.quantile(k, last, 0.5)))
            .append("</td><td>")
            .append(Html.fmt(curves.quantile(k, last, 0.05)))
            .append(" &ndash; ")
            .append(Html.fmt(curves.quantile(k, last, 0.95)))
            .append("</td>");
      }
      h.append("<td><code>")
          .append(Html.esc(c.spec().name()))
          .append(' ')
          .append(Html.esc(registry.policies().parameters(c.spec()).toString()))
          .append("</code></td></tr>\n");
    }
    h.append("</tbody></table>\n<p class=\"caption\">Best mean ")
        .append(Html.esc(Csv.kind(main)))
        .append(" regret in bold. 95% confidence interval of a mean: &plusmn; ")
        .append(String.format(Locale.ROOT, "%.2f", Z95))
        .append(" SE.</p>\n");
  }

  private static void figure(StringBuilder h, Figure f, String alt) {
    h.append("<figure><a href=\"")
        .append(Html.esc(f.svg()))
        .append("\"><img src=\"")
        .append(Html.esc(f.png()))
        .append("\" alt=\"")
        .append(Html.esc(f.title() + ", " + alt))
        .append("\" width=\"900\" height=\"560\" loading=\"eager\"></a><figcaption>")
        .append(Html.esc(alt))
        .append("</figcaption></figure>\n");
  }

  private static void kv(StringBuilder h, String key, String value) {
    h.append("<tr><th>")
        .append(Html.esc(key))
        .append("</th><td>")
        .append(Html.esc(value))
        .append("</td></tr>\n");
  }

  private static String joinLongs(List<Long> values) {
    StringBuilder s = new StringBuilder();
    for (long v : values) {
      s.append(s.length() == 0 ? "" : ", ").append(v);
    }
    return s.toString();
  }

  private static String shortCommit(String commit) {
    return commit.length() > 12 && commit.matches("[0-9a-f]+.*") ? commit.substring(0, 12) : commit;
  }
}
