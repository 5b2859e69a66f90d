package org.bandits4j.simulators.env;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * An environment that replays a pre-generated reward table: the reward of arm {@code i} at round
 * {@code t} is {@code table[t-1][i]}, whatever was played before. Results can thus be compared with
 * other libraries on identical draws, and adversarial (oblivious) reward sequences fixed before the
 * run are expressed directly.
 *
 * <p>Sources: rows of a CSV file (one round per line, one column per arm, an optional header line
 * of arm ids), or a raw little-endian binary file of {@code rounds × arms} values, row-major, as
 * unsigned bytes or IEEE-754 doubles ({@link ValueType}), whose shape is given by the caller.
 *
 * <p>The arm means used for pseudo-regret are the table's column means unless given with {@link
 * #withMeans(double[])} (e.g. the Bernoulli parameters the table was drawn from).
 *
 * <p>Thread safety: immutable. Memory: the table, {@code 8 × rounds × arms} bytes.
 */
public final class TableEnvironment implements Environment {

  /** The element type of a raw binary table. */
  public enum ValueType {
    /** Unsigned 8-bit integers (0..255), e.g. Bernoulli draws. */
    UINT8(1),
    /** Little-endian IEEE-754 64-bit floats. */
    FLOAT64(8);

    private final int bytes;

    ValueType(int bytes) {
      this.bytes = bytes;
    }

    /** Bytes per value. */
    public int bytes() {
      return bytes;
    }
  }

  private final ArmSet arms;
  private final int rounds;
  private final double[] table;
  private final double[] means;
  private final double best;

  private TableEnvironment(ArmSet arms, int rounds, double[] table, double[] means) {
    this.arms = arms;
    this.rounds = rounds;
    this.table = table;
    this.means = means;
    this.best = Arrays.stream(means).max().orElseThrow();
  }

  /**
   * A table from rows (rounds) of rewards, arms {@code "0" .. "K-1"}.
   *
   * @throws IllegalArgumentException if there are no rows, rows differ in length, or a value is not
   *     finite
   */
  public static TableEnvironment of(double[][] rows) {
    if (rows == null || rows.length == 0 || rows[0].length == 0) {
      throw new IllegalArgumentException("reward table needs at least one round and one arm");
    }
    return of(ArmSet.ofSize(rows[0].length), rows);
  }

  /**
   * A table from rows (rounds) of rewards for named arms.
   *
   * @throws IllegalArgumentException if there are no rows, a row's length differs from the number
   *     of arms, or a value is not finite
   */
  public static TableEnvironment of(ArmSet arms, double[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("reward table needs at least one round");
    }
    int k = arms.size();
    double[] flat = new double[Math.multiplyExact(rows.length, k)];
    for (int t = 0; t < rows.length; t++) {
      if (rows[t].length != k) {
        throw new IllegalArgumentException(
            "reward table row " + t + " has " + rows[t].length + " values, expected " + k);
      }
      for (int i = 0; i < k; i++) {
        flat[t * k + i] = finite(rows[t][i], "row " + t + ", arm " + i);
      }
    }
    return fromFlat(arms, rows.length, flat);
  }

  private static TableEnvironment fromFlat(ArmSet arms, int rounds, double[] flat) {
    int k = arms.size();
    double[] means = new double[k];
    for (int t = 0; t < rounds; t++) {
      for (int i = 0; i < k; i++) {
        means[i] += flat[t * k + i];
      }
    }
    for (int i = 0; i < k; i++) {
      means[i] /= rounds;
    }
    return new TableEnvironment(arms, rounds, flat, means);
  }

