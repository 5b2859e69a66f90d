package org.bandits4j.algorithms.state;

import java.util.Arrays;
import java.util.Objects;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * The part every policy state shares: the spec, the arms, the decision counter and the layout
 * version, with their accessors, and helpers for the header part of {@code equals}, {@code
 * hashCode} and {@code toString} and for the constructors' null checks.
 *
 * <p>A subclass adds its statistics, copies them in and out, and implements {@code equals} as
 * {@code o instanceof MyState s && sameHeader(s) && <its contents are equal>}, {@code hashCode} as
 * {@code hashWith(<its contents>)}, and names its contents for {@code toString} in {@link
 * #describe(Fields)}.
 *
 * <p>Thread safety: immutable; subclasses must be immutable too.
 */
public abstract class AbstractPolicyState implements PolicyState {

  private final PolicySpec<?> spec;
  private final ArmSet arms;
  private final long step;
  private final int version;

  /**
   * Sets the header.
   *
   * @param spec the spec of the policy that produced the state
   * @param arms the arms, in order
   * @param step the decision counter
   * @param version the layout version of the subclass
   * @throws IllegalArgumentException if {@code spec} or {@code arms} is null
   */
  protected AbstractPolicyState(PolicySpec<?> spec, ArmSet arms, long step, int version) {
    requireComponents(spec, arms);
    this.spec = spec;
    this.arms = arms;
    this.step = step;
    this.version = version;
  }

  /**
   * Checks a state's components for null, with the message every state uses.
   *
   * @throws IllegalArgumentException if a component is null
   */
  protected static void requireComponents(Object... components) {
    for (Object c : components) {
      if (c == null) {
        throw new IllegalArgumentException("state components must not be null");
      }
    }
  }

  /**
   * Checks that the per-arm feedback counts and reward sums have one entry per arm.
   *
   * @param sumName what a sum is, for the message ({@code "sum"}, {@code "window sum"})
   * @throws IllegalArgumentException if not
   */
  protected final void requirePullsAndSums(long[] pulls, double[] sums, String sumName) {
    if (pulls.length != arms.size() || sums.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one pull count and one "
              + sumName
              + " per arm: "
              + arms.size()
              + " arms, "
              + pulls.length
              + " pulls, "
              + sums.length
              + " sums");
    }
  }

  @Override
  public final PolicySpec<?> spec() {
    return spec;
  }

  @Override
  public final ArmSet arms() {
    return arms;
  }

  @Override
  public final long step() {
    return step;
  }

  @Override
  public final int version() {
    return version;
  }

  /** Whether {@code other} is of the same class and has the same spec, arms, step and version. */
  protected final boolean sameHeader(AbstractPolicyState other) {
    return other.getClass() == getClass()
        && spec.equals(other.spec)
        && arms.equals(other.arms)
        && step == other.step
        && version == other.version;
  }

  /**
   * A hash of the header and of {@code contents}, arrays (also nested) hashed by their entries as
   * {@link Arrays#deepHashCode(Object[])} does.
   */
  protected final int hashWith(Object... contents) {
    return 31 * Objects.hash(spec, arms, step) + Arrays.deepHashCode(contents);
  }

  /**
   * {@code "ClassName[policy=<name>, arms=<arms>, step=<step>, <name>=<value>, ...]"}, with the
   * contents that {@link #describe(Fields)} names.
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(getClass().getSimpleName())
            .append("[policy=")
            .append(spec.name())
            .append(", arms=")
            .append(arms)
            .append(", step=")
            .append(step);
    describe(new Fields(b));
    return b.append(']').toString();
  }

  /** Names the contents that {@link #toString()} shows after the header. */
  protected abstract void describe(Fields fields);

  /** The {@code , name=value} list of {@link #toString()}; arrays are shown by their entries. */
  protected static final class Fields {
    private final StringBuilder text;

    private Fields(StringBuilder text) {
      this.text = text;
    }

    /**
     * Appends {@code ", name=value"}; a {@code long[]}, {@code int[]} or {@code double[]} by
     * entries.
     */
    public Fields add(String name, Object value) {
      text.append(", ").append(name).append('=');
      if (value instanceof long[] a) {
        text.append(Arrays.toString(a));
      } else if (value instanceof int[] a) {
        text.append(Arrays.toString(a));
      } else if (value instanceof double[] a) {
        text.append(Arrays.toString(a));
      } else {
        text.append(value);
      }
      return this;
    }
  }
}
