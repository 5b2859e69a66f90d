package org.bandits4j.algorithms.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The array writers of {@link JsonFields} and their agreement with its strict readers. */
class JsonFieldsTest {

  private static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  @Test
  void writersProduceTheDocumentedArraysInMemberOrder() {
    ObjectNode data = object();
    JsonFields.putLongs(data, "pulls", new long[] {3, 0, Long.MAX_VALUE});
    JsonFields.putDoubles(data, "sums", new double[] {1.5, -0.25});
    JsonFields.putInts(data, "arms", new int[] {2, 0});
    JsonFields.putRows(data, "rows", new double[][] {{1.0}, {}, {2.5, 3.0}});
    JsonFields.putRows(data, "gram", new double[] {1, 2, 3, 4, 5, 6}, 3);
    JsonFields.putRows(data, "wins", new long[] {0, 2, 4, 0}, 2);
    JsonFields.putLongs(data, "empty", new long[0]);
    JsonFields.putRows(data, "none", new long[0], 0);
    assertEquals(
        "{\"pulls\":[3,0,9223372036854775807],\"sums\":[1.5,-0.25],\"arms\":[2,0],"
            + "\"rows\":[[1.0],[],[2.5,3.0]],\"gram\":[[1.0,2.0,3.0],[4.0,5.0,6.0]],"
            + "\"wins\":[[0,2],[4,0]],\"empty\":[],\"none\":[]}",
        data.toString());
  }

  @Test
  void readersReadWhatTheWritersWrite() {
    ObjectNode data = object();
    long[] pulls = {7, 1, 0};
    double[] sums = {0.1, 1e-300, -3.0};
    double[][] rows = {{0.5, 0.25}, {1.0 / 3, -2.0}};
    JsonFields.putLongs(data, "pulls", pulls);
    JsonFields.putDoubles(data, "sums", sums);
    JsonFields.putRows(data, "rows", rows);
    JsonFields.putRows(data, "wins", new long[] {1, 2, 3, 4}, 2);
    assertArrayEquals(pulls, JsonFields.longs(data, "pulls", "data.pulls", 3));
    assertArrayEquals(sums, JsonFields.doubles(data, "sums", "data.sums", 3));
    JsonNode rowNodes = JsonFields.array(data, "rows", "data.rows", 2);
    for (int i = 0; i < rows.length; i++) {
      assertArrayEquals(rows[i], JsonFields.doubles(rowNodes.get(i), "data.rows[" + i + "]", 2));
    }
    JsonNode wins = JsonFields.array(data, "wins", "data.wins", 2);
    assertArrayEquals(new long[] {3, 4}, JsonFields.longs(wins, 1, "data.wins[1]", 2));
  }

  @Test
  void readersNameThePathAndTheValue() {
    ObjectNode data = object();
    data.putArray("pulls").add(1).add(2.5);
    data.putArray("sums").add(1.0).add("x");
    data.putArray("rows").addArray().add(1.0);
    data.put("scalar", 3);
    assertMessage(
        "state JSON: 'data.pulls[1]' must be an integer, was 2.5",
        () -> JsonFields.longs(data, "pulls", "data.pulls", 2));
    assertMessage(
        "state JSON: 'data.sums[1]' must be a finite number, was \"x\"",
        () -> JsonFields.doubles(data, "sums", "data.sums", -1));
    assertMessage(
        "state JSON: 'data.sums' must have 3 entries (one per arm), has 2",
        () -> JsonFields.doubles(data, "sums", "data.sums", 3));
    assertMessage(
        "state JSON: 'data.rows[0]' must have 2 entries, has 1",
        () -> JsonFields.longs(data.get("rows"), 0, "data.rows[0]", 2));
    assertMessage(
        "state JSON: 'data.rows[1]' must be an array, was null",
        () -> JsonFields.longs(data.get("rows"), 1, "data.rows[1]", 1));
    assertMessage(
        "state JSON: 'data.scalar' must be an array, was 3",
        () -> JsonFields.doubles(data.get("scalar"), "data.scalar", -1));
    assertMessage(
        "state JSON: missing member 'data.gone'",
        () -> JsonFields.longs(data, "gone", "data.gone", -1));
  }

  private static void assertMessage(String expected, Runnable read) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, read::run).getMessage());
  }
}
