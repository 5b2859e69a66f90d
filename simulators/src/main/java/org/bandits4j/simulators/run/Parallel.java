package org.bandits4j.simulators.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs the replications of a runner on a fixed pool of daemon threads. */
final class Parallel {

  private Parallel() {}

  /**
   * Runs {@code body} for every replication {@code 0..replications-1} on at most {@code threads}
   * threads and waits for all.
   *
   * @param onReplicationDone called with the number of finished replications, from worker threads
   * @throws RuntimeException what a replication threw
   */
  static void forEach(
      int replications, int threads, IntConsumer body, IntConsumer onReplicationDone) {
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, replications), Parallel::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>(replications);
      for (int r = 0; r < replications; r++) {
        int rep = r;
        futures.add(
            pool.submit(
                () -> {
                  body.accept(rep);
                  onReplicationDone.accept(done.incrementAndGet());
                }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for replications", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("replication failed", cause);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bandits4j-replication");
    t.setDaemon(true);
    return t;
  }
}
