package org.bandits4j.experiments.scenario;

import java.util.List;
import java.util.Optional;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A parsed environment, ready to run replications of policies: what an {@link EnvironmentType}
 * makes of its parameters.
 *
 * <p>The runner gives replication {@code r} the {@code r}-th stream split from the master seed (see
 * {@link org.bandits4j.simulators.run.ReplicationRunner#replicationStreams()}), so a scenario must
 * draw everything of one replication from that stream: then results do not depend on the thread
 * count, and every policy run on the scenario with one seed sees the same draws.
 *
 * <p>A replication must also be a prefix of a longer one: the regret at round {@code t} of a run to
 * horizon {@code T >= t} must not depend on {@code T} (the runner runs anytime policies once to the
 * largest horizon and reads the smaller ones off that run). Policies that need the horizon are
 * given it through their spec, not through the scenario.
 *
 * <p>Thread safety: implementations are immutable; {@link #replicate} is called concurrently.
 */
public interface Scenario {

  /** The arms policies are created over. */
  ArmSet arms();

  /**
   * The kind of policy this scenario runs; the config reader rejects a policy of another kind
   * (naming both) before calling {@link #check}. Context-free by default.
   */
  default PolicyKind runs() {
    return PolicyKind.CONTEXT_FREE;
  }

  /**
   * The regret kinds {@link #replicate} records, in its row order (context-free and contextual
   * scenarios: PSEUDO then REALISED, then HINDSIGHT where the environment gives full information;
   * dueling ones: STRONG_DUELING then WEAK_DUELING, or COPELAND_DUELING alone without a Condorcet
   * winner). The first is the one plots and reproduction criteria read.
   */
  List<RegretKind> regretKinds();

  /**
   * Checks, before anything runs, that the spec makes a policy this scenario can run (the right
   * kind of policy, an arm set it accepts).
   *
   * @throws IllegalArgumentException saying why not
   */
  void check(PolicySpec<?> spec);

  /**
   * Runs one replication.
   *
   * @param spec a spec {@link #check} accepted
   * @param replicationStream the replication's own stream
   * @param horizon rounds to run
   * @param checkpoints increasing rounds ending at {@code horizon}
   * @param roundRobinStart whether rounds {@code 1..K} force arms {@code 0..K-1}
   * @return {@code [kind][checkpoint]} regret, kinds in {@link #regretKinds()} order
   */
  double[][] replicate(
      PolicySpec<?> spec,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints,
      boolean roundRobinStart);

  /**
   * What the theoretical bounds need to know about the arms, where the scenario is a stochastic
   * bandit with known reward laws.
   */
  Optional<ArmModel> armModel();

  /** A one-line description for reports (for example {@code Bernoulli, means 0.9, 0.8}). */
  String description();

  /**
   * A string that changes whenever the draws or the regret of a replication could (parameters, the
   * digest of a data file): part of the key under which finished replications are saved.
   */
  String fingerprint();
}
