package org.bandits4j.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bandits4j.algorithms.state.Json;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.report.OutputFolder;
import org.bandits4j.experiments.report.Provenance;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentRunner;
import org.bandits4j.experiments.run.FileResultStore;
import org.bandits4j.experiments.run.ProgressListener;
import org.bandits4j.experiments.run.RunPlan;
import org.bandits4j.experiments.run.Unit;

/**
 * One experiment from a validated config to a finished output folder: run (resuming from the
 * replications saved under {@code folder/replications}), then write every output.
 *
 * <p>Saved replications are keyed by everything that determines them, including the library
 * version; {@code replications/run.json} also records the git commit, and a folder saved by another
 * commit is refused (code may have changed without a version change) unless {@code fresh} discards
 * it.
 *
 * @param registry names
 * @param threads worker threads
 * @param blockRounds resume granularity in simulated rounds
 * @param gitCommit the commit for provenance and the resume check ({@code "unknown"} skips it)
 * @param clock the clock for provenance times
 * @param commandLine the command for provenance
 */
public record ExperimentJob(
    Registry registry,
    int threads,
    long blockRounds,
    String gitCommit,
    Clock clock,
    List<String> commandLine) {

  /** The subfolder of saved replications. */
  public static final String SAVED = "replications";

  /** Copies the list. */
  public ExperimentJob {
    commandLine = List.copyOf(commandLine);
  }

  /**
   * What a job produced.
   *
   * @param results the results
   * @param report the report's path
   */
  public record Outcome(ExperimentResults results, Path report) {}

  /**
   * Runs {@code config} into {@code folder}.
   *
   * @param fresh whether to discard saved replications first
   * @throws IllegalStateException if saved replications come from another commit and {@code fresh}
   *     is false, or a replication fails
   * @throws IOException if outputs cannot be written
   */
  public Outcome run(ExperimentConfig config, Path folder, boolean fresh, ProgressListener progress)
      throws IOException {
    Instant started = clock.instant();
    Path saved = folder.resolve(SAVED);
    if (fresh) {
      FileResultStore.deleteTree(saved);
    }
    checkSavedCommit(saved);
    Files.createDirectories(saved);
    ObjectNode marker = Json.mapper().createObjectNode();
    marker.put("libraryVersion", BuildInfo.version());
    marker.put("gitCommit", gitCommit);
    OutputFolder.writeText(saved.resolve("run.json"), Json.mapper().writeValueAsString(marker));

    FileResultStore store = new FileResultStore(saved);
    RunPlan plan = RunPlan.of(config, registry.policies());
    ExperimentResults results =
        new ExperimentRunner(threads, blockRounds, store, progress, registry.policies()).run(plan);
    store.prune(plan.units().stream().map(Unit::key).toList());

    Provenance provenance =
        new Provenance(
            config.canonical(),
            config.seed(),
            BuildInfo.version(),
            gitCommit,
            Provenance.currentJava(),
            Provenance.currentOs(),
            Runtime.getRuntime().availableProcessors(),
            threads,
            commandLine,
            started.truncatedTo(ChronoUnit.SECONDS).toString(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
            results.computed(),
            results.reused());
    Path report = OutputFolder.write(results, provenance, registry, folder);
    return new Outcome(results, report);
  }

  private void checkSavedCommit(Path saved) throws IOException {
    Path marker = saved.resolve("run.json");
    if (!Files.exists(marker) || gitCommit.equals("unknown")) {
      return;
    }
    JsonNode old;
    try {
      old = Json.mapper().readTree(Files.readString(marker));
    } catch (IOException e) {
      return; // unreadable marker: the saved blocks are still checked one by one
    }
    String before = old.path("gitCommit").asText("unknown");
    if (!before.equals("unknown") && !before.equals(gitCommit)) {
      throw new IllegalStateException(
          "the replications saved in "
              + saved
              + " come from commit "
              + before
              + ", but this is "
              + gitCommit
              + "; run again with --fresh to discard them, or choose another --out");
    }
  }
}
