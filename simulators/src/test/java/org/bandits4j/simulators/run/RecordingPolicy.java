package org.bandits4j.simulators.run;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Test policy: plays a uniformly random arm (or always {@code fixedArm} if >= 0) and records every
 * (arm, reward) it learns.
 */
final class RecordingPolicy implements Bandit {

  record Spec(int fixedArm) implements PolicySpec<RecordingPolicy> {
    @Override
    public String name() {
      return "recording";
    }

    @Override
    public RecordingPolicy create(ArmSet arms) {
      return new RecordingPolicy(this, arms);
    }

    @Override
    public RecordingPolicy restore(PolicyState state) {
      throw new UnsupportedOperationException("test policy");
    }
  }

  static final List<RecordingPolicy> CREATED = new ArrayList<>();

  private final Spec spec;
  private final ArmSet arms;
  final List<Integer> armsLearned = new ArrayList<>();
  final List<Double> rewards = new ArrayList<>();
  private long step;

  RecordingPolicy(Spec spec, ArmSet arms) {
    this.spec = spec;
    this.arms = arms;
    synchronized (CREATED) {
      CREATED.add(this);
    }
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int arm = spec.fixedArm() >= 0 ? spec.fixedArm() : rng.nextInt(arms.size());
    return new Selection(arms.get(arm), 1.0, ++step);
  }

  @Override
  public void update(Selection selection, double reward) {
    armsLearned.add(selection.arm().index());
    rewards.add(reward);
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public PolicySpec<?> descriptor() {
    return spec;
  }

  @Override
  public PolicyState snapshot() {
    throw new UnsupportedOperationException("test policy");
  }
}
