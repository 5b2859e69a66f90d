package org.bandits4j.simulators.dueling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bandits4j.api.ArmSet;

/**
 * A preference matrix over named arms: {@code P[i][j]} is the probability that arm {@code i} beats
 * arm {@code j} in a duel, with {@code P[i][j] + P[j][i] = 1} and {@code P[i][i] = 1/2}; with its
 * oracle quantities (Condorcet winner, Copeland scores and winners, gaps).
 *
 * <p>Definitions (spec algorithms-mab.md §E): Condorcet winner {@code a*} with {@code P[a*][j] >
 * 1/2} for every {@code j != a*}; Copeland score {@code cpld(i) = #{j != i : P[i][j] > 1/2}},
 * normalised {@code ζ_i = cpld(i)/(K-1)}; Copeland winners maximise it (they always exist); gap
 * {@code Δ_j = P[a*][j] - 1/2}.
 *
 * <p>Factories build the standard families: utilities through the Bradley–Terry (logistic) and
 * Thurstone (normal) links, Plackett–Luce skills, Mallows marginals, the spec's instances {@code
 * Lin-K}, {@code Cond-cyc}, {@code Cop-3}, cyclic tournaments, SAVAGE's hard Condorcet matrix, and
 * CSV files.
 *
 * <p>Thread safety: immutable.
 */
public final class PreferenceMatrix {

  private static final double TOLERANCE = 1e-9;
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final ArmSet arms;
  private final double[][] p;
  private final int[] copeland;
  private final int condorcet;

  /**
   * A matrix over arms {@code "0" .. "K-1"}.
   *
   * @throws IllegalArgumentException naming the first bad entry (see {@link
   *     #PreferenceMatrix(ArmSet, double[][])})
   */
  public PreferenceMatrix(double[][] p) {
    this(ArmSet.ofSize(Math.max(1, p.length)), p);
  }

