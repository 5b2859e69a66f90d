package org.bandits4j.algorithms;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.simulators.dueling.PreferenceMatrix;
import org.bandits4j.testkit.BanditInstances;
import org.bandits4j.testkit.DuelingBanditContract;
import org.bandits4j.testkit.PreferenceModel;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the testkit's dueling contract on our dueling policies, states travelling through the JSON
 * codec, on: the testkit's default instance (Bradley–Terry, five arms, Condorcet winner); seeded
 * Bradley–Terry instances with a Condorcet winner (2 to 7 arms with random ids and random
 * decreasing utilities); seeded cyclic tournaments (3 or 5 arms, random margin, no Condorcet
 * winner); and the Copeland instance {@code Cop-3} (8 arms, three Copeland winners).
 */
public final class DuelingContractSuites {

  /** Seeds of the random instances; each is one property case. */
  static final long[] SEEDS = {1, 2, 3};

  private DuelingContractSuites() {}

  /** One container per instance, one test per contract check. */
  public static Stream<DynamicNode> duelingSuite(PolicySpec<? extends DuelingBandit> spec) {
    StateCodec codec = StandardPolicies.codec();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(
        container(
            "default instance",
            DuelingBanditContract.forSpec(spec)
                .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    for (long seed : SEEDS) {
      SplittableRandom rng = new SplittableRandom(seed);
      int k = BanditInstances.between(rng, 2, 7);
      ArmSet arms = BanditInstances.armSet(rng, k);
      double[] u = BanditInstances.decreasingUtilities(rng, k);
      nodes.add(
          container(
              "seed " + seed + ", Bradley-Terry, " + k + " arms",
              DuelingBanditContract.forSpec(spec)
                  .arms(arms)
                  .preferences(new PreferenceModel(BanditInstances.bradleyTerry(u)))
                  .seed(seed)
                  .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
      int odd = rng.nextBoolean() ? 3 : 5;
      double margin = 0.05 + 0.4 * rng.nextDouble();
      nodes.add(
          container(
              "seed " + seed + ", cyclic, " + odd + " arms",
              DuelingBanditContract.forSpec(spec)
                  .arms(BanditInstances.armSet(rng, odd))
                  .preferences(new PreferenceModel(PreferenceMatrix.cyclic(odd, margin).toArray()))
                  .seed(seed)
                  .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    }
    nodes.add(
        container(
            "Cop-3, 8 arms",
            DuelingBanditContract.forSpec(spec)
                .arms(ArmSet.ofSize(8))
                .preferences(new PreferenceModel(PreferenceMatrix.copelandThree().toArray()))
                .seed(8)
                .rounds(400)
                .stateRoundTrip(s -> codec.fromJson(codec.toJson(s)))));
    return nodes.stream();
  }

  private static DynamicContainer container(String name, DuelingBanditContract.Builder builder) {
    return DynamicContainer.dynamicContainer(
        name,
        builder.build().checks().stream().map(c -> DynamicTest.dynamicTest(c.name(), c::run)));
  }
}
