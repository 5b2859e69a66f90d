package org.bandits4j.experiments.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.bandits4j.experiments.run.ProgressListener;

/**
 * A progress bar with speed and ETA in simulated rounds, for terminals (me.tongfei:progressbar).
 */
final class TerminalProgress implements ProgressListener {

  private final String task;
  private final PrintStream err;
  private ProgressBar bar;

  TerminalProgress(String task, PrintStream err) {
    this.task = task;
    this.err = err;
  }

  @Override
  public void start(long totalRounds, long toRun, long reused) {
    if (reused > 0) {
      err.printf("resuming: %d replications were saved by an earlier run%n", reused);
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(Math.max(1, totalRounds))
            .setUnit("M rounds", 1_000_000)
            .showSpeed(new DecimalFormat("#.0"))
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .build();
  }

  @Override
  public void advance(long rounds) {
    bar.stepBy(rounds);
  }

  @Override
  public void finish() {
    if (bar != null) {
      bar.close();
    }
  }

  /**
   * Whether standard output and error go to a terminal. On JDK 22+ {@code System.console()} exists
   * even when output is redirected, so its {@code isTerminal()} is asked where present.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17-21: a console exists only for a terminal
    }
  }
}
