package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.function.Supplier;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of a policy made of two inner bandit policies (Sparring): both inner states, and how often
 * each arm took part in a duel.
 *
 * <p>JSON {@code data} (version 1): {@code {"left": <state document>, "right": <state document>,
 * "plays": [long...]}}, where each inner document is the inner policy's complete state document in
 * its own format (see {@link StateCodec}), so any registered inner policy round-trips.
 *
 * <p>Thread safety: immutable. Equality compares all contents.
 */
public final class SparringState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  private final PolicyState left;
  private final PolicyState right;
  private final long[] plays;

  /**
   * Checks the shape.
   *
   * @throws IllegalArgumentException if a component is null, {@code plays} does not have one entry
   *     per arm or an inner state has other arms
   */
  public SparringState(
      PolicySpec<?> spec,
      ArmSet arms,
      long step,
      PolicyState left,
      PolicyState right,
      long[] plays) {
    super(spec, arms, step, VERSION);
    requireComponents(left, right, plays);
    if (plays.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one play count per arm: " + arms.size() + " arms, " + plays.length);
    }
    if (!left.arms().equals(arms) || !right.arms().equals(arms)) {
      throw new IllegalArgumentException(
          "inner states must have the arms "
              + arms
              + ", have "
              + left.arms()
              + ", "
              + right.arms());
    }
    this.left = left;
    this.right = right;
    this.plays = plays.clone();
  }

  /** The left (first-arm) inner policy's state. */
  public PolicyState left() {
    return left;
  }

  /** The right (second-arm) inner policy's state. */
  public PolicyState right() {
    return right;
  }

  /** A copy of the per-arm duel participation counts. */
  public long[] plays() {
    return plays.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparringState s
        && sameHeader(s)
        && left.equals(s.left)
        && right.equals(s.right)
        && Arrays.equals(plays, s.plays);
  }

  @Override
  public int hashCode() {
    return hashWith(left, right, plays);
  }

  /** Unused: {@link #toString()} shows the whole spec and the inner states instead. */
  @Override
  protected void describe(Fields fields) {}

  @Override
  public String toString() {
    return "SparringState[spec="
        + spec()
        + ", step="
        + step()
        + ", left="
        + left
        + ", right="
        + right
        + ", plays="
        + Arrays.toString(plays)
        + "]";
  }

  /** The format of {@link SparringState}; inner states travel through the codec's registry. */
  public static StateFormat format(Supplier<StateCodec> defaultCodec) {
    return new StateFormat() {
      @Override
      public int version() {
        return VERSION;
      }

      @Override
      public ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
        return write(state, nodes, defaultCodec.get());
      }

      @Override
      public PolicyState read(
          PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
        return read(spec, arms, step, version, data, defaultCodec.get());
      }

      @Override
      public ObjectNode write(PolicyState state, JsonNodeFactory nodes, StateCodec codec) {
        if (!(state instanceof SparringState s)) {
          throw new IllegalArgumentException("not a sparring state: " + state.getClass().getName());
        }
        var data = nodes.objectNode();
        data.set("left", codec.toTree(s.left()));
        data.set("right", codec.toTree(s.right()));
        JsonFields.putLongs(data, "plays", s.plays());
        return data;
      }

      @Override
      public PolicyState read(
          PolicySpec<?> spec,
          ArmSet arms,
          long step,
          int version,
          JsonNode data,
          StateCodec codec) {
        PolicyState left = inner(codec, data, "left");
        PolicyState right = inner(codec, data, "right");
        long[] plays = JsonFields.longs(data, "plays", "data.plays", arms.size());
        return new SparringState(spec, arms, step, left, right, plays);
      }

      private PolicyState inner(StateCodec codec, JsonNode data, String name) {
        try {
          return codec.fromTree(JsonFields.member(data, name, "data." + name));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("data." + name + ": " + e.getMessage(), e);
        }
      }
    };
  }
}
