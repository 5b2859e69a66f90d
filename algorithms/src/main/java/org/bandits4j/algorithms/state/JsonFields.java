package org.bandits4j.algorithms.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Strict readers for JSON members, every error naming the JSON path and the offending value, and
 * the writers of the arrays the state formats hold.
 */
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

  /** The array member {@code name}, which must have one entry per arm ({@code length}) or any. */
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
    return longs(array(parent, name, path, length), path);
  }

  /** The integer array at position {@code index} of a JSON array. */
  static long[] longs(JsonNode array, int index, String path, int length) {
    return longs(arrayNode(array.get(index), path, length), path);
  }

  static double[] doubles(JsonNode parent, String name, String path, int length) {
    return doubles(array(parent, name, path, length), path);
  }

  /**
   * The finite numbers of an array node at {@code path}, which must have {@code length} entries
   * (any number if {@code length < 0}).
   */
  static double[] doubles(JsonNode array, String path, int length) {
    return doubles(arrayNode(array, path, length), path);
  }

  /** {@code node}, checked to be an array of {@code length} entries (any if negative). */
  private static JsonNode arrayNode(JsonNode node, String path, int length) {
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must be an array, was " + node);
    }
    if (length >= 0 && node.size() != length) {
      throw new IllegalArgumentException(
          "state JSON: '" + path + "' must have " + length + " entries, has " + node.size());
    }
    return node;
  }

  /** The integers of an array node at {@code path}. */
  private static long[] longs(JsonNode array, String path) {
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

  /** The finite numbers of an array node at {@code path}. */
  private static double[] doubles(JsonNode array, String path) {
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

  /** Writes {@code values} as the array member {@code name} of {@code parent}. */
  static void putLongs(ObjectNode parent, String name, long[] values) {
    ArrayNode array = parent.putArray(name);
    for (long v : values) {
      array.add(v);
    }
  }

  /** Writes {@code values} as the array member {@code name} of {@code parent}. */
  static void putInts(ObjectNode parent, String name, int[] values) {
    ArrayNode array = parent.putArray(name);
    for (int v : values) {
      array.add(v);
    }
  }

  /** Writes {@code values} as the array member {@code name} of {@code parent}. */
  static void putDoubles(ObjectNode parent, String name, double[] values) {
    addDoubles(parent.putArray(name), values, 0, values.length);
  }

  /** Writes {@code rows} as the member {@code name} of {@code parent}, an array of arrays. */
  static void putRows(ObjectNode parent, String name, double[][] rows) {
    ArrayNode array = parent.putArray(name);
    for (double[] row : rows) {
      addDoubles(array.addArray(), row, 0, row.length);
    }
  }

  /**
   * Writes a row-major matrix of {@code columns} columns as the member {@code name} of {@code
   * parent}, an array of rows.
   */
  static void putRows(ObjectNode parent, String name, double[] rowMajor, int columns) {
    ArrayNode array = parent.putArray(name);
    for (int start = 0; start < rowMajor.length; start += columns) {
      addDoubles(array.addArray(), rowMajor, start, start + columns);
    }
  }

  /**
   * Writes a row-major matrix of {@code columns} columns as the member {@code name} of {@code
   * parent}, an array of rows.
   */
  static void putRows(ObjectNode parent, String name, long[] rowMajor, int columns) {
    ArrayNode array = parent.putArray(name);
    for (int start = 0; start < rowMajor.length; start += columns) {
      ArrayNode row = array.addArray();
      for (int j = start; j < start + columns; j++) {
        row.add(rowMajor[j]);
      }
    }
  }

  private static void addDoubles(ArrayNode array, double[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      array.add(values[i]);
    }
  }
}
