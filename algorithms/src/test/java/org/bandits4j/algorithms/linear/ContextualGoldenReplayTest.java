package org.bandits4j.algorithms.linear;

import java.io.IOException;
import java.util.stream.Stream;
import org.bandits4j.algorithms.GoldenFiles;
import org.bandits4j.algorithms.glm.LogisticTsSpec;
import org.bandits4j.algorithms.glm.UcbGlmSpec;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.contextual.ContextualEnvironment;
import org.bandits4j.simulators.contextual.ContextualProcess;
import org.bandits4j.simulators.contextual.FeatureDistribution;
import org.bandits4j.simulators.contextual.LinearEnvironment;
import org.bandits4j.simulators.contextual.LinearModel;
import org.bandits4j.simulators.contextual.LogisticEnvironment;
import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact replays of the contextual policies: each plays 600 rounds of a 5-arm environment with
 * {@code d = 4} (3 + 2 for hybrid LinUCB) from master seed 42 (environment stream = first split,
 * policy stream = second split, as in the replication runner). The arms chosen, the regret's exact
 * bits and the final state JSON must match the committed file in {@code
 * src/test/resources/golden/}, on every JDK.
 *
 * <p>A behaviour change that alters decisions fails here. If the change is deliberate, regenerate
 * with {@code ./mvnw -pl algorithms test -Dtest=ContextualGoldenReplayTest
 * -Dbandits4j.golden.update=true} and explain the change in CHANGELOG.md.
 */
class ContextualGoldenReplayTest {

  private static final int ROUNDS = 600;

  /** Shared vector, per-arm coefficients (disjoint LinUCB, per-arm LinTS). */
  static ContextualEnvironment perArm() {
    return new LinearEnvironment(
        LinearModel.builder(5)
            .shared(4)
            .contexts(FeatureDistribution.SPHERE, 1.0)
            .coefficients(FeatureDistribution.SPHERE, 0.5)
            .build(),
        0.1);
  }

  /** Per-arm rows, one shared parameter (OFUL, shared LinTS, SupLinUCB). */
  static ContextualEnvironment sharedParameter() {
    return new LinearEnvironment(LinearModel.sharedParameter(5, 4, 1.0), 0.1);
  }

  static Stream<Arguments> policies() {
    ContextualEnvironment hybrid =
        new LinearEnvironment(
            LinearModel.builder(5)
                .shared(3)
                .rows(2, true)
                .contexts(FeatureDistribution.SPHERE, 1.0)
                .coefficients(FeatureDistribution.SPHERE, 0.5)
                .build(),
            0.1);
    ContextualEnvironment logistic =
        new LogisticEnvironment(LinearModel.sharedParameter(5, 4, 2.0));
    return Stream.of(
        Arguments.of("linucb", LinUcbSpec.of(4, 1.0), perArm()),
        Arguments.of(
            "linucb-cholesky", LinUcbSpec.of(4, 1.0).withKernel(RidgeKernel.CHOLESKY), perArm()),
        Arguments.of("linucb-hybrid", HybridLinUcbSpec.of(3, 2, 1.0), hybrid),
        Arguments.of("oful", OfulSpec.of(4, 0.05, 0.1, 1.0), sharedParameter()),
        Arguments.of(
            "oful-rarely-switching",
            OfulSpec.of(4, 0.05, 0.1, 1.0).withSwitchGrowth(1.0),
            sharedParameter()),
        Arguments.of(
            "lints-agrawal-goyal", LinTsSpec.agrawalGoyal(4, 0.1, 0.05), sharedParameter()),
        Arguments.of("lints-disjoint", LinTsSpec.disjoint(4, 0.1), perArm()),
        Arguments.of("suplinucb", SupLinUcbSpec.of(4, ROUNDS, 0.05), sharedParameter()),
        Arguments.of("ucb-glm", UcbGlmSpec.of(4, ROUNDS, 0.05, 2.0), logistic),
        Arguments.of("logistic-ts", LogisticTsSpec.of(4), logistic));
  }

  static String replay(PolicySpec<? extends ContextualBandit> spec, ContextualEnvironment env) {
    RandomStream replication = RandomStream.of(42);
    ContextualProcess process = env.start(replication.split());
    RandomStream rng = replication.split();
    ContextualBandit policy = spec.create(env.arms());
    GoldenFiles.ArmReplay transcript = new GoldenFiles.ArmReplay();
    for (int t = 1; t <= ROUNDS; t++) {
      Context context = process.context(t);
      Selection s = policy.select(context, rng);
      int arm = s.arm().index();
      policy.update(context, s, process.pull(t, arm));
      transcript.round(arm, process.bestMean(t) - process.mean(t, arm));
    }
    return transcript.text("policy: " + spec + "\nenvironment: " + env, policy.snapshot());
  }

  @ParameterizedTest
  @MethodSource("policies")
  void replayMatchesGolden(
      String name, PolicySpec<? extends ContextualBandit> spec, ContextualEnvironment env)
      throws IOException {
    GoldenFiles.check("golden/" + name + ".txt", replay(spec, env));
  }
}
