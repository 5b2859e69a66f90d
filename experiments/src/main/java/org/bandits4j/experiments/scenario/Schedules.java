package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.env.MeanSchedule;

/**
 * Reads the piecewise-constant mean schedules of the non-stationary environment types: exactly one
 * of
 *
 * <pre>{@code
 * segments: [{start: 1, means: [0.9, 0.5]}, {start: 5001, means: [0.5, 0.9]}]
 * rotating: {breakpoints: 4, base: [0.9, 0.5, 0.3]}   # MeanSchedule.rotating over the horizon
 * decoy: {arms: 2}                                      # MeanSchedule.decoy over the horizon
 * }</pre>
 *
 * The generated schedules ({@code rotating}, {@code decoy}) span the experiment's largest horizon.
 */
final class Schedules {

  static final Set<String> FIELDS = Set.of("segments", "rotating", "decoy");

  static final List<ParameterDoc> DOCS =
      List.of(
          new ParameterDoc(
              "segments", "{start, means}[]", "-", "segments; the first starts at round 1"),
          new ParameterDoc(
              "rotating",
              "{breakpoints, base}",
              "-",
              "base means rotated right at evenly spaced breakpoints over the horizon"),
          new ParameterDoc(
              "decoy", "{arms}", "-", "EXP3's decoy schedule: 10 blocks, arm 1 best overall"));

  private Schedules() {}

  /** The schedule of an environment entry; exactly one of the three fields must be given. */
  static MeanSchedule parse(ObjectNode node, String path, long horizon) {
    int given = 0;
    for (String f : FIELDS) {
      given += Fields.has(node, f) ? 1 : 0;
    }
    if (given != 1) {
      throw new ConfigException(path, "give exactly one of 'segments', 'rotating' or 'decoy'");
    }
    try {
      if (Fields.has(node, "segments")) {
        return segments(node.get("segments"), Fields.at(path, "segments"));
      }
      if (Fields.has(node, "rotating")) {
        JsonNode r = node.get("rotating");
        String at = Fields.at(path, "rotating");
        Fields.onlyKnown(r, Set.of("breakpoints", "base"), at);
        int breakpoints =
            (int)
                Fields.integer(
                    Fields.required(r, "breakpoints", at),
                    Fields.at(at, "breakpoints"),
                    0,
                    Integer.MAX_VALUE);
        double[] base = Fields.numbers(Fields.required(r, "base", at), Fields.at(at, "base"));
        return MeanSchedule.rotating(horizon, breakpoints, base);
      }
      JsonNode d = node.get("decoy");
      String at = Fields.at(path, "decoy");
      Fields.onlyKnown(d, Set.of("arms"), at);
      int arms =
          (int)
              Fields.integer(
                  Fields.required(d, "arms", at), Fields.at(at, "arms"), 2, Integer.MAX_VALUE);
      return MeanSchedule.decoy(arms, horizon);
    } catch (ConfigException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
  }

  private static MeanSchedule segments(JsonNode value, String path) {
    if (!value.isArray() || value.isEmpty()) {
      throw new ConfigException(path, "must be a non-empty array of {start, means}");
    }
    long[] starts = new long[value.size()];
    double[][] means = new double[value.size()][];
    for (int j = 0; j < starts.length; j++) {
      JsonNode s = value.get(j);
      String at = path + "[" + j + "]";
      if (!s.isObject()) {
        throw new ConfigException(at, "must be an object {start, means}");
      }
      Fields.onlyKnown(s, Set.of("start", "means"), at);
      starts[j] =
          Fields.integer(
              Fields.required(s, "start", at), Fields.at(at, "start"), 1, Long.MAX_VALUE);
      means[j] = Fields.numbers(Fields.required(s, "means", at), Fields.at(at, "means"));
    }
    return new MeanSchedule(starts, means);
  }

  /** {@code 3 segments over 2 arms, breakpoints at 5001, 10001}. */
  static String describe(MeanSchedule schedule) {
    StringBuilder out =
        new StringBuilder()
            .append(schedule.segments())
            .append(schedule.segments() == 1 ? " segment" : " segments")
            .append(" over ")
            .append(schedule.arms())
            .append(" arms");
    if (schedule.segments() > 1) {
      out.append(", breakpoints at ");
      for (int j = 1; j < Math.min(schedule.segments(), 8); j++) {
        out.append(j > 1 ? ", " : "").append(schedule.start(j));
      }
      if (schedule.segments() > 8) {
        out.append(", ...");
      }
    }
    out.append("; first means ").append(Describe.numbers(schedule.means(0)));
    return out.toString();
  }

  /** A string that changes with the schedule. */
  static String fingerprint(MeanSchedule schedule) {
    StringBuilder out = new StringBuilder();
    for (int j = 0; j < schedule.segments(); j++) {
      out.append(schedule.start(j)).append(java.util.Arrays.toString(schedule.means(j)));
    }
    return out.toString();
  }
}
