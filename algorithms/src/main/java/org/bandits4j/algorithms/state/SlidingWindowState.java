package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the sliding-window policies: the rewards learned per arm, the window of the most recent
 * (arm, reward) pairs, oldest first, and the per-arm reward sums over the window as the policy
 * maintains them (added and subtracted as pairs enter and leave, recomputed exactly every window
 * length; they can differ from the exact sums of the window in the last bits, and are kept so that
 * a restored policy stays in lockstep).
 *
 * <p>JSON {@code data} (version 1): {@code {"pulls": [long...], "windowSums": [double...],
 * "windowArms": [int...], "windowRewards": [double...]}}; {@code pulls} and {@code windowSums} have
 * one entry per arm; {@code windowArms} holds arm indices into {@link #arms()}.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class SlidingWindowState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  /** The format of this state. */
  public static final StateFormat FORMAT =
      new StateFormat() {
        @Override
        public int version() {
          return VERSION;
        }

        @Override
        public ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
          if (!(state instanceof SlidingWindowState s)) {
            throw new IllegalArgumentException("not a sliding-window state: " + state);
          }
          ObjectNode data = nodes.objectNode();
          JsonFields.putLongs(data, "pulls", s.pulls);
          JsonFields.putDoubles(data, "windowSums", s.windowSums);
          JsonFields.putInts(data, "windowArms", s.windowArms);
          JsonFields.putDoubles(data, "windowRewards", s.windowRewards);
          return data;
        }

        @Override
        public PolicyState read(
            PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
          long[] pulls = JsonFields.longs(data, "pulls", "data.pulls", arms.size());
          double[] sums = JsonFields.doubles(data, "windowSums", "data.windowSums", arms.size());
          long[] windowArms = JsonFields.longs(data, "windowArms", "data.windowArms", -1);
          double[] rewards =
              JsonFields.doubles(data, "windowRewards", "data.windowRewards", windowArms.length);
          int[] indices = new int[windowArms.length];
          for (int j = 0; j < indices.length; j++) {
            if (windowArms[j] < 0 || windowArms[j] >= arms.size()) {
              throw new IllegalArgumentException(
                  "state JSON: 'data.windowArms["
                      + j
                      + "]' must be an arm index in [0, "
                      + arms.size()
                      + "), was "
                      + windowArms[j]);
            }
            indices[j] = (int) windowArms[j];
          }
          return new SlidingWindowState(spec, arms, step, pulls, sums, indices, rewards);
        }
      };

  private final long[] pulls;
  private final double[] windowSums;
  private final int[] windowArms;
  private final double[] windowRewards;

  /**
   * Copies the arrays and checks the shape.
   *
   * @param spec the spec of the policy that produced it
   * @param arms the arms, in order
   * @param step the decision counter
   * @param pulls rewards learned per arm (over all time)
   * @param windowSums per-arm reward sums over the window, as maintained by the policy
   * @param windowArms arm indices of the window's pairs, oldest first
   * @param windowRewards rewards of the window's pairs, oldest first
   * @throws IllegalArgumentException if a component is null, a per-arm array does not have one
   *     entry per arm, the window arrays differ in length, or a window arm index is out of range
   */
  public SlidingWindowState(
      PolicySpec<?> spec,
      ArmSet arms,
      long step,
      long[] pulls,
      double[] windowSums,
      int[] windowArms,
      double[] windowRewards) {
    super(spec, arms, step, VERSION);
    requireComponents(pulls, windowSums, windowArms, windowRewards);
    requirePullsAndSums(pulls, windowSums, "window sum");
    if (windowArms.length != windowRewards.length) {
      throw new IllegalArgumentException(
          "window has " + windowArms.length + " arms but " + windowRewards.length + " rewards");
    }
    for (int a : windowArms) {
      if (a < 0 || a >= arms.size()) {
        throw new IllegalArgumentException(
            "window arm index must be in [0, " + arms.size() + "), was " + a);
      }
    }
    this.pulls = pulls.clone();
    this.windowSums = windowSums.clone();
    this.windowArms = windowArms.clone();
    this.windowRewards = windowRewards.clone();
  }

  /** A copy of the pull counts. */
  public long[] pulls() {
    return pulls.clone();
  }

  /** A copy of the per-arm window sums. */
  public double[] windowSums() {
    return windowSums.clone();
  }

  /** A copy of the window's arm indices, oldest first. */
  public int[] windowArms() {
    return windowArms.clone();
  }

  /** A copy of the window's rewards, oldest first. */
  public double[] windowRewards() {
    return windowRewards.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlidingWindowState s
        && sameHeader(s)
        && Arrays.equals(pulls, s.pulls)
        && Arrays.equals(windowSums, s.windowSums)
        && Arrays.equals(windowArms, s.windowArms)
        && Arrays.equals(windowRewards, s.windowRewards);
  }

  @Override
  public int hashCode() {
    return hashWith(pulls, windowSums, windowArms, windowRewards);
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("pulls", pulls).add("window", windowArms.length + " pairs");
  }
}