  /**
   * Reads a CSV table: one line per round, one comma-separated column per arm. If the first line is
   * not all numbers it is a header of arm ids. Blank lines are not allowed.
   *
   * @throws IllegalArgumentException naming the file, line and column of a malformed value, or a
   *     line with the wrong number of values
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TableEnvironment readCsv(Path file) {
    List<double[]> rows = new ArrayList<>();
    ArmSet arms = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] cells = line.split(",", -1);
        if (lineNo == 1 && !allNumbers(cells)) {
          List<String> ids = new ArrayList<>();
          for (String cell : cells) {
            ids.add(cell.trim());
          }
          try {
            arms = ArmSet.of(ids);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line 1 (header): " + e.getMessage(), e);
          }
          continue;
        }
        int expected =
            arms != null ? arms.size() : rows.isEmpty() ? cells.length : rows.get(0).length;
        if (cells.length != expected) {
          throw new IllegalArgumentException(
              file
                  + " line "
                  + lineNo
                  + ": expected "
                  + expected
                  + " values, found "
                  + cells.length);
        }
        double[] row = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
          row[i] = parse(cells[i], file + " line " + lineNo + " column " + (i + 1));
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reward table " + file, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + ": reward table has no rows");
    }
    double[][] data = rows.toArray(new double[0][]);
    return arms == null ? of(data) : of(arms, data);
  }

  /**
   * Reads a raw little-endian binary table of {@code rounds × arms} values, row-major.
   *
   * @throws IllegalArgumentException if the shape is not positive, the file size is not {@code
   *     rounds × arms × bytes}, or a value is not finite
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TableEnvironment readBinary(Path file, ValueType type, int rounds, int arms) {
    if (rounds < 1 || arms < 1) {
      throw new IllegalArgumentException(
          "table shape must be positive, was " + rounds + " rounds x " + arms + " arms");
    }
    long expected = (long) rounds * arms * type.bytes();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size != expected) {
        throw new IllegalArgumentException(
            file
                + " has "
                + size
                + " bytes, but a "
                + rounds
                + " x "
                + arms
                + " "
                + type
                + " table needs "
                + expected);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reward table " + file, e);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    double[] flat = new double[rounds * arms];
    for (int j = 0; j < flat.length; j++) {
      flat[j] =
          type == ValueType.UINT8
              ? Byte.toUnsignedInt(buffer.get())
              : finite(buffer.getDouble(), file + " value " + j);
    }
    return fromFlat(ArmSet.ofSize(arms), rounds, flat);
  }

  /**
   * The same table with given arm means (for pseudo-regret).
   *
   * @throws IllegalArgumentException if there is not one finite mean per arm
   */
  public TableEnvironment withMeans(double[] armMeans) {
    if (armMeans == null || armMeans.length != arms.size()) {
      throw new IllegalArgumentException(
          "one mean per arm needed: "
              + arms.size()
              + " arms, "
              + (armMeans == null ? 0 : armMeans.length)
              + " means");
    }
    for (int i = 0; i < armMeans.length; i++) {
      finite(armMeans[i], "means[" + i + "]");
    }
    return new TableEnvironment(arms, rounds, table, armMeans.clone());
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  /** Number of rounds in the table; runs may not be longer. */
  public int rounds() {
    return rounds;
  }

  /** A copy of the arm means used for pseudo-regret. */
  public double[] means() {
    return means.clone();
  }

  /**
   * The reward of {@code arm} at {@code round} (1-based).
   *
   * @throws IllegalArgumentException if the round or arm is outside the table
   */
  public double reward(long round, int arm) {
    if (round < 1 || round > rounds) {
      throw new IllegalArgumentException(
          "round must be in [1, " + rounds + "] (the table's rounds), was " + round);
    }
    ArmStreams.checkArm(arm, arms.size());
    return table[(int) (round - 1) * arms.size() + arm];
  }

  /**
   * The total reward of the best fixed arm over rounds {@code 1..horizon}: {@code max_i sum_t
   * x_{t,i}}, the comparator of {@link org.bandits4j.api.RegretKind#HINDSIGHT} regret.
   *
   * @throws IllegalArgumentException if the horizon exceeds the table
   */
  public double bestFixedArmTotal(long horizon) {
    if (horizon < 1 || horizon > rounds) {
      throw new IllegalArgumentException("horizon must be in [1, " + rounds + "], was " + horizon);
    }
    int k = arms.size();
    double[] totals = new double[k];
    for (int t = 0; t < horizon; t++) {
      for (int i = 0; i < k; i++) {
        totals[i] += table[t * k + i];
      }
    }
    return Arrays.stream(totals).max().orElseThrow();
  }

  @Override
  public FullInformation start(RandomStream stream) {
    return new FullInformation() {
      @Override
      public double reward(long round, int arm) {
        return TableEnvironment.this.reward(round, arm);
      }

      @Override
      public double pull(long round, int arm) {
        return reward(round, arm);
      }

      @Override
      public double mean(long round, int arm) {
        return means[arm];
      }

      @Override
      public double bestMean(long round) {
        return best;
      }
    };
  }

  private static boolean allNumbers(String[] cells) {
    for (String cell : cells) {
      try {
        Double.parseDouble(cell.trim());
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  private static double parse(String cell, String where) {
    double v;
    try {
      v = Double.parseDouble(cell.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": '" + cell + "' is not a number", e);
    }
    return finite(v, where);
  }

  private static double finite(double v, String where) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(where + ": reward must be finite, was " + v);
    }
    return v;
  }

  @Override
  public String toString() {
    return "Table[" + rounds + " rounds x " + arms.size() + " arms]";
  }
}
