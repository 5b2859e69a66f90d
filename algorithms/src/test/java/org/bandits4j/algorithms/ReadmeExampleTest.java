package org.bandits4j.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Policy;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.junit.jupiter.api.Test;

/** The README's embedding example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void embeddingExampleWorksAsWritten() {
    Bandit otherReplica = BetaThompsonSpec.defaults().create(ArmSet.of("control", "b", "c"));
    PolicyState commonBase = otherReplica.snapshot();
    otherReplica.update(Selection.forced(otherReplica.arms().get("b")), 1.0);

    // --- README snippet ---
    Bandit policy =
        Policies.synchronizedView(
            BetaThompsonSpec.defaults().create(ArmSet.of("control", "b", "c")));
    RandomGenerator rng = new SplittableRandom(42); // randomness is always a parameter
    Selection s = policy.select(rng); // s.arm(), s.propensity(), s.step()
    // ... later, when the reward arrives (the selection travels with the request):
    policy.update(s, 1.0);
    String json = StandardPolicies.codec().toJson(policy.snapshot()); // persist
    Policy restored = StandardPolicies.codec().restore(json); // same decisions from here on
    policy.merger().orElseThrow().merge(otherReplica.snapshot(), commonBase); // merge replicas
    policy.armEditor().orElseThrow().addArm("d"); // arms at run time
    // --- end ---

    assertEquals(policy.snapshot().step(), restored.snapshot().step());
    assertEquals(4, policy.arms().size());
    long pulls = policy.estimates().orElseThrow().all().stream().mapToLong(e -> e.pulls()).sum();
    assertEquals(2, pulls, "own reward plus the merged replica's");
  }
}
