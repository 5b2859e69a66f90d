package org.bandits4j.algorithms.linear;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link SupLinUcb}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"dimension": 10, "horizon": 10000, "delta": 0.05,
 * "alphaScale": 1.0}}.
 *
 * @param dimension the feature dimension {@code d >= 1}
 * @param horizon the horizon {@code T >= 2} the algorithm is tuned for (its number of levels {@code
 *     ⌈ln T⌉}, its width floor {@code 1/sqrt(T)} and {@code α}); it keeps working beyond it
 * @param delta the failure probability {@code δ} in {@code (0, 1)}
 * @param alphaScale a multiplier of {@code α = sqrt(ln(2 T K / δ) / 2)}, finite and {@code > 0} (1
 *     is the paper's choice); the width is {@code (alphaScale α + 1) ‖x‖_{A⁻¹}} (the {@code + 1},
 *     the ridge bias for {@code ‖θ*‖ <= 1}, is not scaled)
 */
public record SupLinUcbSpec(int dimension, long horizon, double delta, double alphaScale)
    implements PolicySpec<SupLinUcb> {

  /** Registry name. */
  public static final String NAME = "suplinucb";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public SupLinUcbSpec {
    Checks.atLeastOne("dimension", dimension);
    if (horizon < 2) {
      throw new IllegalArgumentException("horizon must be >= 2, was " + horizon);
    }
    if (!(delta > 0.0 && delta < 1.0)) {
      throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
    }
    Checks.positive("alphaScale", alphaScale);
  }

  /** SupLinUCB with {@code d = 10}, {@code T = 10000}, {@code δ = 0.05}. */
  public static SupLinUcbSpec defaults() {
    return of(10, 10_000, 0.05);
  }

  /** SupLinUCB as published for dimension {@code d}, horizon {@code T} and {@code δ}. */
  public static SupLinUcbSpec of(int dimension, long horizon, double delta) {
    return new SupLinUcbSpec(dimension, horizon, delta, 1.0);
  }

  /** The number of levels {@code S = max(1, ⌈ln T⌉)}. */
  public int levels() {
    return Math.max(1, (int) Math.ceil(Math.log((double) horizon)));
  }

  /** {@code α} for {@code k} arms. */
  double alpha(int k) {
    return alphaScale * Math.sqrt(0.5 * Math.log(2.0 * horizon * k / delta));
  }

  /**
   * The width factor {@code α + 1} for {@code k} arms: BaseLinUCB's width is {@code (α + 1)
   * ‖x‖_{A⁻¹}}, where {@code α ‖x‖_{A⁻¹}} bounds the noise (Azuma) and {@code ‖x‖_{A⁻¹}} the ridge
   * bias {@code |xᵀA⁻¹θ*|} for {@code ‖θ*‖ <= 1} (the paper's Lemma 1).
   */
  double widthFactor(int k) {
    return alpha(k) + 1.0;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SupLinUcb create(ArmSet arms) {
    return new SupLinUcb(this, arms);
  }

  @Override
  public SupLinUcb restore(PolicyState state) {
    return new SupLinUcb(this, state);
  }
}
