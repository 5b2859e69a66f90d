package org.bandits4j.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bandits4j.experiments.testing.HeadlessChromium;
import org.bandits4j.experiments.testing.SmallExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} in a real browser (Debian's headless Chromium, through the DevTools
 * protocol): every image must load, and the page must report no error. Needs Chromium: CI installs
 * it; on a machine without it the test fails with instructions (it is never skipped).
 */
class ReportInChromiumTest {

  @TempDir Path dir;

  private static final String IMAGES =
      "JSON.stringify(Array.from(document.images).map(i =>"
          + " ({src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0,"
          + " width: i.naturalWidth})))";

  @Test
  void theReportLoadsEveryPlotWithoutErrors() throws Exception {
    Path out = SmallExperiment.output();
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.load(out.resolve("report.html").toUri());
      JsonNode images =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(chromium.evaluate(IMAGES).asText());
      // 2 environments x 2 horizons x (log-log + linear) + 2 final-regret plots
      assertEquals(10, images.size(), images.toString());
      for (JsonNode img : images) {
        assertTrue(img.get("loaded").asBoolean(), "not loaded: " + img);
        assertEquals(1800, img.get("width").asInt(), img.toString());
      }
      assertEquals(List.of(), chromium.errors());
      assertEquals("small - Bandits4J regret report", chromium.evaluate("document.title").asText());
      assertEquals(
          "Bern B,gauss <&>,Theoretical curves,Configuration,Provenance,Data files",
          chromium
              .evaluate(
                  "Array.from(document.querySelectorAll('h2')).map(h => h.firstChild.textContent"
                      + ".trim()).join(',')")
              .asText());
      assertTrue(
          chromium
              .evaluate("document.querySelector('pre').textContent")
              .asText()
              .contains("\"seed\" : 3"));
      chromium.screenshot(Path.of("target", "report-screenshot.png"));
    }
  }

  @Test
  void theCheckCatchesAMissingImageAndAScriptError() throws Exception {
    Path page = dir.resolve("broken.html");
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head><title>broken</title></head><body>"
            + "<img src=\"plots/missing.png\" alt=\"missing\">"
            + "<script>console.error('boom'); undefinedFunction();</script></body></html>");
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.load(page.toUri());
      JsonNode images =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(chromium.evaluate(IMAGES).asText());
      assertFalse(images.get(0).get("loaded").asBoolean());
      List<String> errors = chromium.errors();
      assertTrue(errors.stream().anyMatch(e -> e.startsWith("exception:")), errors.toString());
      assertTrue(errors.stream().anyMatch(e -> e.startsWith("console.error:")), errors.toString());
      assertTrue(
          errors.stream().anyMatch(e -> e.startsWith("log:") && e.contains("missing.png")),
          errors.toString());
    }
  }
}
