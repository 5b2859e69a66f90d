package org.bandits4j.algorithms.linalg;

/**
 * A provider of {@link RidgeBank}s: the service-provider interface through which a linear-algebra
 * backend (the default CPU one on EJML, or a batched one such as ND4J) plugs into the contextual
 * policies.
 *
 * <p>A backend must honour the {@link RidgeBank} contract; its results must agree with the CPU
 * backend's to a stated tolerance (the golden replays of the contextual policies are the check).
 */
public interface RidgeBackend {

  /** The backend's name, e.g. {@code "cpu"}. */
  String name();

  /**
   * A bank of {@code models} fresh models of dimension {@code dimension}.
   *
   * @throws IllegalArgumentException if {@code models < 0} or {@code dimension < 1}
   */
  RidgeBank create(int models, int dimension, RidgeOptions options);

  /** The default backend: plain Java loops for the hot paths, EJML for factorisations. */
  static RidgeBackend cpu() {
    return CpuRidgeBank.BACKEND;
  }
}
