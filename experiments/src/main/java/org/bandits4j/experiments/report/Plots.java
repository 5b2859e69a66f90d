package org.bandits4j.experiments.report;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.bounds.BoundCatalogue;
import org.bandits4j.experiments.bounds.BoundCurve;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentResults.Cell;
import org.bandits4j.experiments.scenario.ArmModel;
import org.bandits4j.simulators.regret.Checkpoints;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Regret-curve plots (XChart; PNG and SVG): per environment and horizon, the mean regret of every
 * policy with a 95% confidence band (mean ± 1.96 SE) and the theoretical curves that apply drawn
 * dashed, on log-log and linear axes; with several horizons, the final regret against the horizon.
 */
public final class Plots {

  /** Colour-blind-safe palette (Okabe–Ito, then Tableau). */
  private static final Color[] PALETTE = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0x8C564B),
    new Color(0x7F7F7F),
    new Color(0xBCBD22),
    new Color(0x17BECF)
  };

  private static final Color[] BOUND_COLOURS = {
    new Color(0x222222), new Color(0x666666), new Color(0x999999)
  };

  private static final int WIDTH = 900;
  private static final int HEIGHT = 560;
  private static final int DPI = 144;
  private static final double Z95 = 1.959963984540054;

  private Plots() {}

  /**
   * A written figure.
   *
   * @param title what it shows
   * @param png the PNG's path relative to the output folder
   * @param svg the SVG's path relative to the output folder
   */
  public record Figure(String title, String png, String svg) {}

  /**
   * The figures of one environment.
   *
   * @param environment the environment's label
   * @param logLog per horizon, the log-log figure
   * @param linear per horizon, the linear figure
   * @param finalRegret the final regret against the horizon (only with several horizons)
   * @param bounds the theoretical curves drawn, one legend label each
   */
  public record EnvironmentFigures(
      String environment,
      List<Figure> logLog,
      List<Figure> linear,
      Optional<Figure> finalRegret,
      List<String> bounds) {}

  /**
   * Writes every figure under {@code folder/plots}.
   *
   * @return the figures, per environment in experiment order
   * @throws IOException if a file cannot be written
   */
  public static List<EnvironmentFigures> write(
      ExperimentResults results, BoundCatalogue bounds, Path folder) throws IOException {
    Path plots = folder.resolve("plots");
    Files.createDirectories(plots);
    List<EnvironmentFigures> out = new ArrayList<>();
    List<EnvironmentEntry> envs = results.config().environments();
    for (int e = 0; e < envs.size(); e++) {
      EnvironmentEntry env = envs.get(e);
      String stem = String.format(Locale.ROOT, "e%d-%s", e + 1, slug(env.label()));
      List<Figure> logLog = new ArrayList<>();
      List<Figure> linear = new ArrayList<>();
      Set<String> boundLabels = new java.util.LinkedHashSet<>();
      for (long h : results.config().horizons()) {
        List<Cell> cells = cells(results, env, h);
        String name = stem + "-T" + h;
        String title =
            String.format(
                Locale.ROOT,
                "%s: %s, T = %d (%d replications)",
                env.label(),
                kindName(cells.get(0).curves().kinds().get(0)),
                h,
                cells.get(0).curves().replications());
        logLog.add(
            save(
                curveChart(title, env, cells, bounds, true, boundLabels),
                plots,
                name + "-loglog",
                title));
        linear.add(
            save(
                curveChart(title, env, cells, bounds, false, boundLabels),
                plots,
                name + "-linear",
                title));
      }
      Optional<Figure> finals = Optional.empty();
      if (results.config().horizons().size() > 1) {
        String title = env.label() + ": final regret against the horizon";
        finals = Optional.of(save(finalChart(title, results, env), plots, stem + "-final", title));
      }
      out.add(
          new EnvironmentFigures(env.label(), logLog, linear, finals, List.copyOf(boundLabels)));
    }
    return out;
  }

  /** A file-name-safe version of a label. */
  static String slug(String label) {
    String s = label.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "env" : s.substring(0, Math.min(s.length(), 40));
  }

  private static String kindName(RegretKind kind) {
    return Csv.kind(kind) + "-regret";
  }

  private static List<Cell> cells(ExperimentResults results, EnvironmentEntry env, long horizon) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : results.cells()) {
      if (c.environment().equals(env) && c.horizon() == horizon) {
        out.add(c);
      }
    }
    return out;
  }

  private static XYChart chart(String title, String xTitle, String yTitle, boolean log) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    XYStyler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(0xCCCCCC));
    s.setPlotGridLinesColor(new Color(0xE8E8E8));
    s.setLegendPosition(Styler.LegendPosition.InsideNW);
    s.setLegendBackgroundColor(new Color(255, 255, 255, 220));
    s.setLegendBorderColor(new Color(0xDDDDDD));
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setChartTitleBoxVisible(false);
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    s.setMarkerSize(0);
    s.setXAxisLogarithmic(log);
    s.setYAxisLogarithmic(log);
    s.setAntiAlias(true);
    return chart;
  }

  private static XYChart curveChart(
      String title,
      EnvironmentEntry env,
      List<Cell> cells,
      BoundCatalogue bounds,
      boolean log,
      Set<String> boundLabels) {
    RegretKind kind = cells.get(0).curves().kinds().get(0);
    XYChart chart =
        chart(title + (log ? ", log-log" : ""), "round t", "cumulative " + kindName(kind), log);
    double floor = Double.POSITIVE_INFINITY;
    double top = 0;
    for (Cell cell : cells) {
      CellCurves c = cell.curves();
      for (int j = 0; j < c.checkpoints().length; j++) {
        double m = c.mean(kind, j);
        if (m > 0) {
          floor = Math.min(floor, m / 2);
        }
        top = Math.max(top, m + Z95 * c.standardError(kind, j));
      }
    }
    if (!Double.isFinite(floor)) {
      floor = 1e-3;
    }
    long horizon = cells.get(0).horizon();
    // few points on log axes (dashes restart at every segment), evenly spaced on linear ones
    long[] dense = log ? Checkpoints.logGrid(horizon, 6) : Checkpoints.linearGrid(horizon, 60);
    Optional<ArmModel> model = env.scenario().armModel();
    Set<String> names = new HashSet<>();
    List<BoundCurve> curves = new ArrayList<>();
    List<String> curveLabels = new ArrayList<>();
    List<Color> curveColours = new ArrayList<>();
    int b = 0;
    if (model.isPresent()) {
      for (BoundCurve curve : bounds.environmentCurves(model.get())) {
        boundLabels.add(curve.label());
        if (curve.side() == BoundCurve.Side.LOWER) {
          top = Math.max(top, curve.at(horizon));
        }
        curves.add(curve);
        curveLabels.add(curve.label());
        curveColours.add(BOUND_COLOURS[b++ % BOUND_COLOURS.length]);
      }
    }
    for (int p = 0; p < cells.size(); p++) {
      Cell cell = cells.get(p);
      Color colour = PALETTE[p % PALETTE.length];
      CellCurves c = cell.curves();
      long[] t = c.checkpoints();
      List<Double> x = new ArrayList<>();
      List<Double> mean = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (int j = 0; j < t.length; j++) {
        double m = c.mean(kind, j);
        double half = Z95 * c.standardError(kind, j);
        if (log && m <= 0) {
          continue;
        }
        x.add((double) t[j]);
        mean.add(m);
        lo.add(log ? Math.max(m - half, floor) : m - half);
        hi.add(m + half);
      }
      if (x.isEmpty()) {
        continue;
      }
      String label = unique(cell.policy().label(), names);
      if (c.replications() > 1) {
        List<Double> bx = new ArrayList<>(x);
        List<Double> by = new ArrayList<>(hi);
        for (int j = x.size() - 1; j >= 0; j--) {
          bx.add(x.get(j));
          by.add(lo.get(j));
        }
        XYSeries band = chart.addSeries(unique(label + " 95% band", names), bx, by);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 56));
        band.setLineColor(new Color(0, 0, 0, 0));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
      }
      XYSeries line = chart.addSeries(label, x, mean);
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(colour);
      line.setLineStyle(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      if (model.isPresent()) {
        for (BoundCurve curve : bounds.policyCurves(model.get(), cell.spec())) {
          String boundLabel = cell.policy().label() + ": " + curve.label();
          boundLabels.add(boundLabel);
          curves.add(curve);
          curveLabels.add(boundLabel);
          curveColours.add(colour);
        }
      }
    }
    double yMax = top > 0 ? top * 1.15 : 1.0;
    for (int i = 0; i < curves.size(); i++) {
      // on linear axes a bound far above the data would flatten it: it stays on the log-log plot
      if (log || curves.get(i).at(horizon) <= yMax) {
        addBound(
            chart,
            curveLabels.get(i),
            curves.get(i),
            dense,
            curveColours.get(i),
            log,
            floor,
            names);
      }
    }
    if (log) {
      chart.getStyler().setYAxisMin(floor);
      chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    } else {
      chart.getStyler().setYAxisMin(0.0);
      chart.getStyler().setYAxisMax(yMax);
      chart.getStyler().setXAxisMin(0.0);
    }
    return chart;
  }

  private static void addBound(
      XYChart chart,
      String label,
      BoundCurve curve,
      long[] grid,
      Color colour,
      boolean log,
      double floor,
      Set<String> names) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (long t : grid) {
      double v = curve.at(t);
      if (Double.isFinite(v) && (log ? v >= floor : v >= 0)) {
        x.add((double) t);
        y.add(v);
      }
    }
    if (x.size() < 2) {
      return;
    }
    XYSeries s = chart.addSeries(unique(label, names), x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(colour);
    s.setLineStyle(
        new BasicStroke(
            1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f));
  }

  private static XYChart finalChart(String title, ExperimentResults results, EnvironmentEntry env) {
    List<Long> horizons = results.config().horizons();
    RegretKind kind = null;
    XYChart chart = null;
    Set<String> names = new HashSet<>();
    int p = 0;
    for (var policy : results.config().policies()) {
      double[] x = new double[horizons.size()];
      double[] y = new double[horizons.size()];
      double[] err = new double[horizons.size()];
      for (int i = 0; i < horizons.size(); i++) {
        for (Cell c : results.cells()) {
          if (c.environment().equals(env)
              && c.policy().equals(policy)
              && c.horizon() == horizons.get(i)) {
            kind = c.curves().kinds().get(0);
            int last = c.curves().checkpoints().length - 1;
            x[i] = horizons.get(i);
            y[i] = c.curves().mean(kind, last);
            err[i] = Z95 * c.curves().standardError(kind, last);
          }
        }
      }
      if (chart == null) {
        chart = chart(title, "horizon T", "mean final " + kindName(kind) + " (95% CI)", false);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setMarkerSize(8);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
      }
      XYSeries s = chart.addSeries(unique(policy.label(), names), x, y, err);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setLineColor(PALETTE[p % PALETTE.length]);
      s.setMarkerColor(PALETTE[p % PALETTE.length]);
      p++;
    }
    return chart;
  }

  private static String unique(String name, Set<String> names) {
    String n = name;
    for (int i = 2; !names.add(n); i++) {
      n = name + " (" + i + ")";
    }
    return n;
  }

  private static Figure save(XYChart chart, Path folder, String name, String title)
      throws IOException {
    Path png = folder.resolve(name + ".png");
    Path svg = folder.resolve(name + ".svg");
    BitmapEncoder.saveBitmapWithDPI(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG, DPI);
    // VectorGraphics2D directly: XChart 4 deprecates its wrapper (VectorGraphicsEncoder).
    VectorGraphics2D g = new VectorGraphics2D();
    chart.paint(g, chart.getWidth(), chart.getHeight());
    try (OutputStream out = Files.newOutputStream(svg)) {
      Processors.get("svg")
          .getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()))
          .writeTo(out);
    }
    return new Figure(title, "plots/" + png.getFileName(), "plots/" + svg.getFileName());
  }
}
