package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the policies that keep every reward, per arm, in arrival order: the robust-mean index
 * policies of heavy-tailed bandits, whose estimators depend on the whole sample and on the round.
 *
 * <p>JSON {@code data} (version 1): {@code {"samples": [[double...], ...]}}, one array per arm in
 * {@link #arms()} order, each in arrival order.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class SampleHistoryState implements PolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  private final PolicySpec<?> spec;
  private final ArmSet arms;
  private final long step;
  private final double[][] samples;

  /**
   * Copies the arrays and checks the shape.
   *
   * @param spec the spec of the policy that produced it
   * @param arms the arms, in order
   * @param step the decision counter
   * @param samples per arm, its rewards in arrival order
   * @throws IllegalArgumentException if a component is null or there is not one array per arm
   */
  public SampleHistoryState(PolicySpec<?> spec, ArmSet arms, long step, double[][] samples) {
    if (spec == null || arms == null || samples == null) {
      throw new IllegalArgumentException("state components must not be null");
    }
    if (samples.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one sample array per arm: "
              + arms.size()
              + " arms, "
              + samples.length
              + " arrays");
    }
    this.spec = spec;
    this.arms = arms;
    this.step = step;
    this.samples = new double[samples.length][];
    for (int i = 0; i < samples.length; i++) {
      if (samples[i] == null) {
        throw new IllegalArgumentException("samples of arm '" + arms.get(i).id() + "' are null");
      }
      this.samples[i] = samples[i].clone();
    }
  }

  @Override
  public PolicySpec<?> spec() {
    return spec;
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public int version() {
    return VERSION;
  }

  /** A copy of the rewards of arm {@code i}, in arrival order. */
  public double[] samples(int i) {
    return samples[i].clone();
  }

  /** Number of rewards of arm {@code i}. */
  public int count(int i) {
    return samples[i].length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleHistoryState s
        && spec.equals(s.spec)
        && arms.equals(s.arms)
        && step == s.step
        && Arrays.deepEquals(samples, s.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec, arms, step, Arrays.deepHashCode(samples));
  }

  @Override
  public String toString() {
    StringBuilder counts = new StringBuilder("[");
    for (int i = 0; i < samples.length; i++) {
      counts.append(i == 0 ? "" : ", ").append(samples[i].length);
    }
    return "SampleHistoryState[policy="
        + spec.name()
        + ", arms="
        + arms
        + ", step="
        + step
        + ", counts="
        + counts
        + "]]";
  }

  /** The JSON format of this state (register it with every policy that uses this state). */
  public static final StateFormat FORMAT =
      new StateFormat() {
        @Override
        public int version() {
          return VERSION;
        }

        @Override
        public ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
          if (!(state instanceof SampleHistoryState s)) {
            throw new IllegalArgumentException(
                "not a sample-history state: " + state.getClass().getName());
          }
          ObjectNode data = nodes.objectNode();
          ArrayNode all = data.putArray("samples");
          for (double[] arm : s.samples) {
            ArrayNode values = all.addArray();
            for (double x : arm) {
              values.add(x);
            }
          }
          return data;
        }

        @Override
        public PolicyState read(
            PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
          JsonNode all = JsonFields.array(data, "samples", "data.samples", arms.size());
          double[][] samples = new double[arms.size()][];
          for (int i = 0; i < samples.length; i++) {
            JsonNode values = all.get(i);
            String path = "data.samples[" + i + "]";
            if (!values.isArray()) {
              throw new IllegalArgumentException(
                  "state JSON: '" + path + "' must be an array, was " + values);
            }
            samples[i] = new double[values.size()];
            for (int j = 0; j < samples[i].length; j++) {
              JsonNode v = values.get(j);
              if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw new IllegalArgumentException(
                    "state JSON: '" + path + "[" + j + "]' must be a finite number, was " + v);
              }
              samples[i][j] = v.asDouble();
            }
          }
          return new SampleHistoryState(spec, arms, step, samples);
        }
      };
}
