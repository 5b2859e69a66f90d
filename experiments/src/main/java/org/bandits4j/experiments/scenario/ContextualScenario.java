package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.contextual.ContextualEnvironment;
import org.bandits4j.simulators.contextual.ContextualRegretMeter;
import org.bandits4j.simulators.contextual.ContextualReplicationRunner;
import org.bandits4j.simulators.random.RandomStream;

/**
 * A contextual environment run with the simulators' {@link ContextualReplicationRunner#runOne}: the
 * replication stream's first child drives the environment (parameters, contexts, rewards) and the
 * second the policy, so a runner result equals the contextual replication runner's for the same
 * seed and feedback batch. Feedback reaches the policy at once, or with the optional environment
 * field {@code "feedbackBatch": B} in batches of {@code B} rounds through {@code update(List)}
 * (decisions within a batch use the model as of the last batch, as in W4). Records pseudo-regret
 * (against the oracle arm of each context) then realised regret. Runs contextual policies, and
 * context-free ones (which ignore the context).
 *
 * <p>Thread safety: immutable.
 */
public final class ContextualScenario implements Scenario {

  private static final List<RegretKind> KINDS = List.of(RegretKind.PSEUDO, RegretKind.REALISED);

  /** The config field for delayed feedback, shared by the contextual environment types. */
  static final String FEEDBACK_BATCH = "feedbackBatch";

  /** How {@value #FEEDBACK_BATCH} is documented by every contextual environment type. */
  static final ParameterDoc FEEDBACK_BATCH_DOC =
      new ParameterDoc(
          FEEDBACK_BATCH,
          "integer",
          "1",
          "deliver rewards in batches of B rounds (delayed feedback)");

  private final ContextualEnvironment environment;
  private final String description;
  private final String fingerprint;
  private final ArmModel model;
  private final int feedbackBatch;

  /**
   * A scenario.
   *
   * @param environment the environment
   * @param description one line for reports
   * @param fingerprint changes whenever the draws could
   * @param model the linear setting for bounds, or null
   */
  public ContextualScenario(
      ContextualEnvironment environment, String description, String fingerprint, ArmModel model) {
    this(environment, description, fingerprint, model, 1);
  }

  private ContextualScenario(
      ContextualEnvironment environment,
      String description,
      String fingerprint,
      ArmModel model,
      int feedbackBatch) {
    this.environment = environment;
    this.description = description;
    this.fingerprint = fingerprint;
    this.model = model;
    this.feedbackBatch = feedbackBatch;
  }

  /**
   * This scenario with the feedback batch of the environment node's optional {@value
   * #FEEDBACK_BATCH} field (1, immediate feedback, when absent). A batch above 1 shows in the
   * description and the fingerprint.
   *
   * @throws ConfigException naming the field if it is not an integer in {@code [1, 10^9]}
   */
  ContextualScenario withFeedbackFrom(ObjectNode node, String path) {
    if (!Fields.has(node, FEEDBACK_BATCH)) {
      return this;
    }
    int batch =
        (int)
            Fields.integer(
                node.get(FEEDBACK_BATCH), Fields.at(path, FEEDBACK_BATCH), 1, 1_000_000_000);
    if (batch == 1) {
      return this;
    }
    return new ContextualScenario(
        environment,
        description + ", feedback in batches of " + batch + " rounds",
        fingerprint + ":batch=" + batch,
        model,
        batch);
  }

  /** Rounds per feedback batch; 1 is immediate feedback. */
  public int feedbackBatch() {
    return feedbackBatch;
  }

  /** The environment. */
  public ContextualEnvironment environment() {
    return environment;
  }

  @Override
  public ArmSet arms() {
    return environment.arms();
  }

  @Override
  public PolicyKind runs() {
    return PolicyKind.CONTEXTUAL;
  }

  @Override
  public List<RegretKind> regretKinds() {
    return KINDS;
  }

  /**
   * Creates the policy and lets it select once in a first context of the environment (from a
   * throw-away stream), so a policy built for another context shape (a wrong dimension) fails here,
   * before anything runs.
   */
  @Override
  public void check(PolicySpec<?> spec) {
    if (!(spec.create(environment.arms()) instanceof ContextualBandit policy)) {
      throw new IllegalArgumentException("policy '" + spec.name() + "' is not a contextual bandit");
    }
    RandomStream probe = RandomStream.of(0);
    Context context = environment.start(probe.split()).context(1);
    try {
      policy.select(context, probe.split());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "policy '"
              + spec.name()
              + "' does not accept this environment's contexts ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  @Override
  public double[][] replicate(
      PolicySpec<?> spec,
      RandomStream replicationStream,
      long horizon,
      long[] checkpoints,
      boolean roundRobinStart) {
    ContextualBandit policy = (ContextualBandit) spec.create(environment.arms());
    ContextualRegretMeter meter =
        ContextualReplicationRunner.runOne(
            environment,
            policy,
            replicationStream,
            horizon,
            checkpoints,
            roundRobinStart,
            feedbackBatch);
    return new double[][] {
      meter.meter().pseudoAtCheckpoints(), meter.meter().realisedAtCheckpoints()
    };
  }

  @Override
  public Optional<ArmModel> armModel() {
    return Optional.ofNullable(model);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }
}
