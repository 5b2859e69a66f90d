package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
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
public final class SampleHistoryState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

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
    super(spec, arms, step, VERSION);
    requireComponents((Object) samples);
    if (samples.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one sample array per arm: "
              + arms.size()
              + " arms, "
              + samples.length
              + " arrays");
    }
    this.samples = new double[samples.length][];
    for (int i = 0; i < samples.length; i++) {
      if (samples[i] == null) {
        throw new IllegalArgumentException("samples of arm '" + arms.get(i).id() + "' are null");
      }
      this.samples[i] = samples[i].clone();
    }
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
        && sameHeader(s)
        && Arrays.deepEquals(samples, s.samples);
  }

  @Override
  public int hashCode() {
    return hashWith((Object) samples);
  }

  @Override
  protected void describe(Fields fields) {
    int[] counts = new int[samples.length];
    for (int i = 0; i < samples.length; i++) {
      counts[i] = samples[i].length;
    }
    fields.add("counts", counts);
  }

  /** The JSON format of this state (register it with every policy that uses this state). */
  public static final StateFormat FORMAT =
      new TypedFormat<>(SampleHistoryState.class, "sample-history", VERSION) {
        @Override
        ObjectNode data(SampleHistoryState s, JsonNodeFactory nodes) {
          ObjectNode data = nodes.objectNode();
          JsonFields.putRows(data, "samples", s.samples);
          return data;
        }

        @Override
        public PolicyState read(
            PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
          JsonNode all = JsonFields.array(data, "samples", "data.samples", arms.size());
          double[][] samples = new double[arms.size()][];
          for (int i = 0; i < samples.length; i++) {
            samples[i] = JsonFields.doubles(all.get(i), "data.samples[" + i + "]", -1);
          }
          return new SampleHistoryState(spec, arms, step, samples);
        }
      };
}
