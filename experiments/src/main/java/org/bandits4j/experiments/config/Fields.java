package org.bandits4j.experiments.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict readers of experiment-file fields. Every failure is a {@link ConfigException} whose path
 * names the field (for example {@code environments[0].means[1]}).
 *
 * <p>Environment types use these to read their own parameters, so all errors read alike.
 */
public final class Fields {

  private Fields() {}

  /** The path of {@code field} inside the object at {@code path} ({@code ""} is the root). */
  public static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /**
   * Rejects fields of {@code node} outside {@code known}.
   *
   * @throws ConfigException naming the first unknown field and listing the known ones
   */
  public static void onlyKnown(JsonNode node, Set<String> known, String path) {
    for (var it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!known.contains(field)) {
        throw new ConfigException(
            at(path, field), "unknown field; known fields are " + new TreeSet<>(known));
      }
    }
  }

  /** Whether {@code node} has a non-null {@code field}. */
  public static boolean has(JsonNode node, String field) {
    return node.hasNonNull(field);
  }

  /**
   * The value of a required field.
   *
   * @throws ConfigException if it is missing or null
   */
  public static JsonNode required(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ConfigException(at(path, field), "is required");
    }
    return value;
  }

  /** A required non-blank string field. */
  public static String text(JsonNode node, String field, String path) {
    return text(required(node, field, path), at(path, field));
  }

  /** A non-blank string value. */
  public static String text(JsonNode value, String path) {
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new ConfigException(path, "must be a non-blank string, was " + value);
    }
    return value.asText();
  }

  /** An integer value. */
  public static long integer(JsonNode value, String path) {
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new ConfigException(path, "must be an integer, was " + value);
    }
    return value.asLong();
  }

  /** An integer value in {@code [min, max]}. */
  public static long integer(JsonNode value, String path, long min, long max) {
    long v = integer(value, path);
    if (v < min || v > max) {
      throw new ConfigException(path, "must be in [" + min + ", " + max + "], was " + v);
    }
    return v;
  }

  /** A boolean value. */
  public static boolean bool(JsonNode value, String path) {
    if (!value.isBoolean()) {
      throw new ConfigException(path, "must be true or false, was " + value);
    }
    return value.asBoolean();
  }

  /** A finite number. */
  public static double number(JsonNode value, String path) {
    if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw new ConfigException(path, "must be a finite number, was " + value);
    }
    return value.asDouble();
  }

  /** A non-empty array of finite numbers. */
  public static double[] numbers(JsonNode value, String path) {
    if (!value.isArray() || value.isEmpty()) {
      throw new ConfigException(path, "must be a non-empty array of numbers, was " + value);
    }
    double[] out = new double[value.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(value.get(i), path + "[" + i + "]");
    }
    return out;
  }

  /** A non-empty array of integers. */
  public static long[] integers(JsonNode value, String path) {
    if (!value.isArray() || value.isEmpty()) {
      throw new ConfigException(path, "must be a non-empty array of integers, was " + value);
    }
    long[] out = new long[value.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = integer(value.get(i), path + "[" + i + "]");
    }
    return out;
  }
}
