package org.bandits4j.algorithms.dueling;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link InterleavedFilter} (IF2).
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"horizon": 100000, "radiusScale": 1.0}}.
 *
 * @param horizon the horizon {@code T >= 1} that sets the confidence {@code δ = 1/(T K^2)}
 * @param radiusScale {@code c} in the radius {@code sqrt(c ln(1/δ) / m)}, finite and {@code > 0}; 1
 *     is the paper's radius (duelpy's Hoeffding form with its constant corresponds to 8)
 */
public record InterleavedFilterSpec(long horizon, double radiusScale)
    implements PolicySpec<InterleavedFilter> {

  /** Registry name. */
  public static final String NAME = "interleaved-filter";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public InterleavedFilterSpec {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
    }
    Checks.positive("radiusScale", radiusScale);
  }

  /** IF2 for {@code T = 10^5} with the paper's radius. */
  public static InterleavedFilterSpec defaults() {
    return new InterleavedFilterSpec(100_000, 1.0);
  }

  /** IF2 for horizon {@code T} with the paper's radius. */
  public static InterleavedFilterSpec forHorizon(long horizon) {
    return new InterleavedFilterSpec(horizon, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public InterleavedFilter create(ArmSet arms) {
    return new InterleavedFilter(this, arms);
  }

  @Override
  public InterleavedFilter restore(PolicyState state) {
    return new InterleavedFilter(this, state);
  }
}
