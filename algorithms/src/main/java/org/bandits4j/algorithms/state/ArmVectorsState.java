package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the policies whose statistics are a few real vectors with one entry per arm, besides the
 * number of rewards learned per arm: discounted counts and sums (discounted UCB), discounted
 * successes and failures (discounted Thompson sampling), cumulative loss estimates (EXP3).
 *
 * <p>JSON {@code data} (version 1): {@code {"pulls": [long...], "<name>": [double...], ...}}, one
 * entry per arm in {@link #arms()} order, the vectors in the order the policy's format names them.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class ArmVectorsState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  private final long[] pulls;
  private final List<String> names;
  private final double[][] vectors;

  /**
   * Copies the arrays and checks the shape.
   *
   * @param spec the spec of the policy that produced it
   * @param arms the arms, in order
   * @param step the decision counter
   * @param pulls rewards learned per arm
   * @param names the names of the vectors
   * @param vectors the vectors, in the order of {@code names}
   * @throws IllegalArgumentException if a component is null, names and vectors differ in number, or
   *     an array does not have one entry per arm
   */
  public ArmVectorsState(
      PolicySpec<?> spec,
      ArmSet arms,
      long step,
      long[] pulls,
      List<String> names,
      List<double[]> vectors) {
    super(spec, arms, step, VERSION);
    requireComponents(pulls, names, vectors);
    if (names.size() != vectors.size()) {
      throw new IllegalArgumentException(
          names.size() + " vector names but " + vectors.size() + " vectors");
    }
    if (pulls.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one pull count per arm: " + arms.size() + " arms, " + pulls.length);
    }
    this.vectors = new double[vectors.size()][];
    for (int j = 0; j < vectors.size(); j++) {
      double[] v = vectors.get(j);
      if (v == null || v.length != arms.size()) {
        throw new IllegalArgumentException(
            "state vector '"
                + names.get(j)
                + "' must have one entry per arm: "
                + arms.size()
                + " arms, "
                + (v == null ? 0 : v.length));
      }
      this.vectors[j] = v.clone();
    }
    this.pulls = pulls.clone();
    this.names = List.copyOf(names);
  }

  /** A copy of the pull counts. */
  public long[] pulls() {
    return pulls.clone();
  }

  /** The names of the vectors, in order. */
  public List<String> names() {
    return names;
  }

  /**
   * A copy of the named vector.
   *
   * @throws IllegalArgumentException if there is no vector of that name
   */
  public double[] vector(String name) {
    int j = names.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException("state has no vector '" + name + "'; it has " + names);
    }
    return vectors[j].clone();
  }

  /**
   * The format of states with these vector names.
   *
   * @param names the vector names, written and read in this order
   */
  public static StateFormat format(String... names) {
    List<String> order = List.of(names);
    return new StateFormat() {
      @Override
      public int version() {
        return VERSION;
      }

      @Override
      public ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
        if (!(state instanceof ArmVectorsState s) || !s.names.equals(order)) {
          throw new IllegalArgumentException(
              "not an arm-vectors state with vectors " + order + ": " + state);
        }
        ObjectNode data = nodes.objectNode();
        JsonFields.putLongs(data, "pulls", s.pulls);
        for (int j = 0; j < order.size(); j++) {
          JsonFields.putDoubles(data, order.get(j), s.vectors[j]);
        }
        return data;
      }

      @Override
      public PolicyState read(
          PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
        long[] pulls = JsonFields.longs(data, "pulls", "data.pulls", arms.size());
        List<double[]> vectors = new ArrayList<>(order.size());
        for (String name : order) {
          vectors.add(JsonFields.doubles(data, name, "data." + name, arms.size()));
        }
        return new ArmVectorsState(spec, arms, step, pulls, order, vectors);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArmVectorsState s
        && sameHeader(s)
        && Arrays.equals(pulls, s.pulls)
        && names.equals(s.names)
        && Arrays.deepEquals(vectors, s.vectors);
  }

  @Override
  public int hashCode() {
    return hashWith(pulls, names, vectors);
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("pulls", pulls);
    for (int j = 0; j < names.size(); j++) {
      fields.add(names.get(j), vectors[j]);
    }
  }
}
