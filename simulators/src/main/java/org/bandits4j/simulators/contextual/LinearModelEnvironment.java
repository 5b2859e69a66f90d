package org.bandits4j.simulators.contextual;

import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Base of the environments whose rewards follow a {@link LinearModel}'s predictor through a link
 * and a reward law ({@link LinearProcess.RewardLaw}): it owns the model and the arms {@code "0" ..
 * "K-1"} and starts one {@link LinearProcess} per replication.
 *
 * <p>Thread safety: immutable.
 */
abstract class LinearModelEnvironment implements ContextualEnvironment {

  private final LinearModel model;
  private final LinearProcess.RewardLaw law;
  private final ArmSet arms;

  /**
   * An environment over arms {@code "0" .. "K-1"}.
   *
   * @throws IllegalArgumentException if the model is null
   */
  LinearModelEnvironment(LinearModel model, LinearProcess.RewardLaw law) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null");
    }
    this.model = model;
    this.law = law;
    this.arms = ArmSet.ofSize(model.arms());
  }

  /** The model. */
  public final LinearModel model() {
    return model;
  }

  @Override
  public final ArmSet arms() {
    return arms;
  }

  @Override
  public final LinearProcess start(RandomStream stream) {
    return new LinearProcess(model, law, stream);
  }
}
