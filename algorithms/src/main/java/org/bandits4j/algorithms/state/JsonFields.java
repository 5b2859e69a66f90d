package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;

/** Strict readers for JSON members; every error names the JSON path and the offending value. */
final class JsonFields {

  private JsonFields() {}

  static JsonNode member(JsonNode parent, String name, String path) {
    JsonNode node = parent == null ? null : parent.get(name);
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException("state JSON: missing member '" + path + "'");
    }
    return node;
  }

  static String text(JsonNode parent, String name, String path) {
    JsonNode node = member(parent, name, path);
    if (!node.isTextual()) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must be a string, was " + node);
    }
    return node.asText();
  }

  static long integral(JsonNode parent, String name, String path) {
    JsonNode node = member(parent, name, path);
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must be an integer, was " + node);
    }
    return node.asLong();
  }

  static JsonNode array(JsonNode parent, String name, String path, int length) {
    JsonNode node = member(parent, name, path);
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must be an array, was " + node);
    }
    if (length >= 0 && node.size() != length) {
      throw new IllegalArgumentException(
          "state JSON: '"
              + path
              + "' must have "
              + length
              + " entries (one per arm), has "
              + node.size());
    }
    return node;
  }

  static long[] longs(JsonNode parent, String name, String path, int length) {
    JsonNode array = array(parent, name, path, length);
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode v = array.get(i);
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw new IllegalArgumentException(
            "state JSON: '" + path + "[" + i + "]' must be an integer, was " + v);
      }
      out[i] = v.asLong();
    }
    return out;
  }

  /** The integer array at position {@code index} of a JSON array. */
  static long[] longs(JsonNode array, int index, String path, int length) {
    JsonNode node = array.get(index);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must be an array, was " + node);
    }
    if (node.size() != length) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must have " + length + " entries, has " + node.size());
    }
    long[] out = new long[length];
    for (int i = 0; i < length; i++) {
      JsonNode v = node.get(i);
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw new IllegalArgumentException(
            "state JSON: '" + path + "[" + i + "]' must be an integer, was " + v);
      }
      out[i] = v.asLong();
    }
    return out;
  }

  static double[] doubles(JsonNode parent, String name, String path, int length) {
    JsonNode array = array(parent, name, path, length);
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode v = array.get(i);
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new IllegalArgumentException(
            "state JSON: '" + path + "[" + i + "]' must be a finite number, was " + v);
      }
      out[i] = v.asDouble();
    }
    return out;
  }

  /**
   * The finite numbers of an array node at {@code path}, which must have {@code length} entries
   * (any number if {@code length < 0}).
   */
  static double[] doubles(JsonNode array, String path, int length) {
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must be an array, was " + array);
    }
    if (length >= 0 && array.size() != length) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must have " + length + " entries, has " + array.size());
    }
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode v = array.get(i);
      if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
        throw new IllegalArgumentException(
            "state JSON: '" + path + "[" + i + "]' must be a finite number, was " + v);
      }
      out[i] = v.asDouble();
    }
    return out;
  }
}
