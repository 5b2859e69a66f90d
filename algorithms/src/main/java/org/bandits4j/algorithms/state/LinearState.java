package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bandits4j.algorithms.linalg.RidgeStatistics;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the ridge-based contextual policies (LinUCB, hybrid LinUCB, OFUL, linear Thompson
 * sampling, SupLinUCB): per-arm feedback counts and reward sums, and the raw statistics of each of
 * the policy's ridge models ({@link RidgeStatistics}: {@code G = Σ x xᵀ}, {@code b = Σ r x}, the
 * row count). Derived factors (inverses, Cholesky factors, estimates) are not stored; policies
 * recompute them on restore, and refactorise before a snapshot so that the restored policy is in
 * lockstep with the original.
 *
 * <p>JSON {@code data} (version 1):
 *
 * <pre>{@code
 * {"pulls": [long...], "sums": [double...],          // one per arm
 *  "models": [{"count": n, "gram": [[...], ...], "moment": [...]}, ...],
 *  "published": [ ... same form ... ]}               // lazy updates only, else []
 * }</pre>
 *
 * <p>Which model is which is the policy's documented layout (one per arm in arm order, one shared,
 * one per SupLinUCB level).
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class LinearState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  /** The JSON format of this state. */
  public static final StateFormat FORMAT = new Format();

  private final long[] pulls;
  private final double[] sums;
  private final List<RidgeStatistics> models;
  private final List<RidgeStatistics> published;

  /**
   * Copies and checks the shape.
   *
   * @throws IllegalArgumentException if a component is null or the counters do not have one entry
   *     per arm, or {@code published} is neither empty nor one per model
   */
  public LinearState(
      PolicySpec<?> spec,
      ArmSet arms,
      long step,
      long[] pulls,
      double[] sums,
      List<RidgeStatistics> models,
      List<RidgeStatistics> published) {
    super(spec, arms, step, VERSION);
    requireComponents(pulls, sums, models, published);
    requirePullsAndSums(pulls, sums, "sum");
    if (!published.isEmpty() && published.size() != models.size()) {
      throw new IllegalArgumentException(
          "published statistics must be empty or one per model: "
              + models.size()
              + " models, "
              + published.size()
              + " published");
    }
    this.pulls = pulls.clone();
    this.sums = sums.clone();
    this.models = List.copyOf(models);
    this.published = List.copyOf(published);
  }

  /** A copy of the per-arm feedback counts. */
  public long[] pulls() {
    return pulls.clone();
  }

  /** A copy of the per-arm reward sums. */
  public double[] sums() {
    return sums.clone();
  }

  /** The models' current statistics. */
  public List<RidgeStatistics> models() {
    return models;
  }

  /** The models' published statistics (lazy updates), or empty. */
  public List<RidgeStatistics> published() {
    return published;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearState s
        && sameHeader(s)
        && Arrays.equals(pulls, s.pulls)
        && Arrays.equals(sums, s.sums)
        && models.equals(s.models)
        && published.equals(s.published);
  }

  @Override
  public int hashCode() {
    return hashWith(pulls, sums, models, published);
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("pulls", pulls).add("models", models);
  }

  private static final class Format extends TypedFormat<LinearState> {
    Format() {
      super(LinearState.class, "linear", VERSION);
    }

    @Override
    ObjectNode data(LinearState s, JsonNodeFactory nodes) {
      ObjectNode data = nodes.objectNode();
      JsonFields.putLongs(data, "pulls", s.pulls);
      JsonFields.putDoubles(data, "sums", s.sums);
      writeModels(data.putArray("models"), s.models);
      writeModels(data.putArray("published"), s.published);
      return data;
    }

    private static void writeModels(ArrayNode out, List<RidgeStatistics> models) {
      for (RidgeStatistics m : models) {
        ObjectNode node = out.addObject();
        node.put("count", m.count());
        JsonFields.putRows(node, "gram", m.gram(), m.dimension());
        JsonFields.putDoubles(node, "moment", m.moment());
      }
    }

    @Override
    public PolicyState read(
        PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
      long[] pulls = JsonFields.longs(data, "pulls", "data.pulls", arms.size());
      double[] sums = JsonFields.doubles(data, "sums", "data.sums", arms.size());
      List<RidgeStatistics> models = readModels(data, "models");
      List<RidgeStatistics> published = readModels(data, "published");
      try {
        return new LinearState(spec, arms, step, pulls, sums, models, published);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("state JSON: 'data': " + e.getMessage(), e);
      }
    }

    private static List<RidgeStatistics> readModels(JsonNode data, String name) {
      JsonNode array = JsonFields.array(data, name, "data." + name, -1);
      List<RidgeStatistics> out = new ArrayList<>(array.size());
      for (int m = 0; m < array.size(); m++) {
        String path = "data." + name + "[" + m + "]";
        JsonNode node = array.get(m);
        long count = JsonFields.integral(node, "count", path + ".count");
        double[] moment =
            JsonFields.doubles(
                JsonFields.member(node, "moment", path + ".moment"), path + ".moment", -1);
        int d = moment.length;
        JsonNode rows = JsonFields.member(node, "gram", path + ".gram");
        if (!rows.isArray() || rows.size() != d) {
          throw new IllegalArgumentException(
              "state JSON: '" + path + ".gram' must be an array of " + d + " rows, was " + rows);
        }
        double[] gram = new double[d * d];
        for (int i = 0; i < d; i++) {
          double[] row = JsonFields.doubles(rows.get(i), path + ".gram[" + i + "]", d);
          System.arraycopy(row, 0, gram, i * d, d);
        }
        try {
          out.add(new RidgeStatistics(gram, moment, count));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("state JSON: '" + path + "': " + e.getMessage(), e);
        }
      }
      return out;
    }
  }
}
