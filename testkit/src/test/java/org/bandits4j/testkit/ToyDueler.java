package org.bandits4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/** A small correct dueling policy (uniform pairs, recommends the most winning arm). */
final class ToyDueler implements DuelingBandit {

  record Spec() implements PolicySpec<ToyDueler> {
    @Override
    public String name() {
      return "toy-dueler";
    }

    @Override
    public ToyDueler create(ArmSet arms) {
      return new ToyDueler(this, arms, 0, ToyPolicy.zeros(arms.size(), 0L));
    }

    @Override
    public ToyDueler restore(PolicyState state) {
      if (!(state instanceof State s) || !s.policy().equals(name())) {
        throw new IllegalArgumentException("not a toy-dueler state: " + state);
      }
      return new ToyDueler(this, s.arms(), s.step(), s.wins());
    }
  }

  record State(Spec spec, ArmSet arms, long step, List<Long> wins) implements PolicyState {
    @Override
    public int version() {
      return 1;
    }
  }

  private final Spec spec;
  private final ArmSet arms;
  private long step;
  private final List<Long> wins;

  private ToyDueler(Spec spec, ArmSet arms, long step, List<Long> wins) {
    this.spec = spec;
    this.arms = arms;
    this.step = step;
    this.wins = new ArrayList<>(wins);
  }

  @Override
  public Duel select(RandomGenerator rng) {
    int k = arms.size();
    return new Duel(arms.get(rng.nextInt(k)), arms.get(rng.nextInt(k)), ++step);
  }

  @Override
  public void update(Duel duel, DuelOutcome outcome) {
    if (duel == null || outcome == null) {
      throw new IllegalArgumentException("duel and outcome must not be null");
    }
    int a = arms.indexOf(duel.first().id());
    int b = arms.indexOf(duel.second().id());
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("duel " + duel + " names an unknown arm");
    }
    if (outcome == DuelOutcome.FIRST_WINS) {
      wins.set(a, wins.get(a) + 1);
    } else if (outcome == DuelOutcome.SECOND_WINS) {
      wins.set(b, wins.get(b) + 1);
    }
  }

  @Override
  public Arm recommendation() {
    int best = 0;
    for (int i = 1; i < wins.size(); i++) {
      if (wins.get(i) > wins.get(best)) {
        best = i;
      }
    }
    return arms.get(best);
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
    return new State(spec, arms, step, List.copyOf(wins));
  }
}
