package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.bandits4j.api.PolicyState;

/**
 * Golden files under {@code src/test/resources}: compared line by line, or rewritten when the
 * system property {@code bandits4j.golden.update} is true.
 */
public final class GoldenFiles {

  private GoldenFiles() {}

  /** Checks {@code actual} against the golden file {@code file} (or rewrites it). */
  public static void check(String file, String actual) throws IOException {
    if (Boolean.getBoolean("bandits4j.golden.update")) {
      Path target = Path.of("src/test/resources", file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = GoldenFiles.class.getResourceAsStream("/" + file)) {
      assertNotNull(in, "missing golden file " + file + "; generate it as the test's Javadoc says");
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(
        new ArrayList<>(expected.lines().toList()),
        new ArrayList<>(actual.lines().toList()),
        "replay " + file);
  }

  /** A value with its exact bits, {@code "value (bits hex)"}, for replay transcripts. */
  public static String exact(double value) {
    return value + " (bits " + Long.toHexString(Double.doubleToLongBits(value)) + ")";
  }

  /**
   * The transcript of a replay of a policy that plays one arm a round: its header, the
   * pseudo-regret with its exact bits, the arms played (100 a line) and the final state's JSON.
   */
  public static final class ArmReplay {
    private final StringBuilder arms = new StringBuilder();
    private double regret;
    private int rounds;

    /** Records one round: the arm played and its gap {@code bestMean - mean}. */
    public void round(int arm, double gap) {
      regret += gap;
      arms.append(arm);
      if (++rounds % 100 == 0) {
        arms.append('\n');
      }
    }

    /** The transcript: {@code header}, the regret, the arms, then the state. */
    public String text(String header, PolicyState state) {
      return header
          + "\npseudo-regret: "
          + exact(regret)
          + "\narms:\n"
          + arms
          + "state:\n"
          + StandardPolicies.codec().toJson(state)
          + "\n";
    }
  }
}
