package org.bandits4j.testkit;

import java.util.random.RandomGenerator;
import org.bandits4j.api.Context;

/** The contexts a contract suite shows a contextual policy, drawn from the suite's generator. */
@FunctionalInterface
public interface ContextModel {

  /** The next context. */
  Context next(RandomGenerator rng);

  /**
   * The next context for a policy that currently has {@code armCount} arms; the suites call this
   * one. The default ignores the arm count; models with one row per arm override it so that the
   * rows follow arms added and removed during a suite.
   */
  default Context next(RandomGenerator rng, int armCount) {
    return next(rng);
  }

  /** No features: {@link Context#EMPTY} every round. */
  static ContextModel none() {
    return rng -> Context.EMPTY;
  }

  /** A shared vector of {@code d} independent standard normal features. */
  static ContextModel gaussianShared(int d) {
    return rng -> Context.of(BanditInstances.gaussianVector(rng, d));
  }

  /** One vector of {@code d} standard normal features per arm, for {@code k} arms. */
  static ContextModel gaussianPerArm(int k, int d) {
    return rng -> Context.ofArms(gaussianRows(rng, k, d));
  }

  /**
   * One vector of {@code d} standard normal features per arm of the policy, however many arms it
   * has ({@link #next(RandomGenerator)} alone, without the arm count, is unsupported).
   */
  static ContextModel gaussianRowsPerArm(int d) {
    return perArmCount((rng, k) -> Context.ofArms(gaussianRows(rng, k, d)));
  }

  /**
   * A shared vector of {@code d} standard normal features and one row of {@code k} per arm of the
   * policy (the hybrid form {@code Context.of(x, rows)}).
   */
  static ContextModel gaussianHybrid(int d, int k) {
    return perArmCount(
        (rng, arms) ->
            Context.of(BanditInstances.gaussianVector(rng, d), gaussianRows(rng, arms, k)));
  }

  /** Contexts that depend on the policy's arm count. */
  static ContextModel perArmCount(ArmwiseContexts contexts) {
    return new ContextModel() {
      @Override
      public Context next(RandomGenerator rng) {
        throw new UnsupportedOperationException(
            "this context model has one row per arm: call next(rng, armCount)");
      }

      @Override
      public Context next(RandomGenerator rng, int armCount) {
        return contexts.next(rng, armCount);
      }
    };
  }

  /** A source of contexts for a given number of arms. */
  @FunctionalInterface
  interface ArmwiseContexts {
    /** The next context for {@code armCount} arms. */
    Context next(RandomGenerator rng, int armCount);
  }

  private static double[][] gaussianRows(RandomGenerator rng, int k, int d) {
    double[][] rows = new double[k][];
    for (int i = 0; i < k; i++) {
      rows[i] = BanditInstances.gaussianVector(rng, d);
    }
    return rows;
  }
}
