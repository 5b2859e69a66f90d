package org.bandits4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.Policy;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * The checks every policy must pass whatever its feedback (DESIGN.md §7): decisions inside the arm
 * set, determinism under a seed, snapshot → round trip → restore in lockstep, immutable snapshots,
 * rejection of foreign states, and the optional facets (estimates, arm editing, merging,
 * probability of best). Subclasses define one interaction (observe, decide, draw feedback, apply
 * it) and add their family's checks.
 *
 * @param <P> the policy type
 * @param <D> the decision type (selection or duel)
 * @param <F> the feedback type (reward or duel outcome)
 */
abstract class PolicyContract<P extends Policy, D, F> {

  /** One round: what the policy saw, what it decided, and the feedback it got. */
  record Interaction<D, F>(Object observation, D decision, F feedback) {}

  final PolicySpec<? extends P> spec;
  final ArmSet arms;
  final UnaryOperator<PolicyState> roundTrip;
  final long seed;
  final int rounds;

  PolicyContract(
      PolicySpec<? extends P> spec,
      ArmSet arms,
      UnaryOperator<PolicyState> roundTrip,
      long seed,
      int rounds) {
    if (spec == null || arms == null || roundTrip == null) {
      throw new IllegalArgumentException("spec, arms and state round trip must not be null");
    }
    if (rounds < 10) {
      throw new IllegalArgumentException("rounds must be >= 10, was " + rounds);
    }
    this.spec = spec;
    this.arms = arms;
    this.roundTrip = roundTrip;
    this.seed = seed;
    this.rounds = rounds;
  }

  // ------------------------------------------------------------ the interaction

  /**
   * What the policy observes before deciding (a context), drawn from {@code env}, for a policy that
   * currently has {@code armCount} arms (contexts with one row per arm follow the arm count).
   */
  abstract Object observe(RandomGenerator env, int armCount);

  /** The policy's decision. */
  abstract D decide(P policy, Object observation, RandomGenerator rng);

  /** The feedback for a decision, drawn from {@code env}. */
  abstract F draw(Object observation, D decision, RandomGenerator env);

  /** Teaches the policy. */
  abstract void apply(P policy, Object observation, D decision, F feedback);

  /** The arms a decision involves. */
  abstract List<Arm> armsOf(D decision);

  /** The decision counter carried by a decision. */
  abstract long stepOf(D decision);

  /** The decision without its step: arm ids and, where there is one, the propensity's bits. */
  abstract String key(D decision);

  /** Every check of the suite, in a stable order. */
  abstract List<ContractCheck> checks();

  /** Runs every check; throws the first violation. */
  public final void runAll() {
    for (ContractCheck check : checks()) {
      check.run();
    }
  }

  // ------------------------------------------------------------ helpers

  final P fresh() {
    return spec.create(arms);
  }

