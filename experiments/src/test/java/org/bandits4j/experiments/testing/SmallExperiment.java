package org.bandits4j.experiments.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bandits4j.experiments.cli.BanditsCli;

/** A small experiment with two environments, three policies and two horizons, run by the CLI. */
public final class SmallExperiment {

  /** The experiment (YAML). */
  public static final String YAML =
      """
      name: small
      description: A small experiment for the output tests.
      seed: 3
      horizons: [300, 2000]
      replications: 12
      checkpointsPerDecade: 5
      environments:
        - {label: Bern B, type: bernoulli, means: [0.9, 0.8, 0.7, 0.6, 0.5]}
        - {label: "gauss <&>", type: gaussian, means: [0.5, 0.4], sigma: 1}
      policies:
        - {label: UCB1, type: ucb1, rewardMin: -5, rewardMax: 6}
        - {label: "eps, 0.1", type: epsilon-greedy, epsilon: 0.1}
      """;

  /** Replications per cell. */
  public static final int REPLICATIONS = 12;

  private static Path shared;

  private SmallExperiment() {}

  /**
   * The output of one run shared by every test class of this JVM (read-only for them), deleted when
   * the JVM exits.
   */
  public static synchronized Path output() throws IOException {
    if (shared == null) {
      Path dir = Files.createTempDirectory("bandits4j-small-");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      org.bandits4j.experiments.run.FileResultStore.deleteTree(dir);
                    } catch (IOException e) {
                      // a temporary folder left behind is harmless
                    }
                  }));
      shared = run(dir);
    }
    return shared;
  }

  /** Writes the file into {@code dir} and runs it into {@code dir/out}; returns the output. */
  public static Path run(Path dir) throws IOException {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, YAML);
    Path out = dir.resolve("out");
    int code = BanditsCli.execute("run", file.toString(), "--out", out.toString(), "-q");
    if (code != 0) {
      throw new IllegalStateException("bandits run exited with " + code);
    }
    return out;
  }
}
