package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bandits4j.algorithms.state.SampleMeanState;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stress test of the synchronized view: many threads select and update (rewards always 1) while a
 * reader takes snapshots and estimates. Proves: total pulls equal total updates (no lost update),
 * and no snapshot is torn (every snapshot has sums equal to pulls arm by arm, and a decision
 * counter at least the total pulls).
 */
class PoliciesTest {

  private static final int THREADS = 4;
  private static final int PER_THREAD = 50_000;

  @ParameterizedTest
  @ValueSource(strings = {"ucb1", "thompson-beta"})
  void synchronizedViewLosesNoUpdateAndTearsNoSnapshot(String name) throws Exception {
    PolicySpec<? extends Bandit> spec =
        name.equals("ucb1") ? Ucb1Spec.defaults() : BetaThompsonSpec.defaults();
    Bandit shared = Policies.synchronizedView(spec.create(ArmSet.ofSize(5)));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writersDone = new AtomicBoolean();
    AtomicInteger snapshots = new AtomicInteger();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < THREADS; w++) {
        long seed = w;
        writers.add(
            pool.submit(
                () -> {
                  SplittableRandom rng = new SplittableRandom(seed);
                  start.await();
                  for (int i = 0; i < PER_THREAD; i++) {
                    Selection s = shared.select(rng);
                    shared.update(s, 1.0);
                  }
                  return null;
                }));
      }
      Future<?> reader =
          pool.submit(
              () -> {
                start.await();
                while (!writersDone.get()) {
                  SampleMeanState s = (SampleMeanState) shared.snapshot();
                  long[] pulls = s.pulls();
                  double[] sums = s.sums();
                  for (int i = 0; i < pulls.length; i++) {
                    if (sums[i] != pulls[i]) {
                      throw new AssertionError("torn snapshot: " + s);
                    }
                  }
                  if (s.step() < s.totalPulls()) {
                    throw new AssertionError("torn snapshot (step < pulls): " + s);
                  }
                  long viaEstimates =
                      shared.estimates().orElseThrow().all().stream()
                          .mapToLong(e -> e.pulls())
                          .sum();
                  if (viaEstimates < s.totalPulls()) {
                    throw new AssertionError("estimates went backwards");
                  }
                  snapshots.incrementAndGet();
                }
                return null;
              });
      start.countDown();
      for (Future<?> f : writers) {
        f.get(60, TimeUnit.SECONDS);
      }
      writersDone.set(true);
      reader.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    SampleMeanState end = (SampleMeanState) shared.snapshot();
    assertEquals((long) THREADS * PER_THREAD, end.totalPulls(), "no lost update");
    assertEquals((long) THREADS * PER_THREAD, end.step(), "every select counted");
    assertTrue(snapshots.get() > 0, "the reader took snapshots");
  }
}
