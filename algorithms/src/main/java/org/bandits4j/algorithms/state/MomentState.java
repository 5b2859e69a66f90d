package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the policies whose sufficient statistic is, per arm, the number of rewards learned,
 * their sum and their sum of squared deviations from the arm's mean ({@code M2 = sum (x - mean)²},
 * kept by Welford's update and merged by Chan, Golub and LeVeque's pairwise formula): UCB-V,
 * UCB1-Tuned and Normal–Gamma Thompson sampling.
 *
 * <p>JSON {@code data} (version 1): {@code {"pulls": [long...], "sums": [double...], "m2":
 * [double...]}}, one entry per arm in {@link #arms()} order, in the reward's own units.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class MomentState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  private final long[] pulls;
  private final double[] sums;
  private final double[] m2;

  /**
   * Copies the arrays and checks the shape.
   *
   * @param spec the spec of the policy that produced it
   * @param arms the arms, in order
   * @param step the decision counter
   * @param pulls rewards learned per arm
   * @param sums sum of rewards per arm
   * @param m2 sum of squared deviations from the arm's mean, per arm
   * @throws IllegalArgumentException if a component is null or the arrays do not have one entry per
   *     arm
   */
  public MomentState(
      PolicySpec<?> spec, ArmSet arms, long step, long[] pulls, double[] sums, double[] m2) {
    super(spec, arms, step, VERSION);
    requireComponents(pulls, sums, m2);
    if (pulls.length != arms.size() || sums.length != arms.size() || m2.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one pull count, sum and m2 per arm: "
              + arms.size()
              + " arms, "
              + pulls.length
              + " pulls, "
              + sums.length
              + " sums, "
              + m2.length
              + " m2");
    }
    this.pulls = pulls.clone();
    this.sums = sums.clone();
    this.m2 = m2.clone();
  }

  /** A copy of the pull counts. */
  public long[] pulls() {
    return pulls.clone();
  }

  /** A copy of the reward sums. */
  public double[] sums() {
    return sums.clone();
  }

  /** A copy of the sums of squared deviations from each arm's mean. */
  public double[] m2() {
    return m2.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MomentState s
        && sameHeader(s)
        && Arrays.equals(pulls, s.pulls)
        && Arrays.equals(sums, s.sums)
        && Arrays.equals(m2, s.m2);
  }

  @Override
  public int hashCode() {
    return hashWith(pulls, sums, m2);
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("pulls", pulls).add("sums", sums).add("m2", m2);
  }

  /** The JSON format of this state (register it with every policy that uses this state). */
  public static final StateFormat FORMAT =
      new TypedFormat<>(MomentState.class, "moment", VERSION) {
        @Override
        ObjectNode data(MomentState s, JsonNodeFactory nodes) {
          ObjectNode data = nodes.objectNode();
          JsonFields.putLongs(data, "pulls", s.pulls);
          JsonFields.putDoubles(data, "sums", s.sums);
          JsonFields.putDoubles(data, "m2", s.m2);
          return data;
        }

        @Override
        public PolicyState read(
            PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
          long[] pulls = JsonFields.longs(data, "pulls", "data.pulls", arms.size());
          double[] sums = JsonFields.doubles(data, "sums", "data.sums", arms.size());
          double[] m2 = JsonFields.doubles(data, "m2", "data.m2", arms.size());
          return new MomentState(spec, arms, step, pulls, sums, m2);
        }
      };
}
