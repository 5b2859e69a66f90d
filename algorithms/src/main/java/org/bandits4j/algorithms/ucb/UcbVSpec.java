package org.bandits4j.algorithms.ucb;

import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link UcbV}.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"zeta": 1.2, "c": 1.0, "b": 1.0}}; omitted fields
 * take the defaults of {@link #defaults()}.
 *
 * @param zeta exploration exponent {@code ζ} in {@code E_t = ζ ln t}, finite and {@code > 0}; the
 *     guarantee needs {@code ζ > 1} (default 1.2, the paper's example); SMPyBandits uses 1
 * @param c weight of the range term {@code 3 b E_t / N_i}, finite and {@code >= 0} (default 1, the
 *     paper's choice; the guarantee needs {@code c >= 1})
 * @param b the range of the rewards (the length of an interval containing them), finite and {@code
 *     > 0} (default 1 for rewards in {@code [0, 1]})
 */
public record UcbVSpec(double zeta, double c, double b) implements PolicySpec<UcbV> {

  /** Registry name. */
  public static final String NAME = "ucb-v";

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public UcbVSpec {
    Checks.positive("zeta", zeta);
    Checks.nonNegative("c", c);
    Checks.positive("b", b);
  }

  /** UCB-V as analysed: {@code ζ = 1.2, c = 1}, rewards of range {@code b = 1}. */
  public static UcbVSpec defaults() {
    return new UcbVSpec(1.2, 1.0, 1.0);
  }

  /** UCB-V with the paper's {@code ζ = 1.2, c = 1} for rewards of range {@code b}. */
  public static UcbVSpec withRange(double b) {
    return new UcbVSpec(1.2, 1.0, b);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public UcbV create(ArmSet arms) {
    return new UcbV(this, arms);
  }

  @Override
  public UcbV restore(PolicyState state) {
    return new UcbV(this, state);
  }
}
