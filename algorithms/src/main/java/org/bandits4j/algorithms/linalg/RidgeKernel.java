package org.bandits4j.algorithms.linalg;

/**
 * How a ridge model keeps the representation it answers queries from (spec §0.2).
 *
 * <p>Both keep the raw statistics {@code G = Σ x xᵀ}, {@code b = Σ r x} exactly and refactorise
 * from them periodically; they differ in the derived factor, so they agree to rounding, not bit for
 * bit.
 */
public enum RidgeKernel {

  /**
   * The inverse {@code P = V⁻¹}, updated by Sherman–Morrison ({@code P -= u uᵀ / (1 + xᵀu)}, {@code
   * u = P x}). Queries are matrix–vector products (fast, vectorised); the inverse drifts, so it is
   * refactorised every {@link RidgeOptions#refactorInterval()} updates and whenever the drift probe
   * {@code ‖V (P q) - q‖∞ > 1e-8} fails. It cannot draw Gaussian samples.
   */
  SHERMAN_MORRISON,

  /**
   * The Cholesky factor {@code V = UᵀU}, updated by a rank-one Cholesky update. Queries are
   * triangular solves; numerically the safer choice, and the one Gaussian sampling {@code θ̂ + c
   * U⁻¹ z} needs.
   */
  CHOLESKY
}
