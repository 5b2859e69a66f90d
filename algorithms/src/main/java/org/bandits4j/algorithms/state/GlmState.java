package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the generalised-linear policies (UCB-GLM, logistic Thompson sampling): per-arm feedback
 * counts and reward sums, the whole history of (feature row, reward) pairs their maximum-likelihood
 * fits need, the current estimate {@code θ̂} (the warm start of the next fit), and {@code
 * refitLogDet}, the log-determinant of the design matrix at the last refit (for the lazy refit
 * schedule).
 *
 * <p>JSON {@code data} (version 1): {@code {"pulls": [...], "sums": [...], "theta": [...],
 * "refitLogDet": x, "rows": [[...], ...], "rewards": [...]}}.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class GlmState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  /** The JSON format of this state. */
  public static final StateFormat FORMAT = new Format();

  private final long[] pulls;
  private final double[] sums;
  private final double[] theta;
  private final double refitLogDet;
  private final double[][] rows;
  private final double[] rewards;

  /**
   * Copies and checks the shape.
   *
   * @throws IllegalArgumentException if a component is null, the counters do not have one entry per
   *     arm, the rows and rewards differ in number, a row differs from {@code theta} in length, or
   *     a number is not finite
   */
  public GlmState(
      PolicySpec<?> spec,
      ArmSet arms,
      long step,
      long[] pulls,
      double[] sums,
      double[] theta,
      double refitLogDet,
      double[][] rows,
      double[] rewards) {
    super(spec, arms, step, VERSION);
    requireComponents(pulls, sums, theta, rows, rewards);
    requirePullsAndSums(pulls, sums, "sum");
    if (rows.length != rewards.length) {
      throw new IllegalArgumentException(
          "state must have one reward per row: " + rows.length + " rows, " + rewards.length);
    }
    if (!Double.isFinite(refitLogDet)) {
      throw new IllegalArgumentException("refitLogDet must be finite, was " + refitLogDet);
    }
    this.rows = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] == null || rows[i].length != theta.length) {
        throw new IllegalArgumentException(
            "row " + i + " must have " + theta.length + " features like theta");
      }
      this.rows[i] = rows[i].clone();
    }
    this.pulls = pulls.clone();
    this.sums = sums.clone();
    this.theta = theta.clone();
    this.refitLogDet = refitLogDet;
    this.rewards = rewards.clone();
  }

  /** A copy of the per-arm feedback counts. */
  public long[] pulls() {
    return pulls.clone();
  }

  /** A copy of the per-arm reward sums. */
  public double[] sums() {
    return sums.clone();
  }

  /** A copy of the estimate. */
  public double[] theta() {
    return theta.clone();
  }

  /** The design matrix's log-determinant at the last refit. */
  public double refitLogDet() {
    return refitLogDet;
  }

  /** Number of rows in the history. */
  public int size() {
    return rows.length;
  }

  /** A copy of history row {@code i}. */
  public double[] row(int i) {
    return rows[i].clone();
  }

  /** The reward of history row {@code i}. */
  public double reward(int i) {
    return rewards[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlmState s
        && sameHeader(s)
        && Arrays.equals(pulls, s.pulls)
        && Arrays.equals(sums, s.sums)
        && Arrays.equals(theta, s.theta)
        && Double.compare(refitLogDet, s.refitLogDet) == 0
        && Arrays.deepEquals(rows, s.rows)
        && Arrays.equals(rewards, s.rewards);
  }

  @Override
  public int hashCode() {
    return hashWith(pulls, theta, rows, rewards);
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("rows", rows.length).add("theta", theta);
  }

  private static final class Format extends TypedFormat<GlmState> {
    Format() {
      super(GlmState.class, "GLM", VERSION);
    }

    @Override
    ObjectNode data(GlmState s, JsonNodeFactory nodes) {
      ObjectNode data = nodes.objectNode();
      JsonFields.putLongs(data, "pulls", s.pulls);
      JsonFields.putDoubles(data, "sums", s.sums);
      JsonFields.putDoubles(data, "theta", s.theta);
      data.put("refitLogDet", s.refitLogDet);
      JsonFields.putRows(data, "rows", s.rows);
      JsonFields.putDoubles(data, "rewards", s.rewards);
      return data;
    }

    @Override
    public PolicyState read(
        PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
      long[] pulls = JsonFields.longs(data, "pulls", "data.pulls", arms.size());
      double[] sums = JsonFields.doubles(data, "sums", "data.sums", arms.size());
      double[] theta =
          JsonFields.doubles(JsonFields.member(data, "theta", "data.theta"), "data.theta", -1);
      JsonNode logDet = JsonFields.member(data, "refitLogDet", "data.refitLogDet");
      if (!logDet.isNumber() || !Double.isFinite(logDet.asDouble())) {
        throw new IllegalArgumentException(
            "state JSON: 'data.refitLogDet' must be a finite number, was " + logDet);
      }
      double[] rewards =
          JsonFields.doubles(
              JsonFields.member(data, "rewards", "data.rewards"), "data.rewards", -1);
      JsonNode rowsNode = JsonFields.member(data, "rows", "data.rows");
      if (!rowsNode.isArray() || rowsNode.size() != rewards.length) {
        throw new IllegalArgumentException(
            "state JSON: 'data.rows' must be an array of "
                + rewards.length
                + " rows (one per reward), was "
                + (rowsNode.isArray() ? rowsNode.size() + " rows" : rowsNode.toString()));
      }
      double[][] rows = new double[rewards.length][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = JsonFields.doubles(rowsNode.get(i), "data.rows[" + i + "]", theta.length);
      }
      try {
        return new GlmState(spec, arms, step, pulls, sums, theta, logDet.asDouble(), rows, rewards);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("state JSON: 'data': " + e.getMessage(), e);
      }
    }
  }
}
