package org.bandits4j.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bandits4j.experiments.ExperimentJob;
import org.bandits4j.experiments.reproduce.ReproductionSuite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bandits reproduce [--quick]}: the bound-reproduction suite. */
@Command(
    name = "reproduce",
    description =
        "Run the bound-reproduction suite for every algorithm that has one, print a pass/fail"
            + " table and write a report. Exits with 1 if a criterion fails.")
final class ReproduceCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--quick",
      description = "reduced horizons and replications (a few minutes on 2 cores at most)")
  boolean quick;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "output folder (default: results/reproduce, or results/reproduce-quick)")
  Path out;

  @Option(
      names = "--suite",
      paramLabel = "DIR",
      description = "run the reproduction files of this folder instead of the built-in suite")
  Path suiteFolder;

  @CommandLine.Mixin BanditsCli.RunOptions o;

  @Override
  public Integer call() throws IOException {
    ReproductionSuite suite =
        suiteFolder == null
            ? ReproductionSuite.standard()
            : ReproductionSuite.fromFolder(suiteFolder);
    ExperimentJob job =
        o.job(
            BanditsCli.commandLine(
                quick ? new String[] {"reproduce", "--quick"} : new String[] {"reproduce"}));
    suite.configs(quick, job.registry()); // every file is checked before anything runs
    Path folder = out != null ? out : Path.of("results", quick ? "reproduce-quick" : "reproduce");
    PrintWriter log = spec.commandLine().getOut();
    if (!o.quiet) {
      log.printf(
          "%d reproductions%s on %d threads -> %s%n",
          suite.reproductions().size(), quick ? " (quick)" : "", o.threads, folder);
      log.flush();
    }
    ReproductionSuite.Outcome outcome = suite.run(quick, job, folder, o.fresh, o::progress);
    if (!o.quiet) {
      log.println();
      log.print(ReproductionSuite.table(outcome.verdicts()));
      log.println("report: " + outcome.report().toAbsolutePath().toUri());
      log.flush();
    }
    if (o.open) {
      Browser.open(outcome.report(), spec.commandLine().getErr());
    }
    return outcome.passed() ? 0 : 1;
  }
}
