package org.bandits4j.testkit;

import java.util.random.RandomGenerator;
import org.bandits4j.api.Context;

/** The contexts a contract suite shows a contextual policy, drawn from the suite's generator. */
@FunctionalInterface
public interface ContextModel {

  /** The next context. */
  Context next(RandomGenerator rng);

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
    return rng -> {
      double[][] rows = new double[k][];
      for (int i = 0; i < k; i++) {
        rows[i] = BanditInstances.gaussianVector(rng, d);
      }
      return Context.ofArms(rows);
    };
  }
}
