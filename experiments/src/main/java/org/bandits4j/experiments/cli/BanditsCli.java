package org.bandits4j.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.BuildInfo;
import org.bandits4j.experiments.ExperimentJob;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.bounds.BoundEntry;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.ConfigReader;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentRunner;
import org.bandits4j.experiments.run.ProgressListener;
import org.bandits4j.experiments.scenario.EnvironmentType;
import org.bandits4j.experiments.scenario.ParameterDoc;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code bandits} command line: {@code run FILE}, {@code reproduce [--quick]}, {@code list}.
 *
 * <p>Exit codes: 0 success; 1 a run failed, or a reproduction criterion failed; 2 a usage or
 * configuration error (reported before anything runs).
 */
@Command(
    name = "bandits",
    mixinStandardHelpOptions = true,
    versionProvider = BanditsCli.Version.class,
    description = "Regret-curve experiments for Bandits4J policies.",
    subcommands = {BanditsCli.Run.class, ReproduceCommand.class, BanditsCli.ListCommand.class})
public final class BanditsCli implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Entry point. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new BanditsCli());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof ConfigException) {
            err.println("error: bad experiment file: " + e.getMessage());
            err.flush();
            return 2;
          }
          if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            err.println("error: " + e.getMessage());
            err.flush();
            return e instanceof IllegalArgumentException ? 2 : 1;
          }
          throw e;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /** The library version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Bandits4J " + BuildInfo.version()};
    }
  }

  /** Options shared by commands that run experiments. */
  static final class RunOptions {
    @Option(
        names = {"-t", "--threads"},
        paramLabel = "N",
        description = "worker threads (default: all cores); results do not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = {"-q", "--quiet"},
        description = "print nothing but errors")
    boolean quiet;

    @Option(
        names = "--fresh",
        description = "discard replications saved by an earlier, interrupted run")
    boolean fresh;

    @Option(
        names = "--block-rounds",
        paramLabel = "ROUNDS",
        description =
            "save finished replications about every ROUNDS simulated rounds of a run, the"
                + " granularity of resuming (default: ${DEFAULT-VALUE})")
    long blockRounds = ExperimentRunner.DEFAULT_BLOCK_ROUNDS;

    @Option(names = "--open", description = "open the report in the default browser")
    boolean open;

    ExperimentJob job(List<String> commandLine) {
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
      }
      if (blockRounds < 1) {
        throw new IllegalArgumentException("--block-rounds must be >= 1, was " + blockRounds);
      }
      return new ExperimentJob(
          Registry.standard(), threads, blockRounds, Git.commit(), Clock.systemUTC(), commandLine);
    }

    ProgressListener progress(String task) {
      return !quiet && TerminalProgress.isTerminal()
          ? new TerminalProgress(task, System.err)
          : ProgressListener.none();
    }
  }

  /** {@code bandits run FILE}. */
  @Command(
      name = "run",
      description =
          "Run an experiment file (JSON or YAML) and write curves.csv, final-regret.csv,"
              + " provenance.json, plots/ and report.html. An interrupted run resumes where it"
              + " stopped.")
  static final class Run implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "experiment file (JSON or YAML)")
    Path file;

    @Option(
        names = {"-o", "--out"},
        paramLabel = "DIR",
        description = "output folder (default: results/<name>)")
    Path out;

    @CommandLine.Mixin RunOptions o;

    @Override
    public Integer call() throws IOException {
      ExperimentConfig config = new ConfigReader().read(file);
      ExperimentJob job = o.job(commandLine("run", file.toString()));
      Path folder = out != null ? out : Path.of("results", config.name());
      PrintWriter log = spec.commandLine().getOut();
      if (!o.quiet) {
        log.printf(
            "%s: %d runs, %d replications each, on %d threads -> %s%n",
            config.name(),
            config.environments().size() * config.policies().size(),
            config.replications(),
            o.threads,
            folder);
        log.flush();
      }
      ExperimentJob.Outcome outcome = job.run(config, folder, o.fresh, o.progress(config.name()));
      if (!o.quiet) {
        summary(outcome.results(), log);
        log.println("report: " + outcome.report().toAbsolutePath().toUri());
        log.flush();
      }
      if (o.open) {
        Browser.open(outcome.report(), spec.commandLine().getErr());
      }
      return 0;
    }
  }

  static List<String> commandLine(String... args) {
    List<String> out = new ArrayList<>();
    out.add("bandits");
    out.addAll(List.of(args));
    return out;
  }

  /** Prints the final regret of every cell. */
  static void summary(ExperimentResults results, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-20s %-20s %10s %22s%n",
        "environment",
        "policy",
        "horizon",
        "final regret ± SE");
    for (ExperimentResults.Cell cell : results.cells()) {
      CellCurves c = cell.curves();
      RegretKind kind = c.kinds().get(0);
      int last = c.checkpoints().length - 1;
      out.printf(
          Locale.ROOT,
          "%-20s %-20s %10d %13.2f ± %-7.2f%n",
          cell.environment().label(),
          cell.policy().label(),
          cell.horizon(),
          c.mean(kind, last),
          c.standardError(kind, last));
    }
  }

  /** {@code bandits list}: everything an experiment file can name. */
  @Command(
      name = "list",
      description = "List the policies, environment types and bound curves, with parameters.")
  static final class ListCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Registry registry = Registry.standard();
      PolicyRegistry policies = registry.policies();
      out.println("Policies (\"type\" of a policy entry; other fields are its parameters):");
      for (PolicyType<?> type : policies.types()) {
        boolean tuned = PolicyRegistry.fieldNames(type).contains(ConfigReader.HORIZON_PARAMETER);
        out.printf("  %-22s %s%s%n", type.name(), type.summary(), tuned ? " [horizon-tuned]" : "");
        StringBuilder params = new StringBuilder();
        policies
            .parameters(type.defaults())
            .properties()
            .forEach(e -> params.append(e.getKey()).append('=').append(e.getValue()).append("  "));
        out.printf("  %-22s defaults: %s%n", "", params.toString().strip());
      }
      out.println();
      out.println("Environment types (\"type\" of an environment entry):");
      for (EnvironmentType type : registry.environments().types()) {
        out.printf("  %-22s %s%n", type.name(), type.summary());
        for (ParameterDoc p : type.parameters()) {
          out.printf(
              "  %-22s %s (%s, %s): %s%n",
              "", p.name(), p.type(), p.defaultValue(), p.description());
        }
      }
      out.println();
      out.println("Theoretical curves (drawn where they apply; named by reproduction criteria):");
      for (BoundEntry b : registry.bounds().entries()) {
        out.printf(
            "  %-26s %s bound on %s: %s%n",
            b.name(),
            b.side().name().toLowerCase(Locale.ROOT),
            b.forAnyPolicy() ? "every policy" : b.policy(),
            b.formula());
        out.printf("  %-26s %s%n", "", b.source());
      }
      out.flush();
      return 0;
    }
  }
}
