package org.bandits4j.experiments.bounds;

import java.util.Optional;
import java.util.function.BiFunction;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.scenario.ArmModel;

/**
 * An entry of the {@link BoundCatalogue}: a named bound, the policy it is about ({@link #ANY} for
 * bounds on every policy), its formula and source, and the function that instantiates it.
 *
 * @param name the catalogue name, used by reproduction files
 * @param policy the policy registry name it applies to, or {@link #ANY}
 * @param side lower or upper
 * @param formula the formula, for reports
 * @param source the paper and theorem
 * @param curve the curve for an instance and spec (the spec is null for {@link #ANY} entries), or
 *     empty where the bound does not apply (another reward family, other parameters)
 */
public record BoundEntry(
    String name,
    String policy,
    BoundCurve.Side side,
    String formula,
    String source,
    BiFunction<ArmModel, PolicySpec<?>, Optional<BoundCurve>> curve) {

  /** The policy of bounds that hold for every (consistent) policy. */
  public static final String ANY = "*";

  /** Whether the bound is about every policy rather than one. */
  public boolean forAnyPolicy() {
    return ANY.equals(policy);
  }
}
