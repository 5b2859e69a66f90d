package org.bandits4j.simulators.contextual;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bandits4j.api.Context;

/**
 * Logged full-information rounds: per round a context (a shared vector and/or one row per arm) and
 * the reward every arm would have paid. The data of a {@link ReplayEnvironment}.
 *
 * <p>Each round is a record of {@code s + K r + K} numbers: the shared vector ({@code s =
 * sharedDimension}), the rows of arms {@code 0..K-1} ({@code r = rowDimension} each), then the
 * rewards of arms {@code 0..K-1}.
 *
 * <ul>
 *   <li>CSV: one record per line, comma-separated decimal numbers; a first line that does not parse
 *       as numbers is a header and skipped; blank lines are skipped.
 *   <li>Raw binary (little-endian): the header {@code int32 magic 0x4234_4C52 ("B4LR"), int32
 *       version 1, int32 rounds, int32 arms, int32 sharedDimension, int32 rowDimension}, then the
 *       records as IEEE-754 {@code float64} values.
 * </ul>
 *
 * <p>Every value must be finite; a malformed file is rejected with an {@link
 * IllegalArgumentException} naming the line or record.
 *
 * <p>Thread safety: immutable.
 */
public final class LoggedRounds {

  /** The binary format's magic number ("B4LR"). */
  public static final int MAGIC = 0x4234_4C52;

  private final int arms;
  private final int sharedDimension;
  private final int rowDimension;
  private final int width;
  private final double[] data;

  private LoggedRounds(int arms, int sharedDimension, int rowDimension, double[] data) {
    this.arms = arms;
    this.sharedDimension = sharedDimension;
    this.rowDimension = rowDimension;
    this.width = recordWidth(arms, sharedDimension, rowDimension);
    this.data = data;
  }

  private static int recordWidth(int arms, int shared, int row) {
    if (arms < 1 || shared < 0 || row < 0 || shared + row < 1) {
      throw new IllegalArgumentException(
          "need arms >= 1 and a shared or row dimension >= 1, were "
              + arms
              + ", "
              + shared
              + ", "
              + row);
    }
    return shared + arms * row + arms;
  }

  /**
   * Rounds from records in memory ({@code [round][s + K r + K]}).
   *
   * @throws IllegalArgumentException if a record has the wrong length or a non-finite value
   */
  public static LoggedRounds of(
      int arms, int sharedDimension, int rowDimension, double[][] records) {
    int w = recordWidth(arms, sharedDimension, rowDimension);
    double[] data = new double[records.length * w];
    for (int i = 0; i < records.length; i++) {
      if (records[i].length != w) {
        throw new IllegalArgumentException(
            "record " + i + " must have " + w + " values, has " + records[i].length);
      }
      for (int j = 0; j < w; j++) {
        data[i * w + j] = finite(records[i][j], "record " + i + " value " + j);
      }
    }
    return new LoggedRounds(arms, sharedDimension, rowDimension, data);
  }

