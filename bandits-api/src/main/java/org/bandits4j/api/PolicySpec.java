package org.bandits4j.api;

/**
 * An immutable, validated record of a policy's hyper-parameters: it creates fresh policies and
 * restores saved ones.
 *
 * <p>The spec doubles as the experiment configuration and as provenance: a policy's {@link
 * Policy#descriptor()} is the spec that made it, and its snapshot carries the spec.
 *
 * <p>Implementations are records whose compact constructors validate every parameter and throw
 * {@link IllegalArgumentException} naming the parameter and the value.
 *
 * @param <P> the kind of policy this spec makes
 */
public interface PolicySpec<P extends Policy> {

  /**
   * The policy's registry name (for example {@code "ucb1"}): the key used in experiment files and
   * state files.
   */
  String name();

  /**
   * A fresh policy over these arms.
   *
   * @throws IllegalArgumentException if the policy cannot work with these arms
   */
  P create(ArmSet arms);

  /**
   * A policy restored from a snapshot, in the state the snapshot describes.
   *
   * @throws IllegalArgumentException if the state belongs to another policy or spec, has an
   *     unsupported version, or is inconsistent (wrong lengths, negative counts, non-finite sums)
   */
  P restore(PolicyState state);
}
