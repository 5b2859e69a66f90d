package org.bandits4j.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.ExperimentConfig.Labelled;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.regret.RegretCurves;
import org.bandits4j.simulators.run.ReplicationRunner;

/**
 * Runs every (environment, policy) pair of an experiment with the replication runner and writes
 * {@code curves.csv}.
 *
 * <p>Every pair uses the same master seed, so all policies on an environment see the same reward
 * draws; results do not depend on the number of threads.
 */
public final class ExperimentRunner {

  /** Header of {@code curves.csv}. */
  public static final String CURVES_HEADER =
      "environment,policy,t,replications,pseudo_regret_mean,pseudo_regret_se,"
          + "realised_regret_mean,realised_regret_se";

  /** The result of one pair. */
  public record PairResult(String environment, String policy, RegretCurves curves) {}

  private final int threads;
  private final Consumer<String> progress;

  /**
   * A runner.
   *
   * @param threads worker threads, {@code >= 1}
   * @param progress receives one line per finished pair (may ignore it)
   */
  public ExperimentRunner(int threads, Consumer<String> progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
    this.progress = progress;
  }

  /** Runs every pair, in file order. */
  public List<PairResult> run(ExperimentConfig config) {
    ReplicationRunner runner =
        ReplicationRunner.builder()
            .horizon(config.horizon())
            .replications(config.replications())
            .seed(config.seed())
            .checkpoints(config.checkpointArray())
            .roundRobinStart(config.roundRobinStart())
            .threads(threads)
            .build();
    List<PairResult> results = new ArrayList<>();
    for (Labelled<Environment> env : config.environments()) {
      for (Labelled<PolicySpec<? extends Bandit>> policy : config.policies()) {
        RegretCurves curves = runner.run(env.value(), policy.value());
        results.add(new PairResult(env.label(), policy.label(), curves));
        int last = curves.checkpoints().length - 1;
        progress.accept(
            String.format(
                "%s / %s: pseudo-regret at T=%d: %.2f ± %.2f (%d replications)",
                env.label(),
                policy.label(),
                config.horizon(),
                curves.mean(RegretKind.PSEUDO, last),
                curves.standardError(RegretKind.PSEUDO, last),
                curves.replications()));
      }
    }
    return results;
  }

  /** Writes {@code curves.csv} into {@code folder} (created if needed); returns its path. */
  public static Path writeCurves(List<PairResult> results, Path folder) {
    Path file = folder.resolve("curves.csv");
    try {
      Files.createDirectories(folder);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(CURVES_HEADER);
        out.write('\n');
        for (PairResult r : results) {
          long[] t = r.curves().checkpoints();
          for (int j = 0; j < t.length; j++) {
            out.write(
                String.join(
                    ",",
                    csv(r.environment()),
                    csv(r.policy()),
                    Long.toString(t[j]),
                    Integer.toString(r.curves().replications()),
                    Double.toString(r.curves().mean(RegretKind.PSEUDO, j)),
                    Double.toString(r.curves().standardError(RegretKind.PSEUDO, j)),
                    Double.toString(r.curves().mean(RegretKind.REALISED, j)),
                    Double.toString(r.curves().standardError(RegretKind.REALISED, j))));
            out.write('\n');
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private static String csv(String field) {
    return field.contains(",") || field.contains("\"")
        ? "\"" + field.replace("\"", "\"\"") + "\""
        : field;
  }
}