  private static double finite(double v, String where) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(where + " must be finite, was " + v);
    }
    return v;
  }

  /**
   * Reads a CSV file.
   *
   * @throws IllegalArgumentException naming the line if a record is malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static LoggedRounds readCsv(Path file, int arms, int sharedDimension, int rowDimension) {
    int w = recordWidth(arms, sharedDimension, rowDimension);
    List<double[]> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split(",", -1);
        double[] record = new double[fields.length];
        boolean numeric = true;
        for (int j = 0; j < fields.length && numeric; j++) {
          try {
            record[j] = Double.parseDouble(fields[j].trim());
          } catch (NumberFormatException e) {
            numeric = false;
          }
        }
        if (!numeric && number == 1) {
          continue; // header
        }
        if (!numeric) {
          throw new IllegalArgumentException(
              file + " line " + number + ": not a number in " + line);
        }
        if (record.length != w) {
          throw new IllegalArgumentException(
              file + " line " + number + ": expected " + w + " values, found " + record.length);
        }
        for (int j = 0; j < w; j++) {
          finite(record[j], file + " line " + number + " value " + (j + 1));
        }
        records.add(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return of(arms, sharedDimension, rowDimension, records.toArray(new double[0][]));
  }

  /**
   * Reads the raw binary format.
   *
   * @throws IllegalArgumentException if the header or a record is malformed, or the file ends early
   * @throws UncheckedIOException if the file cannot be read
   */
  public static LoggedRounds readBinary(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      byte[] head = in.readNBytes(24);
      ByteBuffer header = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
      if (head.length < 24 || header.getInt(0) != MAGIC) {
        throw new IllegalArgumentException(file + ": not a logged-rounds file (bad magic number)");
      }
      int version = header.getInt(4);
      if (version != 1) {
        throw new IllegalArgumentException(file + ": unsupported version " + version);
      }
      int rounds = header.getInt(8);
      int arms = header.getInt(12);
      int shared = header.getInt(16);
      int row = header.getInt(20);
      if (rounds < 0) {
        throw new IllegalArgumentException(file + ": negative round count " + rounds);
      }
      int w;
      try {
        w = recordWidth(arms, shared, row);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
      double[] data = new double[Math.multiplyExact(rounds, w)];
      byte[] buffer = new byte[8 * w];
      for (int i = 0; i < rounds; i++) {
        try {
          in.readFully(buffer);
        } catch (EOFException e) {
          throw new IllegalArgumentException(
              file + ": ends inside record " + i + " of " + rounds, e);
        }
        ByteBuffer values = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        for (int j = 0; j < w; j++) {
          data[i * w + j] = finite(values.getDouble(8 * j), file + ": record " + i + " value " + j);
        }
      }
      return new LoggedRounds(arms, shared, row, data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes the raw binary format. */
  public void writeBinary(Path file) {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
      header.putInt(MAGIC).putInt(1).putInt(rounds()).putInt(arms).putInt(sharedDimension);
      header.putInt(rowDimension);
      out.write(header.array());
      ByteBuffer record = ByteBuffer.allocate(8 * width).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < rounds(); i++) {
        record.clear();
        for (int j = 0; j < width; j++) {
          record.putDouble(data[i * width + j]);
        }
        out.write(record.array());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes CSV with a header line ({@code x0.., a0_0.., r0..}). */
  public void writeCsv(Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> names = new ArrayList<>();
      for (int j = 0; j < sharedDimension; j++) {
        names.add("x" + j);
      }
      for (int a = 0; a < arms; a++) {
        for (int j = 0; j < rowDimension; j++) {
          names.add("a" + a + "_" + j);
        }
      }
      for (int a = 0; a < arms; a++) {
        names.add("r" + a);
      }
      out.write(String.join(",", names));
      out.newLine();
      for (int i = 0; i < rounds(); i++) {
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < width; j++) {
          if (j > 0) {
            line.append(',');
          }
          line.append(data[i * width + j]);
        }
        out.write(line.toString());
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Number of logged rounds. */
  public int rounds() {
    return data.length / width;
  }

  /** Number of arms. */
  public int arms() {
    return arms;
  }

  /** Dimension of the shared vector (0 if none). */
  public int sharedDimension() {
    return sharedDimension;
  }

  /** Dimension of the rows (0 if none). */
  public int rowDimension() {
    return rowDimension;
  }

  /** The context of logged round {@code i} (0-based). */
  public Context context(int i) {
    int off = i * width;
    double[] x = null;
    if (sharedDimension > 0) {
      x = new double[sharedDimension];
      System.arraycopy(data, off, x, 0, sharedDimension);
    }
    double[][] rows = null;
    if (rowDimension > 0) {
      rows = new double[arms][rowDimension];
      for (int a = 0; a < arms; a++) {
        System.arraycopy(data, off + sharedDimension + a * rowDimension, rows[a], 0, rowDimension);
      }
    }
    if (x != null && rows != null) {
      return Context.of(x, rows);
    }
    return x != null ? Context.of(x) : Context.ofArms(rows);
  }

  /** The reward arm {@code a} would have paid in logged round {@code i} (0-based). */
  public double reward(int i, int a) {
    return data[i * width + sharedDimension + arms * rowDimension + a];
  }
}