  /**
   * A matrix over named arms.
   *
   * @throws IllegalArgumentException if it is not square with one row per arm, an entry is outside
   *     {@code [0, 1]}, {@code P[i][j] + P[j][i]} differs from 1 by more than {@code 1e-9}, or a
   *     diagonal entry is not 1/2; diagonal entries are stored as exactly 1/2 and {@code P[j][i]}
   *     as exactly {@code 1 - P[i][j]} for {@code i < j}
   */
  public PreferenceMatrix(ArmSet arms, double[][] p) {
    int k = arms.size();
    if (p.length != k) {
      throw new IllegalArgumentException(
          "preference matrix must have " + k + " rows (one per arm), has " + p.length);
    }
    double[][] copy = new double[k][];
    for (int i = 0; i < k; i++) {
      if (p[i] == null || p[i].length != k) {
        throw new IllegalArgumentException(
            "preference matrix row " + i + " must have " + k + " entries");
      }
      copy[i] = p[i].clone();
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = copy[i][j];
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("P[" + i + "][" + j + "] must be in [0, 1], was " + v);
        }
        if (Math.abs(v + copy[j][i] - 1) > TOLERANCE) {
          throw new IllegalArgumentException(
              "P["
                  + i
                  + "]["
                  + j
                  + "] + P["
                  + j
                  + "]["
                  + i
                  + "] must be 1, was "
                  + v
                  + " + "
                  + copy[j][i]);
        }
      }
      copy[i][i] = 0.5;
      for (int j = 0; j < i; j++) {
        copy[i][j] = 1.0 - copy[j][i];
      }
    }
    this.arms = arms;
    this.p = copy;
    this.copeland = new int[k];
    int winner = -1;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        copeland[i] += j != i && copy[i][j] > 0.5 ? 1 : 0;
      }
      if (copeland[i] == k - 1) {
        winner = i;
      }
    }
    this.condorcet = winner;
  }

  // ------------------------------------------------------------------ oracle quantities

  /** The arms. */
  public ArmSet arms() {
    return arms;
  }

  /** Number of arms. */
  public int size() {
    return p.length;
  }

  /** {@code P[i][j]}, the probability that arm {@code i} beats arm {@code j}. */
  public double probability(int i, int j) {
    return p[i][j];
  }

  /** A copy of the matrix. */
  public double[][] toArray() {
    double[][] out = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i].clone();
    }
    return out;
  }

  /** Whether a Condorcet winner exists. */
  public boolean hasCondorcetWinner() {
    return condorcet >= 0;
  }

  /**
   * The Condorcet winner.
   *
   * @throws IllegalStateException if there is none
   */
  public int condorcetWinner() {
    if (condorcet < 0) {
      throw new IllegalStateException("this preference matrix has no Condorcet winner");
    }
    return condorcet;
  }

  /** {@code cpld(i)}: how many arms {@code i} beats with probability above 1/2. */
  public int copelandScore(int i) {
    return copeland[i];
  }

  /** {@code ζ_i = cpld(i)/(K-1)} (0 for one arm). */
  public double normalisedCopelandScore(int i) {
    return p.length == 1 ? 0.0 : (double) copeland[i] / (p.length - 1);
  }

  /** The Copeland winners, in index order. */
  public int[] copelandWinners() {
    int max = Arrays.stream(copeland).max().orElse(0);
    return java.util.stream.IntStream.range(0, p.length).filter(i -> copeland[i] == max).toArray();
  }

  /** Whether arm {@code i} is a Copeland winner. */
  public boolean isCopelandWinner(int i) {
    return copeland[i] == Arrays.stream(copeland).max().orElse(0);
  }

  /**
   * {@code Δ_j = P[a*][j] - 1/2}, the gap of arm {@code j} to the Condorcet winner.
   *
   * @throws IllegalStateException if there is no Condorcet winner
   */
  public double gap(int j) {
    return p[condorcetWinner()][j] - 0.5;
  }

  /**
   * The same preferences with arms relabelled: arm {@code i} of the result is arm {@code order[i]}
   * of this one (ids follow the arms).
   *
   * @throws IllegalArgumentException if {@code order} is not a permutation of {@code 0..K-1}
   */
  public PreferenceMatrix permuted(int[] order) {
    int k = p.length;
    if (order.length != k) {
      throw new IllegalArgumentException("permutation must have " + k + " entries");
    }
    boolean[] seen = new boolean[k];
    for (int o : order) {
      if (o < 0 || o >= k || seen[o]) {
        throw new IllegalArgumentException("not a permutation: " + Arrays.toString(order));
      }
      seen[o] = true;
    }
    double[][] q = new double[k][k];
    List<String> ids = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      ids.add(arms.get(order[i]).id());
      for (int j = 0; j < k; j++) {
        q[i][j] = p[order[i]][order[j]];
      }
    }
    return new PreferenceMatrix(ArmSet.of(ids), q);
  }

  /** The same preferences with arm labels shuffled uniformly by {@code rng}. */
  public PreferenceMatrix shuffled(RandomGenerator rng) {
    int[] order = java.util.stream.IntStream.range(0, p.length).toArray();
    for (int i = order.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return permuted(order);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PreferenceMatrix m && arms.equals(m.arms) && Arrays.deepEquals(p, m.p);
  }

  @Override
  public int hashCode() {
    return 31 * arms.hashCode() + Arrays.deepHashCode(p);
  }

  @Override
  public String toString() {
    return "PreferenceMatrix" + arms + Arrays.deepToString(p);
  }

  // ------------------------------------------------------------------ families

  private static double[] checkedFinite(String name, double[] v) {
    if (v == null || v.length == 0) {
      throw new IllegalArgumentException(name + " must have at least one entry");
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + v[i]);
      }
    }
    return v;
  }

  /** Builds {@code P[i][j] = f(i, j)} for {@code i < j}. */
  private interface Upper {
    double at(int i, int j);
  }

  private static PreferenceMatrix fromUpper(int k, Upper f) {
    double[][] q = new double[k][k];
    for (int i = 0; i < k; i++) {
      q[i][i] = 0.5;
      for (int j = i + 1; j < k; j++) {
        q[i][j] = f.at(i, j);
        q[j][i] = 1.0 - q[i][j];
      }
    }
    return new PreferenceMatrix(q);
  }

  /**
   * Bradley–Terry (logistic link) from utilities: {@code P[i][j] = 1 / (1 + exp(u_j - u_i))}.
   *
   * @throws IllegalArgumentException if there are no utilities or one is not finite
   */
  public static PreferenceMatrix bradleyTerry(double... utilities) {
    double[] u = checkedFinite("utilities", utilities).clone();
    return fromUpper(u.length, (i, j) -> 1.0 / (1.0 + Math.exp(u[j] - u[i])));
  }

  /**
   * Plackett–Luce pairwise marginals from positive skills: {@code P[i][j] = v_i / (v_i + v_j)}
   * (Bradley–Terry with {@code u = ln v}).
   *
   * @throws IllegalArgumentException if a skill is not finite and positive
   */
  public static PreferenceMatrix plackettLuce(double... skills) {
    double[] v = checkedFinite("skills", skills).clone();
    for (int i = 0; i < v.length; i++) {
      if (!(v[i] > 0)) {
        throw new IllegalArgumentException("skills[" + i + "] must be > 0, was " + v[i]);
      }
    }
    return fromUpper(v.length, (i, j) -> v[i] / (v[i] + v[j]));
  }

  /**
   * Thurstone Case V (normal link) from utilities with unit-variance noise per arm: {@code P[i][j]
   * = Φ((u_i - u_j) / sqrt 2)}, the probability that {@code u_i + N(0,1)} exceeds {@code u_j +
   * N(0,1)}.
   *
   * @throws IllegalArgumentException if there are no utilities or one is not finite
   */
  public static PreferenceMatrix thurstone(double... utilities) {
    double[] u = checkedFinite("utilities", utilities).clone();
    return fromUpper(
        u.length, (i, j) -> STANDARD_NORMAL.cumulativeProbability((u[i] - u[j]) / Math.sqrt(2)));
  }

  /**
   * Mallows marginals (Busa-Fekete et al. 2014) with spread {@code φ} and a ranking ({@code
   * rank[i]} = position of arm {@code i}, 0 best): with {@code h(d) = d / (1 - φ^d)} and {@code
   * g(d) = h(d + 1) - h(d)} for the rank distance {@code d >= 1}, {@code P[i][j] = g(r_j - r_i)}
   * when {@code r_i < r_j}; {@code φ = 1} gives 1/2 everywhere. (duelpy's version has defects at
   * adjacent ranks and at {@code φ = 1}, see algorithms-addenda.md §9.)
   *
   * @throws IllegalArgumentException if {@code φ} is outside {@code (0, 1]} or the ranking is not a
   *     permutation
   */
  public static PreferenceMatrix mallows(double phi, int... rank) {
    if (!(phi > 0 && phi <= 1)) {
      throw new IllegalArgumentException("phi must be in (0, 1], was " + phi);
    }
    int k = rank.length;
    boolean[] seen = new boolean[Math.max(k, 1)];
    for (int r : rank) {
      if (r < 0 || r >= k || seen[r]) {
        throw new IllegalArgumentException("rank is not a permutation: " + Arrays.toString(rank));
      }
      seen[r] = true;
    }
    return fromUpper(
        k,
        (i, j) -> {
          int d = Math.abs(rank[i] - rank[j]);
          double better = phi == 1.0 ? 0.5 : mallowsH(d + 1, phi) - mallowsH(d, phi);
          return rank[i] < rank[j] ? better : 1.0 - better;
        });
  }

  private static double mallowsH(int d, double phi) {
    return d / -Math.expm1(d * Math.log(phi));
  }

  /**
   * {@code Lin-K} (spec §E): {@code P[i][j] = 1/2 + (j - i)/(2K)}: linear utilities, SST and STI,
   * Condorcet winner arm 0.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static PreferenceMatrix linear(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    return fromUpper(k, (i, j) -> 0.5 + (j - i) / (2.0 * k));
  }

  /**
   * {@code Cond-cyc} (spec §E, K = 8): arm 0 beats every arm with probability 0.6; arms 1..7 form a
   * regular tournament ({@code P[i][j] = 0.8} if {@code (j - i) mod 7} is 1, 2 or 3, else 0.2): a
   * Condorcet winner without a total order.
   */
  public static PreferenceMatrix condorcetCyclic() {
    return fromUpper(
        8,
        (i, j) -> {
          if (i == 0) {
            return 0.6;
          }
          int d = Math.floorMod(j - i, 7);
          return d >= 1 && d <= 3 ? 0.8 : 0.2;
        });
  }

  /**
   * {@code Cop-3} (spec §E, K = 8): arms 0, 1, 2 beat each other in a cycle ({@code P[0][1] =
   * P[1][2] = P[2][0] = 0.7}) and beat arms 3..7 with probability 0.7; among 3..7 {@code P[i][j] =
   * 0.6} for {@code i < j}: no Condorcet winner, three Copeland winners.
   */
  public static PreferenceMatrix copelandThree() {
    return fromUpper(
        8,
        (i, j) -> {
          if (j < 3) {
            return (i == 0 && j == 2) ? 0.3 : 0.7;
          }
          return i < 3 ? 0.7 : 0.6;
        });
  }

  /**
   * A cyclic (regular) tournament on an odd number of arms: {@code P[i][j] = 1/2 + margin} if
   * {@code (j - i) mod K} is in {@code 1..(K-1)/2}, else {@code 1/2 - margin}: no Condorcet winner,
   * every arm a Copeland winner.
   *
   * @throws IllegalArgumentException if {@code k} is not an odd number {@code >= 3} or the margin
   *     is outside {@code (0, 1/2]}
   */
  public static PreferenceMatrix cyclic(int k, double margin) {
    if (k < 3 || k % 2 == 0) {
      throw new IllegalArgumentException("k must be odd and >= 3, was " + k);
    }
    if (!(margin > 0 && margin <= 0.5)) {
      throw new IllegalArgumentException("margin must be in (0, 0.5], was " + margin);
    }
    return fromUpper(
        k, (i, j) -> Math.floorMod(j - i, k) <= (k - 1) / 2 ? 0.5 + margin : 0.5 - margin);
  }

  /**
   * SAVAGE's hard Condorcet matrix (Urvoy et al. 2013, §5.2.1, as algorithms-addenda.md §9 restates
   * it): arm 0 best, and for {@code i < j}, {@code P[i][j] = 1/2 + (j + 1)/(2K)} (so the best arm
   * beats the second by {@code 1/K} and the worst with probability 1). Shuffle labels with {@link
   * #shuffled}.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static PreferenceMatrix savageHardCondorcet(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    return fromUpper(k, (i, j) -> Math.min(1.0, 0.5 + (j + 1) / (2.0 * k)));
  }

  // ------------------------------------------------------------------ CSV

  /**
   * Reads a matrix from CSV: {@code K} rows of {@code K} comma-separated probabilities; blank lines
   * and lines starting with {@code #} are skipped; an optional first row of non-numeric cells gives
   * the arm ids.
   *
   * @throws IllegalArgumentException naming the line and cell of a malformed entry, or as the
   *     constructor
   */
  public static PreferenceMatrix readCsv(Reader reader) {
    List<String[]> rows = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    List<String> ids = null;
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          cells[c] = cells[c].strip();
        }
        if (rows.isEmpty() && ids == null && !isNumber(cells[0])) {
          ids = List.of(cells);
          continue;
        }
        rows.add(cells);
        lineNumbers.add(number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read preference CSV", e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("preference CSV has no rows");
    }
    double[][] q = new double[rows.size()][];
    for (int r = 0; r < q.length; r++) {
      String[] cells = rows.get(r);
      q[r] = new double[cells.length];
      for (int c = 0; c < cells.length; c++) {
        try {
          q[r][c] = Double.parseDouble(cells[c]);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "preference CSV line "
                  + lineNumbers.get(r)
                  + ", cell "
                  + (c + 1)
                  + ": not a number: '"
                  + cells[c]
                  + "'",
              e);
        }
      }
    }
    ArmSet arms = ids == null ? ArmSet.ofSize(q.length) : ArmSet.of(ids);
    return new PreferenceMatrix(arms, q);
  }

  /** Reads a matrix from a CSV file (UTF-8); see {@link #readCsv(Reader)}. */
  public static PreferenceMatrix readCsv(Path file) {
    try {
      return readCsv(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read preference CSV " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
