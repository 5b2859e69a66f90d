package org.bandits4j.algorithms.dueling;

import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * A deliberately broken dueling policy for the power checks of the regret tests: it follows {@code
 * inner} but replaces the duel, with probability {@code epsilon}, by a uniformly random pair (an
 * exploration that never decays, as a wrong schedule would). Its regret grows linearly, so a regret
 * criterion that passes it has no power.
 */
record ForcedExplorationSpec(PolicySpec<? extends DuelingBandit> inner, double epsilon)
    implements PolicySpec<DuelingBandit> {

  @Override
  public String name() {
    return "forced-exploration(" + inner.name() + ")";
  }

  @Override
  public DuelingBandit create(ArmSet arms) {
    DuelingBandit policy = inner.create(arms);
    return new DuelingBandit() {
      @Override
      public Duel select(RandomGenerator rng) {
        Duel d = policy.select(rng);
        if (rng.nextDouble() >= epsilon) {
          return d;
        }
        Arm a = arms.get(rng.nextInt(arms.size()));
        Arm b = arms.get(rng.nextInt(arms.size()));
        return new Duel(a, b, d.step());
      }

      @Override
      public void update(Duel duel, DuelOutcome outcome) {
        policy.update(duel, outcome);
      }

      @Override
      public Arm recommendation() {
        return policy.recommendation();
      }

      @Override
      public ArmSet arms() {
        return arms;
      }

      @Override
      public PolicySpec<?> descriptor() {
        return ForcedExplorationSpec.this;
      }

      @Override
      public PolicyState snapshot() {
        return policy.snapshot();
      }
    };
  }

  @Override
  public DuelingBandit restore(PolicyState state) {
    throw new UnsupportedOperationException("test-only policy");
  }
}
