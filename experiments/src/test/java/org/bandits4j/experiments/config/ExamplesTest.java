package org.bandits4j.experiments.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example experiments and the README's experiment file are valid. */
class ExamplesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyExampleIsAValidExperiment() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(ROOT.resolve("examples"))) {
      files = s.filter(p -> p.toString().matches(".*\\.(json|ya?ml)")).sorted().toList();
    }
    assertTrue(files.size() >= 2, files.toString());
    for (Path f : files) {
      ExperimentConfig c = new ConfigReader().read(f);
      assertEquals(f.getFileName().toString().replaceAll("\\..*", ""), c.name(), f.toString());
    }
  }

  @Test
  void theReadmesExperimentFileIsValid() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = Pattern.compile("(?s)## Experiment files.*?```yaml\n(.*?)```").matcher(readme);
    assertTrue(m.find(), "README has a YAML experiment");
    ExperimentConfig c = new ConfigReader().parse(m.group(1), ROOT);
    assertEquals(List.of(1000L, 10_000L, 100_000L), c.horizons());
  }
}
