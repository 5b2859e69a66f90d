package org.bandits4j.algorithms;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.testkit.BanditContract;
import org.bandits4j.testkit.BanditContract.Propensities;
import org.bandits4j.testkit.BanditInstances;
import org.bandits4j.testkit.ContextModel;
import org.bandits4j.testkit.RewardModel;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the testkit's Bandit contract on our policies: the default instance plus seeded random
 * instances (2 to 7 arms with random ids, random Bernoulli means), states travelling through the
 * JSON codec.
 */
public final class ContractSuites {

  /** Seeds of the random instances; each is one property case. */
  static final long[] SEEDS = {1, 2, 3, 4};

  private ContractSuites() {}

  /** One container per instance, one test per contract check. */
  public static Stream<DynamicNode> banditSuite(
      PolicySpec<? extends Bandit> spec, Propensities propensities, double... invalidRewards) {
    StateCodec codec = StandardPolicies.codec();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(
        container(
            "default instance",
            BanditContract.forBandit(spec)
                .propensities(propensities)
                .invalidRewards(invalidRewards)
                .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    for (long seed : SEEDS) {
      SplittableRandom rng = new SplittableRandom(seed);
      int k = BanditInstances.between(rng, 2, 7);
      ArmSet arms = BanditInstances.armSet(rng, k);
      double[] means = BanditInstances.bernoulliMeans(rng, k);
      nodes.add(
          container(
              "seed " + seed + ", " + k + " arms",
              BanditContract.forBandit(spec)
                  .arms(arms)
                  .rewards(RewardModel.bernoulli(means))
                  .seed(seed)
                  .propensities(propensities)
                  .invalidRewards(invalidRewards)
                  .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    }
    return nodes.stream();
  }

  /**
   * The contextual contract on the default instance (four named arms) and on the seeded random arm
   * sets of {@link #SEEDS} (2 to 7 arms with random ids), with the given contexts and rewards,
   * states through the JSON codec, and the given contexts that the policy must reject.
   */
  public static Stream<DynamicNode> contextualSuite(
      PolicySpec<? extends ContextualBandit> spec,
      ContextModel contexts,
      RewardModel rewards,
      Propensities propensities,
      Context... invalidContexts) {
    return contextualSuite(spec, contexts, rewards, propensities, new double[0], invalidContexts);
  }

  /** As above, with finite rewards the policy must also reject (outside its documented range). */
  public static Stream<DynamicNode> contextualSuite(
      PolicySpec<? extends ContextualBandit> spec,
      ContextModel contexts,
      RewardModel rewards,
      Propensities propensities,
      double[] invalidRewards,
      Context... invalidContexts) {
    StateCodec codec = StandardPolicies.codec();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(
        container(
            "default instance",
            BanditContract.forContextual(spec, contexts)
                .rewards(rewards)
                .propensities(propensities)
                .invalidRewards(invalidRewards)
                .invalidContexts(invalidContexts)
                .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    for (long seed : SEEDS) {
      SplittableRandom rng = new SplittableRandom(seed);
      int k = BanditInstances.between(rng, 2, 7);
      nodes.add(
          container(
              "seed " + seed + ", " + k + " arms",
              BanditContract.forContextual(spec, contexts)
                  .arms(BanditInstances.armSet(rng, k))
                  .rewards(rewards)
                  .seed(seed)
                  .propensities(propensities)
                  .invalidRewards(invalidRewards)
                  .invalidContexts(invalidContexts)
                  .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    }
    return nodes.stream();
  }

  private static DynamicContainer container(String name, BanditContract.Builder builder) {
    return DynamicContainer.dynamicContainer(
        name,
        builder.build().checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), c::run)));
  }
}
