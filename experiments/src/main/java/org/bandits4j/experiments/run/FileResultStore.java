package org.bandits4j.experiments.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Saves finished replications as small text files under a folder, one subfolder per {@link
 * Unit#key() run key}: {@code <key>/reps-<from>-<to>.csv} holds replications {@code from .. to-1}.
 *
 * <p>Each file is written to a temporary name and then moved into place atomically, so a killed
 * process leaves either the whole block or none of it; a file that does not parse completely (a
 * crash of the machine between write and move) is ignored and its replications are run again.
 * Values are written with {@link Double#toString(double)}, which reads back to the same double, so
 * a resumed run produces byte-identical outputs.
 *
 * <pre>
 * # bandits4j replications v1
 * key,KEY
 * shape,FROM,COUNT,KINDS,CHECKPOINTS
 * R,K,v_1,...,v_CHECKPOINTS        (COUNT x KINDS lines)
 * end,COUNT
 * </pre>
 *
 * <p>Thread safety: safe for concurrent saves of different blocks.
 */
public final class FileResultStore implements ResultStore {

  private static final String MAGIC = "# bandits4j replications v1";

  private final Path folder;

  /** A store under {@code folder} (created when the first block is saved). */
  public FileResultStore(Path folder) {
    this.folder = folder;
  }

  /** The folder. */
  public Path folder() {
    return folder;
  }

  @Override
  public Map<Integer, double[][]> load(Unit unit, int replications, int kinds) {
    Map<Integer, double[][]> out = new HashMap<>();
    Path dir = folder.resolve(unit.key());
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "reps-*.csv")) {
      for (Path file : files) {
        Map<Integer, double[][]> block = read(file, unit, kinds);
        block.forEach(
            (r, rows) -> {
              if (r < replications) {
                out.putIfAbsent(r, rows);
              }
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return out;
  }

  /** The replications of one file, or none if it is incomplete or belongs elsewhere. */
  private static Map<Integer, double[][]> read(Path file, Unit unit, int kinds) {
    int width = unit.checkpoints().length;
    Map<Integer, double[][]> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!MAGIC.equals(in.readLine()) || !("key," + unit.key()).equals(in.readLine())) {
        return Map.of();
      }
      String[] shape = in.readLine().split(",", -1);
      int from = Integer.parseInt(shape[1]);
      int count = Integer.parseInt(shape[2]);
      if (!shape[0].equals("shape")
          || Integer.parseInt(shape[3]) != kinds
          || Integer.parseInt(shape[4]) != width) {
        return Map.of();
      }
      for (int line = 0; line < count * kinds; line++) {
        String[] f = in.readLine().split(",", -1);
        int r = Integer.parseInt(f[0]);
        int k = Integer.parseInt(f[1]);
        if (f.length != width + 2 || r < from || r >= from + count || k < 0 || k >= kinds) {
          return Map.of();
        }
        double[] row = new double[width];
        for (int j = 0; j < width; j++) {
          row[j] = Double.parseDouble(f[j + 2]);
        }
        out.computeIfAbsent(r, x -> new double[kinds][])[k] = row;
      }
      if (!("end," + count).equals(in.readLine()) || out.size() != count) {
        return Map.of();
      }
      for (double[][] rows : out.values()) {
        for (double[] row : rows) {
          if (row == null) {
            return Map.of();
          }
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      // a truncated or foreign file: its replications are simply run again
      return Map.of();
    }
  }

  @Override
  public void save(Unit unit, int from, double[][][] rows) {
    Path dir = folder.resolve(unit.key());
    Path target = dir.resolve(String.format("reps-%08d-%08d.csv", from, from + rows.length));
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".reps-", ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        int kinds = rows[0].length;
        out.write(MAGIC + "\nkey," + unit.key() + "\n");
        out.write(
            "shape," + from + "," + rows.length + "," + kinds + "," + rows[0][0].length + "\n");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
          for (int k = 0; k < kinds; k++) {
            line.setLength(0);
            line.append(from + i).append(',').append(k);
            for (double v : rows[i][k]) {
              line.append(',').append(v);
            }
            out.write(line.append('\n').toString());
          }
        }
        out.write("end," + rows.length + "\n");
      }
      moveAtomically(tmp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save replications to " + target, e);
    }
  }

  /** Moves {@code from} onto {@code to} atomically where the file system can. */
  public static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the saved runs whose keys are not in {@code keep}, and stray temporary files. */
  public void prune(Collection<String> keep) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    Set<String> kept = new HashSet<>(keep);
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder)) {
      for (Path dir : dirs) {
        if (!kept.contains(dir.getFileName().toString())) {
          deleteTree(dir);
        } else {
          try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, ".reps-*.tmp")) {
            for (Path tmp : tmps) {
              Files.deleteIfExists(tmp);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prune " + folder, e);
    }
  }

  /** Deletes a file or folder tree if it exists. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
