package org.bandits4j.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bandits4j.experiments.BuildInfo;
import org.bandits4j.experiments.testing.SmallExperiment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The output folder's schema: every file, its columns, and their consistency. */
class OutputFolderTest {

  static Path out;

  private static final int CELLS = 2 * 2 * 2; // environments x policies x horizons

  @BeforeAll
  static void run() throws IOException {
    out = SmallExperiment.output();
  }

  /** CSV rows split on commas outside quotes. */
  private static List<String[]> csv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = !quoted;
          }
        } else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      rows.add(cells.toArray(new String[0]));
    }
    return rows;
  }

  @Test
  void curvesHaveOneRowPerCellCheckpointAndKindWithOrderedQuantiles() throws IOException {
    List<String[]> rows = csv(out.resolve("curves.csv"));
    assertEquals(CurvesCsv.HEADER, String.join(",", rows.get(0)));
    // 5 checkpoints per decade: T = 300 has 14 rounds (1 .. 251, 300), T = 2000 has 18
    int expected = 2 * 2 * (14 + 18) * 2;
    assertEquals(expected + 1, rows.size());
    Map<String, Long> lastT = new HashMap<>();
    for (String[] r : rows.subList(1, rows.size())) {
      assertEquals(13, r.length, String.join("|", r));
      long horizon = Long.parseLong(r[2]);
      long t = Long.parseLong(r[3]);
      assertTrue(t >= 1 && t <= horizon);
      assertTrue(r[4].equals("pseudo") || r[4].equals("realised"), r[4]);
      assertEquals(SmallExperiment.REPLICATIONS, Integer.parseInt(r[5]));
      assertTrue(Double.parseDouble(r[7]) >= 0, "se");
      for (int q = 8; q < 12; q++) {
        assertTrue(Double.parseDouble(r[q]) <= Double.parseDouble(r[q + 1]), "quantiles ordered");
      }
      lastT.merge(r[0] + "|" + r[1] + "|" + r[2], t, Math::max);
    }
    assertEquals(CELLS, lastT.size());
    lastT.forEach((cell, t) -> assertTrue(cell.endsWith("|" + t), cell + " ends at " + t));
    assertTrue(lastT.containsKey("gauss <&>|eps, 0.1|2000"), "labels with commas round-trip");
  }

  @Test
  void finalRegretHoldsEveryReplicationAndMatchesTheCurvesMeans() throws IOException {
    List<String[]> rows = csv(out.resolve("final-regret.csv"));
    assertEquals(FinalRegretCsv.HEADER, String.join(",", rows.get(0)));
    assertEquals(CELLS * 2 * SmallExperiment.REPLICATIONS + 1, rows.size());
    Map<String, double[]> sums = new HashMap<>();
    for (String[] r : rows.subList(1, rows.size())) {
      double[] s =
          sums.computeIfAbsent(String.join("|", r[0], r[1], r[2], r[4]), k -> new double[2]);
      s[0] += Double.parseDouble(r[5]);
      s[1]++;
    }
    int checked = 0;
    for (String[] r : csv(out.resolve("curves.csv")).subList(1, 1 + 2 * 2 * (14 + 18) * 2)) {
      if (r[2].equals(r[3])) {
        double[] s = sums.get(String.join("|", r[0], r[1], r[2], r[4]));
        assertEquals(SmallExperiment.REPLICATIONS, s[1]);
        assertEquals(Double.parseDouble(r[6]), s[0] / s[1], 1e-9 * Math.abs(s[0]) + 1e-12);
        checked++;
      }
    }
    assertEquals(CELLS * 2, checked);
  }

  @Test
  void provenanceRecordsConfigVersionsMachineAndTimes() throws IOException {
    JsonNode p = new ObjectMapper().readTree(out.resolve("provenance.json").toFile());
    assertEquals("small", p.at("/experiment/name").asText());
    assertEquals(3, p.get("seed").asLong());
    assertEquals(2000, p.at("/experiment/horizons/1").asLong());
    assertEquals(BuildInfo.version(), p.get("libraryVersion").asText());
    assertTrue(p.get("gitCommit").asText().matches("[0-9a-f]{40}(-dirty)?|unknown"));
    assertTrue(p.get("java").asText().contains(System.getProperty("java.runtime.version")));
    assertTrue(p.get("os").asText().startsWith(System.getProperty("os.name")));
    assertTrue(p.get("cores").asInt() >= 1);
    assertTrue(p.get("threads").asInt() >= 1);
    Instant started = Instant.parse(p.get("started").asText());
    Instant finished = Instant.parse(p.get("finished").asText());
    assertTrue(!finished.isBefore(started));
    assertEquals(
        CELLS / 2 * (long) SmallExperiment.REPLICATIONS, p.get("computedReplications").asLong());
    assertEquals("run", p.at("/commandLine/1").asText());
  }

  @Test
  void plotsArePngAndSvgForEveryEnvironmentAndHorizon() throws Exception {
    List<String> names = new ArrayList<>();
    for (String env : List.of("e1-Bern-B", "e2-gauss")) {
      for (long h : new long[] {300, 2000}) {
        names.add(env + "-T" + h + "-loglog");
        names.add(env + "-T" + h + "-linear");
      }
      names.add(env + "-final");
    }
    for (String name : names) {
      BufferedImage png = ImageIO.read(out.resolve("plots").resolve(name + ".png").toFile());
      assertEquals(1800, png.getWidth(), name);
      assertEquals(1120, png.getHeight(), name);
      DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
      // the SVG names the W3C DTD; the test has no network, and needs no validation
      xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      var svg =
          xml.newDocumentBuilder().parse(out.resolve("plots").resolve(name + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getTagName(), name);
    }
    try (var files = Files.list(out.resolve("plots"))) {
      assertEquals(2L * names.size(), files.count());
    }
  }

  @Test
  void theReportLinksOnlyToFilesThatExistAndEscapesLabels() throws IOException {
    String html = Files.readString(out.resolve("report.html"));
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"").matcher(html);
    int links = 0;
    while (m.find()) {
      assertTrue(Files.exists(out.resolve(m.group(1))), "dangling link " + m.group(1));
      links++;
    }
    assertEquals(10 + 10 + 3, links, "10 images, their 10 SVG links, 3 data files");
    assertTrue(html.contains("gauss &lt;&amp;&gt;"));
    assertTrue(!html.contains("gauss <&>"), "labels are escaped");
    assertTrue(html.contains("Lai-Robbins lower bound"));
  }
}
