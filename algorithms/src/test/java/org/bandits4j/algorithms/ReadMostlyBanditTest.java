package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.bandits4j.algorithms.state.SampleMeanState;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

class ReadMostlyBanditTest {

  @Test
  void selectsSeeTheModelPublishedEveryNUpdates() {
    ReadMostlyBandit view =
        Policies.readMostlyView(Ucb1Spec.defaults().create(ArmSet.ofSize(3)), 3);
    SplittableRandom rng = new SplittableRandom(1);
    // nothing learned and nothing published: every select plays arm 0 (lowest untried)
    assertEquals(0, view.select(rng).arm().index());
    view.update(Selection.forced(view.arms().get(0)), 1.0);
    view.update(Selection.forced(view.arms().get(1)), 1.0);
    assertEquals(0, view.select(rng).arm().index(), "two updates: not yet published");
    assertEquals(2, ((SampleMeanState) view.snapshot()).totalPulls(), "the master has them");
    view.update(Selection.forced(view.arms().get(2)), 0.0);
    // third update published: all arms tried, UCB picks among the two 1.0 arms
    int arm = view.select(rng).arm().index();
    assertTrue(arm == 0 || arm == 1, "arm " + arm);
    view.update(Selection.forced(view.arms().get(0)), 0.0);
    view.publish();
    assertEquals(4, ((SampleMeanState) view.snapshot()).totalPulls());
  }

  @Test
  void invalidUpdatesAreRejectedAtOnceWithStateUnchanged() {
    ReadMostlyBandit view =
        Policies.readMostlyView(Ucb1Spec.defaults().create(ArmSet.ofSize(2)), 10);
    var before = view.snapshot();
    Selection s = Selection.forced(view.arms().get(0));
    assertThrows(IllegalArgumentException.class, () -> view.update(s, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> view.update(s, 2.0));
    assertEquals(before, view.snapshot());
    assertThrows(
        IllegalArgumentException.class,
        () -> Policies.readMostlyView(Ucb1Spec.defaults().create(ArmSet.ofSize(2)), 0));
  }

  @Test
  void armEditsAndMergesArePublishedAtOnce() {
    ReadMostlyBandit view =
        Policies.readMostlyView(Ucb1Spec.defaults().create(ArmSet.ofSize(2)), 1_000);
    view.armEditor().orElseThrow().addArm("new");
    assertEquals(3, view.arms().size());
    SplittableRandom rng = new SplittableRandom(2);
    view.update(Selection.forced(view.arms().get(0)), 1.0);
    view.update(Selection.forced(view.arms().get(1)), 1.0);
    // the replica sees the new arm (published with the edit) but not yet the two updates
    assertEquals(0, view.select(rng).arm().index());
    var other = Ucb1Spec.defaults().create(ArmSet.of("0", "1", "new"));
    other.update(Selection.forced(other.arms().get(2)), 1.0);
    view.merger().orElseThrow().merge(other.snapshot());
    assertNotEquals(-1, view.select(rng).arm().index());
    assertEquals(3, view.estimates().orElseThrow().all().stream().mapToLong(e -> e.pulls()).sum());
  }

  /**
   * Four threads select and update concurrently (rewards always 1) while a reader snapshots: no
   * update is lost, no snapshot is torn (sums equal pulls arm by arm), and every thread's replica
   * only ever moves forward.
   */
  @Test
  void concurrentSelectsAndUpdatesLoseNothing() throws Exception {
    ReadMostlyBandit view =
        Policies.readMostlyView(Ucb1Spec.defaults().create(ArmSet.ofSize(6)), 64);
    int threads = 4;
    int perThread = 50_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        long seed = w;
        writers.add(
            pool.submit(
                () -> {
                  SplittableRandom rng = new SplittableRandom(seed);
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    view.update(view.select(rng), 1.0);
                  }
                  return null;
                }));
      }
      Future<?> reader =
          pool.submit(
              () -> {
                start.await();
                long last = 0;
                while (!done.get()) {
                  SampleMeanState s = (SampleMeanState) view.snapshot();
                  long[] n = s.pulls();
                  double[] sums = s.sums();
                  for (int i = 0; i < n.length; i++) {
                    if (sums[i] != n[i]) {
                      throw new AssertionError("torn snapshot " + s);
                    }
                  }
                  if (s.totalPulls() < last) {
                    throw new AssertionError("snapshot went backwards");
                  }
                  last = s.totalPulls();
                }
                return null;
              });
      start.countDown();
      for (Future<?> f : writers) {
        f.get(60, TimeUnit.SECONDS);
      }
      done.set(true);
      reader.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertEquals((long) threads * perThread, ((SampleMeanState) view.snapshot()).totalPulls());
  }
}
