package org.bandits4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * The contract suite of {@link DuelingBandit} policies: the checks common to every policy
 * (determinism, snapshot lockstep, facets), plus: null outcomes and duels naming unknown arms are
 * rejected with the state unchanged, the recommendation is an arm of the set, and a one-arm policy
 * duels its arm against itself. Outcomes come from a {@link PreferenceModel} (default: a
 * Bradley–Terry matrix with a Condorcet winner).
 *
 * <p>Framework-neutral: each {@link ContractCheck} throws {@link ContractViolation}.
 */
public final class DuelingBanditContract extends PolicyContract<DuelingBandit, Duel, DuelOutcome> {

  private final PreferenceModel preferences;

  private DuelingBanditContract(Builder b) {
    super(b.spec, b.arms, b.roundTrip, b.seed, b.rounds);
    this.preferences = b.preferences;
  }

  /** A suite for {@code spec}. */
  public static Builder forSpec(PolicySpec<? extends DuelingBandit> spec) {
    return new Builder(spec);
  }

  @Override
  public List<ContractCheck> checks() {
    List<ContractCheck> checks = new ArrayList<>(commonChecks());
    checks.add(new ContractCheck("null outcomes are rejected, state unchanged", this::nullOutcome));
    checks.add(new ContractCheck("duels of unknown arms are rejected", this::unknownArms));
    checks.add(new ContractCheck("the recommendation is an arm of the set", this::recommendation));
    checks.add(new ContractCheck("a single arm duels itself", this::singleArm));
    return List.copyOf(checks);
  }

  @Override
  Object observe(RandomGenerator env, int armCount) {
    return null;
  }

  @Override
  Duel decide(DuelingBandit policy, Object observation, RandomGenerator rng) {
    return policy.select(rng);
  }

  @Override
  DuelOutcome draw(Object observation, Duel duel, RandomGenerator env) {
    return preferences.duel(duel.first().index(), duel.second().index(), env);
  }

  @Override
  void apply(DuelingBandit policy, Object observation, Duel duel, DuelOutcome outcome) {
    policy.update(duel, outcome);
  }

  @Override
  List<Arm> armsOf(Duel duel) {
    return List.of(duel.first(), duel.second());
  }

  @Override
  long stepOf(Duel duel) {
    return duel.step();
  }

  @Override
  String key(Duel duel) {
    return duel.first().id() + "|" + duel.second().id();
  }

  private void nullOutcome() {
    DuelingBandit p = fresh();
    RandomGenerator rng = policyRng(30);
    play(p, rounds / 4, rng, envRng(30));
    Duel duel = p.select(rng);
    rejectedUnchanged(p, () -> p.update(duel, null), "a null outcome");
    rejectedUnchanged(p, () -> p.update(null, DuelOutcome.TIE), "a null duel");
  }

  private void unknownArms() {
    DuelingBandit p = fresh();
    RandomGenerator rng = policyRng(31);
    play(p, rounds / 4, rng, envRng(31));
    Arm ghost = new Arm(arms.size() + 3, "testkit-ghost");
    Arm known = p.arms().get(0);
    rejectedUnchanged(
        p, () -> p.update(new Duel(ghost, known, 1), DuelOutcome.FIRST_WINS), "unknown first arm");
    rejectedUnchanged(
        p,
        () -> p.update(new Duel(known, ghost, 1), DuelOutcome.SECOND_WINS),
        "unknown second arm");
  }

  private void recommendation() {
    DuelingBandit p = fresh();
    for (int round = 0; round < 3; round++) {
      Arm best = p.recommendation();
      Verify.that(
          best != null && p.arms().get(best.index()).equals(best),
          () -> "recommendation " + best + " is not in " + p.arms());
      play(p, rounds / 2, policyRng(32 + round), envRng(32 + round));
    }
  }

  private void singleArm() {
    DuelingBandit p = spec.create(ArmSet.of("only"));
    RandomGenerator rng = policyRng(35);
    RandomGenerator env = envRng(35);
    for (int t = 0; t < 20; t++) {
      Duel d = p.select(rng);
      Verify.equal("only|only", key(d), "duel with one arm");
      p.update(d, env.nextBoolean() ? DuelOutcome.FIRST_WINS : DuelOutcome.SECOND_WINS);
    }
    Verify.equal("only", p.recommendation().id(), "recommendation with one arm");
  }

  /** Builder of a {@link DuelingBanditContract}. */
  public static final class Builder {
    private final PolicySpec<? extends DuelingBandit> spec;
    private ArmSet arms = ArmSet.of("alpha", "beta", "gamma", "delta", "epsilon");
    private PreferenceModel preferences =
        new PreferenceModel(BanditInstances.bradleyTerry(1.0, 0.8, 0.6, 0.4, 0.2));
    private UnaryOperator<PolicyState> roundTrip = UnaryOperator.identity();
    private long seed = 20_261_121L;
    private int rounds = 200;

    private Builder(PolicySpec<? extends DuelingBandit> spec) {
      if (spec == null) {
        throw new IllegalArgumentException("spec must not be null");
      }
      this.spec = spec;
    }

    /** The arms (default: five named arms). */
    public Builder arms(ArmSet value) {
      this.arms = value;
      return this;
    }

    /** The preferences outcomes are drawn from (arm indices taken modulo its size). */
    public Builder preferences(PreferenceModel value) {
      this.preferences = value;
      return this;
    }

    /** How states travel (default: identity). */
    public Builder stateRoundTrip(UnaryOperator<PolicyState> value) {
      this.roundTrip = value;
      return this;
    }

    /** The seed of every random stream of the suite. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Rounds per scenario, {@code >= 10} (default 200). */
    public Builder rounds(int value) {
      this.rounds = value;
      return this;
    }

    /** The suite. */
    public DuelingBanditContract build() {
      return new DuelingBanditContract(this);
    }
  }
}
