package org.bandits4j.api;

import java.util.Optional;

/**
 * What every policy has, whatever its feedback: its arms, its specification, a snapshot of its
 * state, and optional facets.
 *
 * <p>The facets are capabilities a policy may or may not have; each returns {@link
 * Optional#empty()} by default:
 *
 * <ul>
 *   <li>{@link #estimates()}: per-arm mean and uncertainty;
 *   <li>{@link #armEditor()}: add and remove arms at run time;
 *   <li>{@link #merger()}: merge state learned elsewhere (another replica);
 *   <li>{@link #probabilityOfBest()}: the probability that each arm is the best (traffic weights).
 * </ul>
 *
 * <p>Thread safety: implementations are single-writer unless they say otherwise; wrap them with a
 * synchronized or concurrent view to share them between threads.
 */
public interface Policy {

  /** The current arm set. */
  ArmSet arms();

  /** The specification that created this policy: its hyper-parameters and provenance. */
  PolicySpec<?> descriptor();

  /**
   * A complete, immutable snapshot of the policy's learned state (no random-generator state).
   * {@code descriptor().restore(snapshot())} gives a policy that makes the same decisions as this
   * one from now on, given the same random stream and feedback.
   */
  PolicyState snapshot();

  /** Per-arm estimates, if the policy has them. */
  default Optional<Estimates> estimates() {
    return Optional.empty();
  }

  /** Run-time arm editing, if the policy supports it. */
  default Optional<ArmEditor> armEditor() {
    return Optional.empty();
  }

  /** Merging of state learned elsewhere, if the policy's statistics are mergeable. */
  default Optional<Merger> merger() {
    return Optional.empty();
  }

  /** Probability-of-best traffic weights, if the policy can compute them. */
  default Optional<ProbabilityOfBest> probabilityOfBest() {
    return Optional.empty();
  }
}
