package org.bandits4j.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.Feedback;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * The contract suite of reward-feedback policies: {@link Bandit} (context-free, exercised through
 * its own methods) and {@link ContextualBandit} (exercised with contexts from a {@link
 * ContextModel}).
 *
 * <p>Besides the checks common to every policy (determinism, snapshot lockstep, facets; see the
 * list returned by {@link #checks()}), it checks that non-finite and out-of-range rewards, unknown
 * arms, null selections and (contextual) ill-shaped contexts are rejected with an unchecked
 * exception and leave the state unchanged; that propensities are in {@code (0, 1]} (or NaN where
 * the policy documents it) and, when exact, match the empirical choice frequencies of 2000 restored
 * copies within 5 standard errors (false-alarm rate below 1e-5 per suite); and that a one-arm
 * policy always plays its arm.
 *
 * <p>Framework-neutral: each {@link ContractCheck} throws {@link ContractViolation}. Under JUnit 5:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> contract() {
 *   return BanditContract.forBandit(Ucb1Spec.defaults()).build().checks().stream()
 *       .map(c -> DynamicTest.dynamicTest(c.name(), c::run));
 * }
 * }</pre>
 */
public final class BanditContract extends PolicyContract<ContextualBandit, Selection, Double> {

  /** What the suite expects of propensities. */
  public enum Propensities {
    /** Every propensity is the exact probability of the choice; checked statistically. */
    EXACT,
    /** Propensities may be NaN (documented by the policy, e.g. Thompson sampling). */
    NAN_ALLOWED
  }

  private final boolean contextFree;
  private final ContextModel contexts;
  private final RewardModel rewards;
  private final Propensities propensities;
  private final double[] invalidRewards;
  private final List<Context> invalidContexts;

  private BanditContract(Builder b) {
    super(b.spec, b.arms, b.roundTrip, b.seed, b.rounds);
    this.contextFree = b.contextFree;
    this.contexts = b.contexts;
    this.rewards = b.rewards;
    this.propensities = b.propensities;
    this.invalidRewards = b.invalidRewards;
    this.invalidContexts = List.copyOf(b.invalidContexts);
  }

  /** A suite for a context-free policy: Bernoulli rewards, four arms, exact propensities. */
  public static Builder forBandit(PolicySpec<? extends Bandit> spec) {
    return new Builder(spec, true, ContextModel.none());
  }

  /** A suite for a contextual policy shown contexts from {@code contexts}. */
  public static Builder forContextual(
      PolicySpec<? extends ContextualBandit> spec, ContextModel contexts) {
    return new Builder(spec, false, contexts);
  }

  @Override
  public List<ContractCheck> checks() {
    List<ContractCheck> checks = new ArrayList<>(commonChecks());
    checks.add(
        new ContractCheck("invalid rewards are rejected, state unchanged", this::badRewards));
    checks.add(new ContractCheck("unknown arms and null selections are rejected", this::badArms));
    checks.add(new ContractCheck("propensities are valid probabilities", this::propensities));
    checks.add(new ContractCheck("a single arm is always chosen", this::singleArm));
    checks.add(
        new ContractCheck(
            "a feedback batch equals one-by-one feedback, all or nothing", this::batches));
    if (contextFree) {
      checks.add(
          new ContractCheck(
              "contextual defaults delegate to the context-free methods", this::delegation));
    } else {
      checks.add(
          new ContractCheck(
              "ill-shaped contexts are rejected, state unchanged", this::badContexts));
    }
    return List.copyOf(checks);
  }

  // ------------------------------------------------------------ the interaction

  @Override
  Object observe(RandomGenerator env, int armCount) {
    return contexts.next(env, armCount);
  }

  @Override
  Selection decide(ContextualBandit policy, Object observation, RandomGenerator rng) {
    return contextFree ? ((Bandit) policy).select(rng) : policy.select((Context) observation, rng);
  }

  @Override
  Double draw(Object observation, Selection decision, RandomGenerator env) {
    return rewards.reward((Context) observation, decision.arm().index(), env);
  }

  @Override
  void apply(ContextualBandit policy, Object observation, Selection decision, Double reward) {
    if (contextFree) {
      ((Bandit) policy).update(decision, reward);
    } else {
      policy.update((Context) observation, decision, reward);
    }
  }

  @Override
  List<Arm> armsOf(Selection decision) {
    return List.of(decision.arm());
  }

  @Override
  long stepOf(Selection decision) {
    return decision.step();
  }

  @Override
  String key(Selection decision) {
    return decision.arm().id() + "|" + Double.doubleToLongBits(decision.propensity());
  }

  // ------------------------------------------------------------ reward-specific checks

  private void badRewards() {
    ContextualBandit p = fresh();
    RandomGenerator rng = policyRng(20);
    RandomGenerator env = envRng(20);
    play(p, rounds / 4, rng, env);
    List<Double> bad =
        new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    for (double r : invalidRewards) {
      bad.add(r);
    }
    for (double r : bad) {
      Object obs = observe(env, p.arms().size());
      Selection s = decide(p, obs, rng);
      PolicyState before = p.snapshot();
      String msg = Verify.rejects(() -> apply(p, obs, s, r), "reward " + r);
      Verify.that(
          msg.contains(String.valueOf(r)),
          () -> "the message for reward " + r + " does not name the value: " + msg);
      Verify.equal(before, p.snapshot(), "state after rejecting reward " + r);
    }
  }

  private void badArms() {
    ContextualBandit p = fresh();
    RandomGenerator rng = policyRng(21);
    RandomGenerator env = envRng(21);
    play(p, rounds / 4, rng, env);
    Object obs = observe(env, p.arms().size());
    List<Selection> foreign =
        List.of(
            Selection.forced(new Arm(arms.size() + 5, "testkit-ghost")),
            Selection.forced(new Arm(0, "testkit-ghost")));
    double valid = rewards.reward((Context) obs, 0, env);
    for (Selection s : foreign) {
      PolicyState before = p.snapshot();
      String msg =
          Verify.rejects(() -> apply(p, obs, s, valid), "feedback for unknown arm " + s.arm());
      Verify.that(msg.contains("testkit-ghost"), () -> "the message does not name the arm: " + msg);
      Verify.equal(before, p.snapshot(), "state after rejecting an unknown arm");
    }
    rejectedUnchanged(p, () -> apply(p, obs, null, valid), "feedback for a null selection");
  }

  private void propensities() {
    ContextualBandit p = fresh();
    RandomGenerator env = envRng(22);
    for (var i : play(p, rounds, policyRng(22), env)) {
      double q = i.decision().propensity();
      Verify.that(
          (q > 0 && q <= 1) || (Double.isNaN(q) && propensities == Propensities.NAN_ALLOWED),
          () -> "invalid propensity " + q + " in " + i.decision());
    }
    if (propensities == Propensities.EXACT) {
      for (int warmup : new int[] {0, rounds / 4, rounds}) {
        empiricalPropensities(warmup);
      }
    }
  }

  /** 2000 restored copies choose once each; frequencies must match the reported propensities. */
  private void empiricalPropensities(int warmup) {
    ContextualBandit p = fresh();
    RandomGenerator env = envRng(23 + warmup);
    play(p, warmup, policyRng(23 + warmup), env);
    PolicyState state = p.snapshot();
    Object obs = observe(env, p.arms().size());
    int n = 2000;
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Double> reported = new HashMap<>();
    for (int j = 0; j < n; j++) {
      ContextualBandit copy = spec.restore(state);
      Selection s = decide(copy, obs, policyRng(100_000 + j));
      String id = s.arm().id();
      counts.merge(id, 1, Integer::sum);
      Double previous = reported.putIfAbsent(id, s.propensity());
      Verify.that(
          previous == null || Verify.sameDouble(previous, s.propensity()),
          () ->
              "arm "
                  + id
                  + " reported propensities "
                  + previous
                  + " and "
                  + s.propensity()
                  + " in one state");
    }
    double total = 0;
    for (var e : reported.entrySet()) {
      double q = e.getValue();
      double freq = counts.get(e.getKey()) / (double) n;
      double tolerance = 5 * Math.sqrt(q * (1 - q) / n) + 1.0 / n;
      Verify.that(
          Math.abs(freq - q) <= tolerance,
          () ->
              "after "
                  + warmup
                  + " rounds arm "
                  + e.getKey()
                  + " was chosen with frequency "
                  + freq
                  + " but reported propensity "
                  + q);
      total += q;
    }
    double sum = total;
    Verify.that(sum <= 1 + 1e-9, () -> "propensities of distinct arms sum to " + sum + " > 1");
  }

  private void singleArm() {
    ContextualBandit p = spec.create(ArmSet.of("only"));
    Arm only = p.arms().get(0);
    RandomGenerator rng = policyRng(24);
    RandomGenerator env = envRng(24);
    for (int t = 0; t < 20; t++) {
      Object obs = observe(env, p.arms().size());
      Selection s = decide(p, obs, rng);
      Verify.equal(only, s.arm(), "selection with one arm");
      Verify.that(
          s.propensity() == 1.0 || Double.isNaN(s.propensity()),
          () -> "propensity with one arm was " + s.propensity());
      apply(p, obs, s, rewards.reward((Context) obs, 0, env));
    }
  }

  private void delegation() {
    List<String> direct = keys(play(fresh(), rounds, policyRng(25), envRng(25)));
    List<String> viaContext = new ArrayList<>();
    ContextualBandit p = fresh();
    RandomGenerator rng = policyRng(25);
    RandomGenerator env = envRng(25);
    for (int t = 0; t < rounds; t++) {
      Context c = contexts.next(env, p.arms().size());
      Selection s = p.select(c, rng);
      p.update(c, s, rewards.reward(c, s.arm().index(), env));
      viaContext.add(key(s) + "@" + s.step());
    }
    Verify.equal(direct, viaContext, "decisions through select(Context, rng) and select(rng)");
  }

  private void badContexts() {
    ContextualBandit p = fresh();
    RandomGenerator rng = policyRng(26);
    RandomGenerator env = envRng(26);
    play(p, rounds / 4, rng, env);
    for (Context bad : invalidContexts) {
      rejectedUnchanged(p, () -> p.select(bad, rng), "select with context " + bad);
      Context good = contexts.next(env, p.arms().size());
      Selection s = p.select(good, rng);
      rejectedUnchanged(p, () -> p.update(bad, s, 0.5), "update with context " + bad);
    }
    rejectedUnchanged(p, () -> p.select(null, rng), "select with a null context");
  }

  /**
   * Two copies of one state make the same 30 decisions; one learns their rewards as one batch, the
   * other one by one. Their pull counts must match, their means agree to 1e-9 and their later
   * decisions coincide. A batch with one bad entry (a NaN reward; for contextual policies also each
   * invalid context) must be rejected and leave the state unchanged.
   */
  private void batches() {
    ContextualBandit warm = fresh();
    play(warm, rounds / 4, policyRng(27), envRng(27));
    PolicyState start = warm.snapshot();
    ContextualBandit batched = restore(start);
    ContextualBandit single = restore(start);
    RandomGenerator rngA = policyRng(270);
    RandomGenerator rngB = policyRng(270);
    RandomGenerator env = envRng(270);
    List<Feedback> batch = new ArrayList<>();
    for (int t = 0; t < 30; t++) {
      Object obs = observe(env, batched.arms().size());
      Selection a = decide(batched, obs, rngA);
      Selection b = decide(single, obs, rngB);
      Verify.equal(key(a), key(b), "decisions of two copies of one state");
      batch.add(new Feedback((Context) obs, a, draw(obs, a, env)));
    }
    batched.update(List.copyOf(batch));
    for (Feedback f : batch) {
      apply(single, f.context(), f.selection(), f.reward());
    }
    single
        .estimates()
        .ifPresent(
            e -> {
              var x = e.all();
              var y = batched.estimates().orElseThrow().all();
              for (int i = 0; i < x.size(); i++) {
                Verify.equal(x.get(i).pulls(), y.get(i).pulls(), "pulls after the batch");
                double m = x.get(i).mean();
                double n = y.get(i).mean();
                Verify.that(
                    Verify.sameDouble(m, n) || Math.abs(m - n) <= 1e-9 * Math.max(1, Math.abs(m)),
                    () -> "mean after a batch " + n + " vs one by one " + m);
              }
            });
    Verify.equal(
        keysWithoutSteps(play(single, rounds, policyRng(271), envRng(271))),
        keysWithoutSteps(play(batched, rounds, policyRng(271), envRng(271))),
        "decisions after a batch and after one-by-one feedback");
    List<Feedback> bad = new ArrayList<>(batch.subList(0, 10));
    Feedback first = batch.get(0);
    bad.add(new Feedback(first.context(), first.selection(), Double.NaN));
    bad.addAll(batch.subList(10, 20));
    rejectedUnchanged(batched, () -> batched.update(bad), "a batch with a NaN reward");
    rejectedUnchanged(batched, () -> batched.update(nullEntry(batch)), "a batch with a null entry");
    for (Context c : invalidContexts) {
      List<Feedback> badContext = new ArrayList<>(batch.subList(0, 10));
      badContext.add(new Feedback(c, first.selection(), first.reward()));
      rejectedUnchanged(batched, () -> batched.update(badContext), "a batch with the context " + c);
    }
  }

  private static List<Feedback> nullEntry(List<Feedback> batch) {
    List<Feedback> out = new ArrayList<>(batch.subList(0, 5));
    out.add(null);
    return out;
  }

  /** Builder of a {@link BanditContract}. */
  public static final class Builder {
    private final PolicySpec<? extends ContextualBandit> spec;
    private final boolean contextFree;
    private final ContextModel contexts;
    private ArmSet arms = ArmSet.of("alpha", "beta", "gamma", "delta");
    private RewardModel rewards = RewardModel.bernoulli(0.2, 0.5, 0.35, 0.6);
    private UnaryOperator<PolicyState> roundTrip = UnaryOperator.identity();
    private Propensities propensities = Propensities.EXACT;
    private long seed = 20_261_121L;
    private int rounds = 150;
    private double[] invalidRewards = new double[0];
    private final List<Context> invalidContexts = new ArrayList<>();

    private Builder(
        PolicySpec<? extends ContextualBandit> spec, boolean contextFree, ContextModel contexts) {
      if (spec == null || contexts == null) {
        throw new IllegalArgumentException("spec and context model must not be null");
      }
      this.spec = spec;
      this.contextFree = contextFree;
      this.contexts = contexts;
    }

    /** The arms the policies are created over (default: four named arms). */
    public Builder arms(ArmSet value) {
      this.arms = value;
      return this;
    }

    /** The reward model (default: Bernoulli with means 0.2, 0.5, 0.35, 0.6 cycling over arms). */
    public Builder rewards(RewardModel value) {
      this.rewards = value;
      return this;
    }

    /**
     * How states travel (default: identity); pass {@code s -> codec.fromJson(codec.toJson(s))} to
     * check the JSON form.
     */
    public Builder stateRoundTrip(UnaryOperator<PolicyState> value) {
      this.roundTrip = value;
      return this;
    }

    /** What is expected of propensities (default {@link Propensities#EXACT}). */
    public Builder propensities(Propensities value) {
      this.propensities = value;
      return this;
    }

    /** The seed of every random stream of the suite. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Rounds per scenario, {@code >= 10} (default 150). */
    public Builder rounds(int value) {
      this.rounds = value;
      return this;
    }

    /** Finite rewards the policy must also reject (e.g. outside its documented range). */
    public Builder invalidRewards(double... values) {
      this.invalidRewards = values.clone();
      return this;
    }

    /** Contexts the policy must reject (e.g. of the wrong dimension). */
    public Builder invalidContexts(Context... values) {
      this.invalidContexts.addAll(List.of(values));
      return this;
    }

    /** The suite. */
    public BanditContract build() {
      return new BanditContract(this);
    }
  }
}
