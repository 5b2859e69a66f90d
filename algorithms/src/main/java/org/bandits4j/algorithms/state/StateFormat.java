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

  /**
   * As {@link #write(PolicyState, JsonNodeFactory)}, for formats whose states nest other policies'
   * states (they write those through {@code codec}); the codec calls this form.
   */
  default ObjectNode write(PolicyState state, JsonNodeFactory nodes, StateCodec codec) {
    return write(state, nodes);
  }

  /**
   * As {@link #read(PolicySpec, ArmSet, long, int, JsonNode)}, for formats whose states nest other
   * policies' states (they read those through {@code codec}); the codec calls this form.
   */
  default PolicyState read(
      PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data, StateCodec codec) {
    return read(spec, arms, step, version, data);
  }

  /** The format of {@link DuelingState}. */
  StateFormat DUELING =
      new StateFormat() {
        @Override
        public int version() {
          return DuelingState.VERSION;
        }

        @Override
        public ObjectNode write(PolicyState state, JsonNodeFactory nodes) {
          if (!(state instanceof DuelingState s)) {
            throw new IllegalArgumentException(
                "not a dueling state: " + state.getClass().getName());
          }
          ObjectNode data = nodes.objectNode();
          JsonFields.putRows(data, "halfWins", s.halfWins(), s.arms().size());
          ObjectNode extras = data.putObject("extras");
          for (String name : s.extraNames()) {
            JsonFields.putLongs(extras, name, s.extra(name));
          }
          return data;
        }

        @Override
        public PolicyState read(
            PolicySpec<?> spec, ArmSet arms, long step, int version, JsonNode data) {
          int k = arms.size();
          JsonNode rows = JsonFields.array(data, "halfWins", "data.halfWins", k);
          long[] w = new long[k * k];
          for (int i = 0; i < k; i++) {
            long[] row = JsonFields.longs(rows, i, "data.halfWins[" + i + "]", k);
            System.arraycopy(row, 0, w, i * k, k);
          }
          JsonNode extras = JsonFields.member(data, "extras", "data.extras");
          if (!extras.isObject()) {
            throw new IllegalArgumentException(
                "state JSON: 'data.extras' must be an object, was " + extras);
          }
          java.util.Map<String, long[]> named = new java.util.LinkedHashMap<>();
          for (var e : extras.properties()) {
            named.put(
                e.getKey(), JsonFields.longs(extras, e.getKey(), "data.extras." + e.getKey(), -1));
          }
          return new DuelingState(spec, arms, step, w, named);
        }
      };

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
          JsonFields.putLongs(data, "pulls", s.pulls());
          JsonFields.putDoubles(data, "sums", s.sums());
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
