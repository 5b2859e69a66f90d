package org.bandits4j.algorithms.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Estimates;

/**
 * The {@link Estimates} facet of a policy that can estimate each arm by its index: it reads the
 * policy's current arm set on every call, so it follows arm edits.
 *
 * <p>Thread safety: as the policy's.
 */
public final class EstimatesView implements Estimates {

  private final Supplier<ArmSet> arms;
  private final ToIntFunction<Arm> indexOf;
  private final IntFunction<ArmEstimate> estimate;

  /**
   * A view of a policy.
   *
   * @param arms the policy's current arm set
   * @param indexOf an arm's current index; throws {@link IllegalArgumentException} for an arm not
   *     in the set
   * @param estimate the estimate of the arm at an index
   */
  public EstimatesView(
      Supplier<ArmSet> arms, ToIntFunction<Arm> indexOf, IntFunction<ArmEstimate> estimate) {
    this.arms = arms;
    this.indexOf = indexOf;
    this.estimate = estimate;
  }

  @Override
  public List<ArmEstimate> all() {
    int k = arms.get().size();
    List<ArmEstimate> all = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      all.add(estimate.apply(i));
    }
    return List.copyOf(all);
  }

  @Override
  public ArmEstimate of(Arm arm) {
    return estimate.apply(indexOf.applyAsInt(arm));
  }
}
