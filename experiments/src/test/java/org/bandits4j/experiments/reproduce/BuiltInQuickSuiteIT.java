package org.bandits4j.experiments.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.bandits4j.experiments.cli.BanditsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./bandits reproduce --quick} on the whole built-in suite passes (about 1 minute of wall
 * time, 45 s of CPU on 2 cores; run with {@code ./mvnw -B verify -Pit}).
 */
class BuiltInQuickSuiteIT {

  @TempDir Path dir;

  @Test
  void theBuiltInQuickSuitePasses() {
    assertEquals(0, BanditsCli.execute("reproduce", "--quick", "-o", dir.toString(), "-q"));
  }
}
