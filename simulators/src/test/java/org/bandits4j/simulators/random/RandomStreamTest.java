package org.bandits4j.simulators.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

  @Test
  void sameSeedGivesSameSequenceAndSplitsAreDeterministic() {
    RandomStream a = RandomStream.of(42);
    RandomStream b = RandomStream.of(42);
    for (int i = 0; i < 100; i++) {
      assertEquals(a.nextLong(), b.nextLong());
    }
    RandomStream ca = a.split();
    RandomStream cb = b.split();
    for (int i = 0; i < 100; i++) {
      assertEquals(ca.nextGaussian(), cb.nextGaussian());
      assertEquals(ca.nextInt(7), cb.nextInt(7));
    }
    assertNotEquals(RandomStream.of(1).nextLong(), RandomStream.of(2).nextLong());
  }

  @Test
  void childStreamsDiffer() {
    RandomStream root = RandomStream.of(3);
    RandomStream first = root.split();
    RandomStream second = root.split();
    assertNotEquals(first.nextLong(), second.nextLong());
  }

  /**
   * The first draws of a fixed seed are pinned in {@code random-stream-golden.txt}, so that a
   * change of JDK or of Commons RNG that alters the numbers is caught (experiments would no longer
   * reproduce). Regenerate only for a deliberate change of generator: the file lists nextLong,
   * nextDouble, nextGaussian, nextInt(10) of seed 2026 and of its first split.
   */
  @Test
  void drawsMatchTheCommittedGolden() throws IOException {
    List<String> expected;
    try (InputStream in = getClass().getResourceAsStream("/random-stream-golden.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertEquals(expected, draws());
  }

  static List<String> draws() {
    RandomStream s = RandomStream.of(2026);
    RandomStream child = s.split();
    List<String> out = new ArrayList<>();
    for (RandomStream r : new RandomStream[] {s, child}) {
      for (int i = 0; i < 4; i++) {
        out.add(
            r.nextLong()
                + " "
                + Double.doubleToLongBits(r.nextDouble())
                + " "
                + Double.doubleToLongBits(r.nextGaussian())
                + " "
                + r.nextInt(10));
      }
    }
    return out;
  }

  @Test
  void uniformDoublesAreInUnitInterval() {
    RandomStream s = RandomStream.of(9);
    double sum = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      double u = s.nextDouble();
      assertTrue(u >= 0.0 && u < 1.0);
      sum += u;
    }
    assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
  }
}
