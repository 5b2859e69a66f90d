package org.bandits4j.experiments.run;

/** Receives the runner's progress; {@link #advance} is called from worker threads. */
public interface ProgressListener {

  /**
   * The run starts.
   *
   * @param totalRounds simulated rounds still to run
   * @param toRun replications still to run
   * @param reused replications loaded from an earlier, interrupted run
   */
  void start(long totalRounds, long toRun, long reused);

  /** One replication of {@code rounds} rounds finished. */
  void advance(long rounds);

  /** The run ended (normally or not). */
  void finish();

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return new ProgressListener() {
      @Override
      public void start(long totalRounds, long toRun, long reused) {}

      @Override
      public void advance(long rounds) {}

      @Override
      public void finish() {}
    };
  }
}
