package org.bandits4j.experiments;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code bandits} command line: {@code run FILE} and {@code list}. */
@Command(
    name = "bandits",
    mixinStandardHelpOptions = true,
    version = "Bandits4J 0.1.0-SNAPSHOT",
    description = "Regret-curve experiments for Bandits4J policies.",
    subcommands = {BanditsCli.Run.class, BanditsCli.ListPolicies.class})
public final class BanditsCli implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Entry point. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage or config error). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new BanditsCli());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof IllegalArgumentException) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
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

  /** {@code bandits run FILE}: runs an experiment and writes curves.csv. */
  @Command(name = "run", description = "Run an experiment file and write curves.csv.")
  static final class Run implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "experiment file (JSON)")
    Path file;

    @Option(
        names = {"-o", "--out"},
        paramLabel = "DIR",
        description = "output folder (default: results/<name>)")
    Path out;

    @Option(
        names = {"-t", "--threads"},
        paramLabel = "N",
        description = "worker threads (default: all cores); results do not depend on it")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = {"-q", "--quiet"},
        description = "print nothing but errors")
    boolean quiet;

    @Override
    public Integer call() {
      ExperimentConfig config = new ConfigReader().read(file);
      Path folder = out != null ? out : Path.of("results", config.name());
      PrintWriter log = spec.commandLine().getErr();
      ExperimentRunner runner =
          new ExperimentRunner(
              threads,
              line -> {
                if (!quiet) {
                  log.println(line);
                  log.flush();
                }
              });
      List<ExperimentRunner.PairResult> results = runner.run(config);
      Path curves = ExperimentRunner.writeCurves(results, folder);
      if (!quiet) {
        spec.commandLine().getOut().println("wrote " + curves);
      }
      return 0;
    }
  }

  /** {@code bandits list}: the registered policies and their parameters. */
  @Command(name = "list", description = "List the policies and their parameters.")
  static final class ListPolicies implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PolicyRegistry registry = StandardPolicies.registry();
      for (PolicyType<?> type : registry.types()) {
        out.printf("%-16s %s%n", type.name(), type.summary());
        out.printf("%-16s defaults %s%n", "", registry.parameters(type.defaults()));
      }
      out.flush();
      return 0;
    }
  }
}
