package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bandits4j.algorithms.adversarial.Exp3IxSpec;
import org.bandits4j.algorithms.adversarial.Exp3Spec;
import org.bandits4j.algorithms.greedy.BoltzmannSpec;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.greedy.EpsilonSchedule;
import org.bandits4j.algorithms.greedy.TemperatureSchedule;
import org.bandits4j.algorithms.nonstationary.DiscountedThompsonSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedUcbSpec;
import org.bandits4j.algorithms.nonstationary.SlidingWindowUcbSpec;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.KlFamily;
import org.bandits4j.algorithms.ucb.KlUcbPlusPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbSpec;
import org.bandits4j.algorithms.ucb.MossAnytimeSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.BernoulliEnvironment;
import org.bandits4j.simulators.env.RewardProcess;
import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact replays: each policy plays 2000 rounds of the Bern-B instance (means 0.9, 0.8, 0.7, 0.6,
 * 0.5) from master seed 42 (environment stream = first split, policy stream = second split, as in
 * the replication runner). The arms chosen, the regret's exact bits and the final state JSON must
 * match the committed golden file in {@code src/test/resources/golden/}, on every JDK.
 *
 * <p>A behaviour change that alters decisions fails here. If the change is deliberate, regenerate
 * with {@code ./mvnw -pl algorithms test -Dtest=GoldenReplayTest -Dbandits4j.golden.update=true}
 * and explain the change in CHANGELOG.md.
 */
class GoldenReplayTest {

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of("ucb1", Ucb1Spec.defaults()),
        Arguments.of("thompson-beta", BetaThompsonSpec.defaults()),
        Arguments.of("epsilon-greedy-constant", EpsilonGreedySpec.constant(0.1)),
        Arguments.of(
            "epsilon-greedy-inverse-time",
            new EpsilonGreedySpec(4.0, EpsilonSchedule.INVERSE_TIME)),
        Arguments.of("kl-ucb", KlUcbSpec.defaults()),
        Arguments.of("kl-ucb-c3", new KlUcbSpec(KlFamily.BERNOULLI, 1.0, 3.0)),
        Arguments.of("kl-ucb-plus", KlUcbPlusSpec.defaults()),
        Arguments.of("kl-ucb-plus-plus", KlUcbPlusPlusSpec.bernoulli(2000)),
        Arguments.of("moss", new MossSpec(2000)),
        Arguments.of("moss-anytime", MossAnytimeSpec.defaults()),
        Arguments.of("boltzmann", BoltzmannSpec.constant(0.1)),
        Arguments.of(
            "boltzmann-inverse-log", new BoltzmannSpec(0.5, TemperatureSchedule.INVERSE_LOG)),
        Arguments.of("exp3", Exp3Spec.forHorizon(2000)),
        Arguments.of("exp3-ix", Exp3IxSpec.forHorizon(2000)),
        Arguments.of("sliding-window-ucb", new SlidingWindowUcbSpec(300, 0.6, 1.0)),
        Arguments.of("discounted-ucb", new DiscountedUcbSpec(0.995, 0.6, 1.0, 1.0)),
        Arguments.of("discounted-thompson", DiscountedThompsonSpec.withGamma(0.99)));
  }

  static String replay(PolicySpec<? extends Bandit> spec) {
    BernoulliEnvironment env = new BernoulliEnvironment(0.9, 0.8, 0.7, 0.6, 0.5);
    RandomStream replication = RandomStream.of(42);
    RewardProcess process = env.start(replication.split());
    RandomStream rng = replication.split();
    Bandit policy = spec.create(env.arms());
    StringBuilder arms = new StringBuilder();
    double regret = 0;
    for (int t = 1; t <= 2000; t++) {
      Selection s = policy.select(rng);
      int arm = s.arm().index();
      policy.update(s, process.pull(t, arm));
      regret += process.bestMean(t) - process.mean(t, arm);
      arms.append(arm);
      if (t % 100 == 0) {
        arms.append('\n');
      }
    }
    return "policy: "
        + spec
        + "\npseudo-regret: "
        + regret
        + " (bits "
        + Long.toHexString(Double.doubleToLongBits(regret))
        + ")\narms:\n"
        + arms
        + "state:\n"
        + StandardPolicies.codec().toJson(policy.snapshot())
        + "\n";
  }

  @ParameterizedTest
  @MethodSource("policies")
  void replayMatchesGolden(String name, PolicySpec<? extends Bandit> spec) throws IOException {
    String actual = replay(spec);
    String file = "golden/" + name + ".txt";
    if (Boolean.getBoolean("bandits4j.golden.update")) {
      Path target = Path.of("src/test/resources", file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/" + file)) {
      assertNotNull(in, "missing golden file " + file + "; generate it as the Javadoc says");
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(lines(expected), lines(actual), "replay of " + name);
  }

  private static List<String> lines(String s) {
    return new ArrayList<>(s.lines().toList());
  }
}
