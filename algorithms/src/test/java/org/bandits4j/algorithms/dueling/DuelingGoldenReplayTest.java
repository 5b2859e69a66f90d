package org.bandits4j.algorithms.dueling;

import java.io.IOException;
import java.util.stream.Stream;
import org.bandits4j.algorithms.GoldenFiles;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.dueling.DuelProcess;
import org.bandits4j.simulators.dueling.MatrixDuelingEnvironment;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
import org.bandits4j.simulators.random.RandomStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exact replays of the dueling policies: 2000 duels on {@code Lin-5} ({@code P_ij = 1/2 + (j -
 * i)/10}) from master seed 42 (environment stream = first split, policy stream = second split, as
 * in the dueling replication runner). The duels, the strong regret's exact bits and the final state
 * JSON must match {@code src/test/resources/golden/dueling-*.txt} on every JDK. Regenerate
 * deliberate changes with {@code ./mvnw -pl algorithms test -Dtest=DuelingGoldenReplayTest
 * -Dbandits4j.golden.update=true}.
 */
class DuelingGoldenReplayTest {

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of("rucb", RucbSpec.defaults()),
        Arguments.of("rmed1", Rmed1Spec.defaults()),
        Arguments.of("rmed2", Rmed2Spec.defaults()),
        Arguments.of("double-thompson", DoubleThompsonSpec.defaults()),
        Arguments.of("copeland-confidence-bound", CopelandConfidenceBoundSpec.defaults()),
        Arguments.of("interleaved-filter", InterleavedFilterSpec.forHorizon(2000)),
        Arguments.of("beat-the-mean", BeatTheMeanSpec.forHorizon(2000)),
        Arguments.of("merge-rucb", new MergeRucbSpec(1.01, 2, 0.01)),
        Arguments.of("sparring-thompson", new SparringSpec(BetaThompsonSpec.defaults())));
  }

  static String replay(PolicySpec<? extends DuelingBandit> spec) {
    PreferenceMatrix m = PreferenceMatrix.linear(5);
    MatrixDuelingEnvironment env = new MatrixDuelingEnvironment(m);
    RandomStream replication = RandomStream.of(42);
    DuelProcess process = env.start(replication.split());
    RandomStream rng = replication.split();
    DuelingBandit policy = spec.create(env.arms());
    StringBuilder duels = new StringBuilder();
    double regret = 0;
    for (int t = 1; t <= 2000; t++) {
      Duel d = policy.select(rng);
      int a = d.first().index();
      int b = d.second().index();
      policy.update(d, process.duel(t, a, b));
      regret += 0.5 * (m.gap(a) + m.gap(b));
      duels.append(a).append(b).append(t % 25 == 0 ? '\n' : ' ');
    }
    return "policy: "
        + spec
        + "\nstrong regret: "
        + GoldenFiles.exact(regret)
        + "\nrecommendation: "
        + policy.recommendation()
        + "\nduels:\n"
        + duels
        + "state:\n"
        + StandardPolicies.codec().toJson(policy.snapshot())
        + "\n";
  }

  @ParameterizedTest
  @MethodSource("policies")
  void replayMatchesGolden(String name, PolicySpec<? extends DuelingBandit> spec)
      throws IOException {
    GoldenFiles.check("golden/dueling-" + name + ".txt", replay(spec));
  }
}