  final RandomGenerator policyRng(long salt) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + salt);
  }

  final RandomGenerator envRng(long salt) {
    return new SplittableRandom(~seed * 0xC2B2AE3D27D4EB4FL + salt);
  }

  final P restore(PolicyState state) {
    return spec.restore(roundTrip.apply(state));
  }

  /** Plays {@code n} rounds with feedback; checks each decision; returns the interactions. */
  final List<Interaction<D, F>> play(P policy, int n, RandomGenerator rng, RandomGenerator env) {
    List<Interaction<D, F>> trace = new ArrayList<>(n);
    for (int t = 0; t < n; t++) {
      Object observation = observe(env, policy.arms().size());
      D decision = decide(policy, observation, rng);
      checkDecision(policy, decision);
      F feedback = draw(observation, decision, env);
      apply(policy, observation, decision, feedback);
      trace.add(new Interaction<>(observation, decision, feedback));
    }
    return trace;
  }

  final void checkDecision(P policy, D decision) {
    Verify.that(decision != null, () -> "select returned null");
    for (Arm arm : armsOf(decision)) {
      ArmSet current = policy.arms();
      Verify.that(
          arm.index() < current.size() && current.get(arm.index()).equals(arm),
          () -> "decision " + decision + " names arm " + arm + " not in the arm set " + current);
    }
  }

  final List<String> keys(List<Interaction<D, F>> trace) {
    List<String> out = new ArrayList<>(trace.size());
    for (Interaction<D, F> i : trace) {
      out.add(key(i.decision()) + "@" + stepOf(i.decision()));
    }
    return out;
  }

  final List<String> keysWithoutSteps(List<Interaction<D, F>> trace) {
    List<String> out = new ArrayList<>(trace.size());
    for (Interaction<D, F> i : trace) {
      out.add(key(i.decision()));
    }
    return out;
  }

  final void replay(P policy, List<Interaction<D, F>> trace) {
    for (Interaction<D, F> i : trace) {
      apply(policy, i.observation(), i.decision(), i.feedback());
    }
  }

  /** Runs {@code action}, which must be rejected and leave the snapshot unchanged. */
  final void rejectedUnchanged(P policy, Runnable action, String what) {
    PolicyState before = policy.snapshot();
    Verify.rejects(action, what);
    Verify.equal(before, policy.snapshot(), what + " must leave the state unchanged");
  }

  // ------------------------------------------------------------ common checks

  final List<ContractCheck> commonChecks() {
    List<ContractCheck> checks = new ArrayList<>();
    checks.add(
        new ContractCheck("decisions name arms of the set, steps increase", this::validDecisions));
    checks.add(
        new ContractCheck("same seed and feedback give the same decisions", this::deterministic));
    checks.add(
        new ContractCheck("snapshot -> round trip -> restore stays in lockstep", this::lockstep));
    checks.add(new ContractCheck("snapshots are immutable values", this::immutableSnapshots));
    checks.add(new ContractCheck("foreign and null states are rejected", this::foreignStates));
    checks.add(new ContractCheck("delayed, reordered feedback is accepted", this::delayedFeedback));
    checks.add(new ContractCheck("estimates facet is consistent", this::estimates));
    checks.add(new ContractCheck("removed arms: stale decisions rejected", this::removeArm));
    checks.add(new ContractCheck("added arms are learned", this::addArm));
    checks.add(new ContractCheck("merge equals sequential feedback", this::mergeFromScratch));
    checks.add(new ContractCheck("merge with a common base counts it once", this::mergeWithBase));
    checks.add(new ContractCheck("probability of best is a distribution", this::probabilityOfBest));
    return checks;
  }

  private void validDecisions() {
    P p = fresh();
    List<Interaction<D, F>> trace = play(p, rounds, policyRng(1), envRng(1));
    long last = -1;
    for (Interaction<D, F> i : trace) {
      long step = stepOf(i.decision());
      long previous = last;
      Verify.that(step > previous, () -> "step " + step + " does not follow " + previous);
      last = step;
    }
    Verify.equal(arms, p.arms(), "arms() after playing");
  }

  private void deterministic() {
    List<String> a = keys(play(fresh(), rounds, policyRng(2), envRng(2)));
    List<String> b = keys(play(fresh(), rounds, policyRng(2), envRng(2)));
    Verify.equal(a, b, "decisions of two policies with the same seed");
  }

  private void lockstep() {
    P original = fresh();
    play(original, rounds / 2, policyRng(3), envRng(3));
    PolicyState state = original.snapshot();
    PolicyState travelled = roundTrip.apply(state);
    Verify.equal(state, travelled, "state after the round trip");
    P restored = spec.restore(travelled);
    Verify.equal(state, restored.snapshot(), "snapshot of the restored policy");
    List<String> a = keys(play(original, rounds, policyRng(33), envRng(33)));
    List<String> b = keys(play(restored, rounds, policyRng(33), envRng(33)));
    Verify.equal(a, b, "decisions of the original and the restored policy");
    Verify.equal(original.snapshot(), restored.snapshot(), "final snapshots");
  }

  private void immutableSnapshots() {
    P p = fresh();
    play(p, rounds / 4, policyRng(4), envRng(4));
    PolicyState first = p.snapshot();
    PolicyState copy = p.snapshot();
    Verify.equal(first, copy, "two snapshots of the same state");
    Verify.equal(first.hashCode(), copy.hashCode(), "hash codes of equal snapshots");
    PolicyState early = spec.restore(first).snapshot();
    play(p, rounds / 4, policyRng(44), envRng(44));
    Verify.equal(
        early,
        spec.restore(first).snapshot(),
        "a policy restored from an earlier snapshot after the original learned more");
    Verify.that(!first.equals(p.snapshot()), () -> "the snapshot did not change with feedback");
    Verify.equal(spec.name(), first.policy(), "state.policy()");
    Verify.that(first.version() >= 1, () -> "state version must be >= 1");
  }

  private void foreignStates() {
    Verify.rejects(() -> spec.restore(null), "restore(null)");
    Verify.rejects(() -> spec.restore(new ForeignState(arms)), "restore(state of another policy)");
  }

  private void delayedFeedback() {
    P p = fresh();
    RandomGenerator rng = policyRng(5);
    RandomGenerator env = envRng(5);
    List<Object> observations = new ArrayList<>();
    List<D> pending = new ArrayList<>();
    for (int t = 0; t < 20; t++) {
      Object observation = observe(env, p.arms().size());
      D decision = decide(p, observation, rng);
      checkDecision(p, decision);
      observations.add(observation);
      pending.add(decision);
    }
    for (int t = pending.size() - 1; t >= 0; t--) {
      apply(p, observations.get(t), pending.get(t), draw(observations.get(t), pending.get(t), env));
    }
    p.estimates()
        .ifPresent(e -> Verify.equal(20L, totalPulls(e), "pulls after 20 delayed feedbacks"));
  }

  private static long totalPulls(Estimates estimates) {
    long total = 0;
    for (ArmEstimate e : estimates.all()) {
      total += e.pulls();
    }
    return total;
  }

  private void estimates() {
    P p = fresh();
    Optional<Estimates> facet = p.estimates();
    if (facet.isEmpty()) {
      return;
    }
    int n = rounds / 2;
    play(p, n, policyRng(6), envRng(6));
    List<ArmEstimate> all = p.estimates().orElseThrow().all();
    Verify.equal(arms.size(), all.size(), "number of estimates");
    long total = 0;
    for (int i = 0; i < all.size(); i++) {
      ArmEstimate e = all.get(i);
      Verify.equal(arms.get(i), e.arm(), "estimate " + i + " arm");
      Verify.that(e.pulls() >= 0, () -> "negative pulls in " + e);
      Verify.that(
          Double.isNaN(e.uncertainty()) || e.uncertainty() >= 0,
          () -> "negative uncertainty in " + e);
      Verify.equal(e, p.estimates().orElseThrow().of(arms.get(i)), "of(arm) vs all()");
      total += e.pulls();
    }
    Verify.equal((long) n, total, "pulls summed over arms after " + n + " feedbacks");
    Verify.rejects(
        () -> p.estimates().orElseThrow().of(new Arm(0, "testkit-no-such-arm")),
        "estimate of an unknown arm");
  }

  private void removeArm() {
    P p = fresh();
    Optional<ArmEditor> editor = p.armEditor();
    if (editor.isEmpty() || arms.size() < 3) {
      return;
    }
    RandomGenerator rng = policyRng(7);
    RandomGenerator env = envRng(7);
    play(p, rounds / 2, rng, env);
    Object obs = observe(env, p.arms().size());
    D victimDecision = decide(p, obs, rng);
    Arm victim = armsOf(victimDecision).get(0);
    // a decision on an arm after the victim, whose index will shift
    D survivor = null;
    Object survivorObs = null;
    for (int t = 0; t < 10 * rounds && survivor == null; t++) {
      Object o = observe(env, p.arms().size());
      D d = decide(p, o, rng);
      if (armsOf(d).stream().noneMatch(a -> a.id().equals(victim.id()))) {
        survivor = d;
        survivorObs = o;
      }
    }
    editor.get().removeArm(victim.id());
    Verify.that(!p.arms().contains(victim.id()), () -> "removed arm still in " + p.arms());
    Verify.equal(arms.size() - 1, p.arms().size(), "arm count after removal");
    rejectedUnchanged(
        p,
        () -> apply(p, obs, victimDecision, draw(obs, victimDecision, env)),
        "feedback for a removed arm");
    if (survivor != null) {
      D s = survivor;
      Object so = survivorObs;
      apply(p, so, s, draw(so, s, env)); // resolved by id although indices shifted
    }
    for (Interaction<D, F> i : play(p, rounds, rng, env)) {
      for (Arm a : armsOf(i.decision())) {
        Verify.that(!a.id().equals(victim.id()), () -> "removed arm was selected");
      }
    }
    Verify.rejects(() -> editor.get().removeArm("testkit-no-such-arm"), "removing an unknown arm");
  }

  private void addArm() {
    P p = fresh();
    Optional<ArmEditor> editor = p.armEditor();
    if (editor.isEmpty()) {
      return;
    }
    RandomGenerator rng = policyRng(8);
    RandomGenerator env = envRng(8);
    play(p, rounds / 2, rng, env);
    List<ArmEstimate> before = p.estimates().map(Estimates::all).orElse(List.of());
    String id = "testkit-new-arm";
    editor.get().addArm(id);
    Verify.equal(arms.size() + 1, p.arms().size(), "arm count after adding");
    Verify.equal(id, p.arms().get(arms.size()).id(), "the new arm's id");
    p.estimates()
        .ifPresent(
            e -> {
              for (ArmEstimate old : before) {
                ArmEstimate now = e.of(old.arm());
                Verify.equal(old.pulls(), now.pulls(), "pulls of " + old.arm() + " after adding");
                Verify.that(
                    Verify.sameDouble(old.mean(), now.mean()),
                    () -> "mean of " + old.arm() + " changed by adding an arm");
              }
            });
    boolean chosen = false;
    for (Interaction<D, F> i : play(p, 4 * rounds, rng, env)) {
      for (Arm a : armsOf(i.decision())) {
        chosen |= a.id().equals(id);
      }
    }
    Verify.that(chosen, () -> "the added arm was never selected in " + 4 * rounds + " rounds");
    Verify.rejects(() -> editor.get().addArm(id), "adding an arm id twice");
  }

  private void mergeFromScratch() {
    if (fresh().merger().isEmpty()) {
      return;
    }
    P a = fresh();
    P b = fresh();
    List<Interaction<D, F>> first = play(a, rounds, policyRng(9), envRng(9));
    List<Interaction<D, F>> second = play(b, rounds, policyRng(99), envRng(99));
    P sequential = fresh();
    replay(sequential, first);
    replay(sequential, second);
    a.merger().orElseThrow().merge(b.snapshot());
    compareLearned(a, sequential, "merged vs sequential");
    rejectedUnchanged(
        a, () -> a.merger().orElseThrow().merge(new ForeignState(arms)), "merging a foreign state");
  }

  private void mergeWithBase() {
    P seedPolicy = fresh();
    if (seedPolicy.merger().isEmpty()) {
      return;
    }
    play(seedPolicy, rounds / 2, policyRng(10), envRng(10));
    PolicyState base = seedPolicy.snapshot();
    P a = restore(base);
    P b = restore(base);
    List<Interaction<D, F>> first = play(a, rounds, policyRng(11), envRng(11));
    List<Interaction<D, F>> second = play(b, rounds, policyRng(111), envRng(111));
    P sequential = restore(base);
    replay(sequential, first);
    replay(sequential, second);
    a.merger().orElseThrow().merge(b.snapshot(), base);
    compareLearned(a, sequential, "merged-with-base vs sequential");
  }

  /** Same estimates (if any) and the same future decisions, ignoring step counters. */
  private void compareLearned(P merged, P sequential, String what) {
    merged
        .estimates()
        .ifPresent(
            e -> {
              List<ArmEstimate> m = e.all();
              List<ArmEstimate> s = sequential.estimates().orElseThrow().all();
              for (int i = 0; i < m.size(); i++) {
                ArmEstimate got = m.get(i);
                ArmEstimate want = s.get(i);
                Verify.equal(want.pulls(), got.pulls(), what + ": pulls of " + got.arm());
                Verify.that(
                    Verify.sameDouble(want.mean(), got.mean())
                        || Math.abs(want.mean() - got.mean())
                            <= 1e-9 * Math.max(1, Math.abs(want.mean())),
                    () ->
                        what + ": mean of " + got.arm() + " " + got.mean() + " vs " + want.mean());
              }
            });
    List<String> x = keysWithoutSteps(play(merged, rounds, policyRng(12), envRng(12)));
    List<String> y = keysWithoutSteps(play(sequential, rounds, policyRng(12), envRng(12)));
    Verify.equal(y, x, what + ": decisions afterwards");
  }

  private void probabilityOfBest() {
    P p = fresh();
    if (p.probabilityOfBest().isEmpty()) {
      return;
    }
    play(p, rounds / 2, policyRng(13), envRng(13));
    PolicyState before = p.snapshot();
    double[] weights = p.probabilityOfBest().orElseThrow().probabilityOfBest(2000, policyRng(14));
    Verify.equal(before, p.snapshot(), "probabilityOfBest must not change the state");
    Verify.equal(p.arms().size(), weights.length, "number of weights");
    double sum = 0;
    for (double w : weights) {
      Verify.that(w >= 0 && w <= 1, () -> "weight outside [0, 1]: " + w);
      sum += w;
    }
    double total = sum;
    Verify.that(Math.abs(total - 1.0) < 1e-9, () -> "weights sum to " + total);
    Verify.rejects(
        () -> p.probabilityOfBest().orElseThrow().probabilityOfBest(0, policyRng(15)),
        "probabilityOfBest with 0 samples");
  }
}
