package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * How one kind of {@link PolicyState} is written to and read from the {@code data} member of the
 * state JSON (see {@link StateCodec} for the envelope).
 *
 * <p>A format writes its current {@link #version()} and reads every version it ever wrote, so old
 * state files stay readable.
 */
public interface StateFormat {

  /** The version this format writes. */
  int version();

  /**
   * The {@code data} member for a state of this kind.
   *
   * @throws IllegalArgumentException if the state is not of this kind
   */
  ObjectNode write(PolicyState state, JsonNodeFactory nodes);

  /**
   * Rebuilds a state from the envelope fields and the {@code data} member.
   *
   * @param version the version the file declares, {@code 1 <= version <= version()}
   * @throws IllegalArgumentException naming the JSON path and the bad value if {@code data} is
   *     malformed
   */
  PolicyState read(PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data);

  /** The format of {@link SampleMeanState}. */
  StateFormat SAMPLE_MEAN =
      new StateFormat() {
        @Override
        public int version() {
          return SampleMeanState.VERSION;
        }

        @Override
        public ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
          if (!(state instanceof SampleMeanState s)) {
            throw new IllegalArgumentException(
                "not a sample-mean state: " + state.getClass().getName());
          }
          ObjectNode data = nodes.objectNode();
          var pulls = data.putArray("pulls");
          for (long n : s.pulls()) {
            pulls.add(n);
          }
          var sums = data.putArray("sums");
          for (double x : s.sums()) {
            sums.add(x);
          }
          return data;
        }

        @Override
        public PolicyState read(
            PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
          long[] pulls = JsonFields.longs(data, "pulls", "data.pulls", arms.size());
          double[] sums = JsonFields.doubles(data, "sums", "data.sums", arms.size());
          return new SampleMeanState(spec, arms, step, pulls, sums);
        }
      };
}
