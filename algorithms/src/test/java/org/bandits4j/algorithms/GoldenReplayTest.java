package org.bandits4j.algorithms;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.bandits4j.algorithms.adversarial.Exp3IxSpec;
import org.bandits4j.algorithms.adversarial.Exp3Spec;
import org.bandits4j.algorithms.greedy.BoltzmannSpec;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.greedy.EpsilonSchedule;
import org.bandits4j.algorithms.greedy.TemperatureSchedule;
import org.bandits4j.algorithms.heavytail.Evaluation;
import org.bandits4j.algorithms.heavytail.RobustEstimator;
import org.bandits4j.algorithms.heavytail.RobustUcbSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedThompsonSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedUcbSpec;
import org.bandits4j.algorithms.nonstationary.SlidingWindowUcbSpec;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.thompson.GaussianArmPrior;
import org.bandits4j.algorithms.thompson.GaussianThompsonSpec;
import org.bandits4j.algorithms.thompson.NormalGammaPrior;
import org.bandits4j.algorithms.thompson.NormalGammaThompsonSpec;
import org.bandits4j.algorithms.ucb.KlFamily;
import org.bandits4j.algorithms.ucb.KlUcbPlusPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbSpec;
import org.bandits4j.algorithms.ucb.MossAnytimeSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.algorithms.ucb.Ucb1TunedSpec;
import org.bandits4j.algorithms.ucb.UcbVSpec;
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
        Arguments.of("ucb-v", UcbVSpec.defaults()),
        Arguments.of("ucb1-tuned", Ucb1TunedSpec.defaults()),
        Arguments.of("thompson-gaussian", GaussianThompsonSpec.defaults()),
        Arguments.of(
            "thompson-gaussian-per-arm",
            new GaussianThompsonSpec(
                0.5,
                1.0,
                0.25,
                false,
                Map.of(
                    "0", new GaussianArmPrior(0.5, 1.0, 0.09),
                    "4", new GaussianArmPrior(0.5, 1.0, 0.25)))),
        Arguments.of("thompson-gaussian-flat", GaussianThompsonSpec.flat(0.25)),
        Arguments.of("thompson-normal-gamma", NormalGammaThompsonSpec.defaults()),
        Arguments.of(
            "varts",
            NormalGammaThompsonSpec.varTs(
                Map.of(
                    "0", NormalGammaPrior.precisionMean(5, 0.09),
                    "1", NormalGammaPrior.precisionMean(5, 0.16),
                    "2", NormalGammaPrior.precisionMean(5, 0.21),
                    "3", NormalGammaPrior.precisionMean(5, 0.24),
                    "4", NormalGammaPrior.precisionMean(5, 0.25)))),
        Arguments.of("robust-ucb-truncated-mean", RobustUcbSpec.truncatedMean(0.5, 1.0)),
        Arguments.of("robust-ucb-median-of-means", RobustUcbSpec.medianOfMeans(1.0, 0.25)),
        Arguments.of("robust-ucb-catoni", RobustUcbSpec.catoni(0.25)),
        Arguments.of(
            "robust-ucb-catoni-doubling",
            new RobustUcbSpec(RobustEstimator.CATONI, 1.0, 0.25, Evaluation.DOUBLING)),
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
    GoldenFiles.ArmReplay transcript = new GoldenFiles.ArmReplay();
    for (int t = 1; t <= 2000; t++) {
      Selection s = policy.select(rng);
      int arm = s.arm().index();
      policy.update(s, process.pull(t, arm));
      transcript.round(arm, process.bestMean(t) - process.mean(t, arm));
    }
    return transcript.text("policy: " + spec, policy.snapshot());
  }

  @ParameterizedTest
  @MethodSource("policies")
  void replayMatchesGolden(String name, PolicySpec<? extends Bandit> spec) throws IOException {
    GoldenFiles.check("golden/" + name + ".txt", replay(spec));
  }
}
