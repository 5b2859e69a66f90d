package org.bandits4j.experiments.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileResultStoreTest {

  @TempDir Path dir;

  private static Unit unit(String key) {
    return new Unit(0, 0, 100, Ucb1Spec.defaults(), new long[] {10, 100}, List.of(100L), key);
  }

  private static final double[][][] ROWS = {
    {{0.1, 1.0 / 3}, {-2.5e-17, Double.MIN_VALUE}}, {{7, 8}, {Math.PI, Math.E}}
  };

  @Test
  void blocksReadBackExactly() {
    FileResultStore store = new FileResultStore(dir);
    store.save(unit("k1"), 5, ROWS);
    Map<Integer, double[][]> loaded = store.load(unit("k1"), 10, 2);
    assertEquals(2, loaded.size());
    assertArrayEquals(ROWS[0][1], loaded.get(5)[1]);
    assertArrayEquals(ROWS[1][0], loaded.get(6)[0]);
    assertTrue(store.load(unit("k2"), 10, 2).isEmpty(), "other keys see nothing");
    assertEquals(1, store.load(unit("k1"), 6, 2).size(), "only replications below the count");
  }

  @Test
  void truncatedOrForeignFilesAreIgnored() throws IOException {
    FileResultStore store = new FileResultStore(dir);
    store.save(unit("k1"), 0, ROWS);
    Path file = dir.resolve("k1").resolve("reps-00000000-00000002.csv");
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() - 8)); // lost its end
    assertTrue(store.load(unit("k1"), 10, 2).isEmpty());
    Files.writeString(file, whole.replace("key,k1", "key,k9"));
    assertTrue(store.load(unit("k1"), 10, 2).isEmpty());
    Files.writeString(file, whole);
    assertEquals(2, store.load(unit("k1"), 10, 2).size());
    assertTrue(store.load(unit("k1"), 10, 3).isEmpty(), "another number of kinds");
  }

  @Test
  void pruneKeepsOnlyTheGivenRuns() {
    FileResultStore store = new FileResultStore(dir);
    store.save(unit("keep"), 0, ROWS);
    store.save(unit("drop"), 0, ROWS);
    store.prune(List.of("keep"));
    assertTrue(Files.isDirectory(dir.resolve("keep")));
    assertFalse(Files.exists(dir.resolve("drop")));
  }
}
