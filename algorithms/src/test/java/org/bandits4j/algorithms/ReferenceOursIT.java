package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bandits4j.algorithms.RegretExperiments.Reference;
import org.bandits4j.algorithms.adversarial.Exp3RegretTest;
import org.bandits4j.algorithms.greedy.BoltzmannRegretTest;
import org.bandits4j.algorithms.nonstationary.NonStationaryRegretTest;
import org.bandits4j.algorithms.ucb.KlUcbPlusRegretTest;
import org.bandits4j.algorithms.ucb.MossRegretTest;
import org.junit.jupiter.api.Test;

/**
 * {@code reference-ours.csv} is reproducible from the configs its header gives: every row,
 * recomputed by the test that reads it on the row's seed (the test's own seed plus 1000), equals
 * the committed row at the printed precision (mean to 4, standard error to 3 significant digits). A
 * policy change that alters its decisions fails here first; with {@code
 * -Dbandits4j.reference.update=true} the rows are rewritten (the header is kept), which needs a
 * reason in the commit. About a minute on two cores.
 */
class ReferenceOursIT {

  private static final String RESOURCE = "/regret/reference-ours.csv";
  private static final Path FILE = Path.of("src/test/resources/regret/reference-ours.csv");

  @Test
  void everyRowIsReproducedFromItsConfig() throws IOException {
    List<Reference> fresh = new ArrayList<>();
    fresh.addAll(KlUcbPlusRegretTest.referenceRows());
    fresh.addAll(MossRegretTest.referenceRows());
    fresh.addAll(Exp3RegretTest.referenceRows());
    fresh.addAll(NonStationaryRegretTest.referenceRows());
    fresh.addAll(BoltzmannRegretTest.referenceRows());
    if (Boolean.getBoolean("bandits4j.reference.update")) {
      rewrite(fresh);
    }
    List<Reference> committed = RegretExperiments.allReferences(RESOURCE);
    assertEquals(keys(committed), keys(fresh), "the rows (instance, T, policy) differ");
    List<String> differences = new ArrayList<>();
    for (Reference c : committed) {
      Reference f = fresh.stream().filter(r -> key(r).equals(key(c))).findFirst().orElseThrow();
      if (f.mean() != c.mean() || f.se() != c.se()) {
        differences.add(
            key(c)
                + ": committed "
                + c.mean()
                + " ± "
                + c.se()
                + ", now "
                + f.mean()
                + " ± "
                + f.se());
      }
    }
    assertEquals(List.of(), differences);
  }

  private static List<String> keys(List<Reference> rows) {
    return rows.stream().map(ReferenceOursIT::key).sorted().collect(Collectors.toList());
  }

  private static String key(Reference r) {
    return r.instance() + "," + r.t() + "," + r.policy();
  }

  private static void rewrite(List<Reference> rows) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        out.add(line);
      }
    }
    out.add("instance,T,policy,mean,se");
    for (Reference r : rows) {
      out.add(key(r) + "," + plain(r.mean(), 4) + "," + plain(r.se(), 3));
    }
    Files.write(FILE, out, StandardCharsets.UTF_8);
  }

  /** {@code x} with {@code digits} significant digits, trailing zeros kept ({@code 0.320}). */
  private static String plain(double x, int digits) {
    BigDecimal b = RegretExperiments.significant(x, digits);
    if (b.precision() < digits) {
      b = b.setScale(b.scale() + digits - b.precision());
    }
    return b.toPlainString();
  }
}
