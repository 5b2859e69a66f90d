package org.bandits4j.algorithms.state;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;

/**
 * State of the dueling policies built on a win matrix: the matrix of duel outcomes plus a few named
 * integer arrays for the policy's own bookkeeping (candidate sets, loop orders, phases).
 *
 * <p>Wins are counted in halves so that ties stay exact integers: a win adds 2 to {@code
 * halfWins[winner][loser]}, a tie adds 1 to both cells, and a duel of an arm against itself adds 2
 * to the diagonal cell. Every duel therefore adds exactly 2 to the matrix, and the number of duels
 * learned is the matrix total divided by 2.
 *
 * <p>JSON {@code data} (version 1): {@code {"halfWins": [[long...]...], "extras": {"name":
 * [long...], ...}}}, the matrix as {@code K} rows of {@code K} entries in {@link #arms()} order;
 * each policy documents its extras.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class DuelingState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  private final long[] halfWins;
  private final Map<String, long[]> extras;

  /**
   * Copies the arrays and checks the shape.
   *
   * @param halfWins the {@code K x K} matrix, row-major, in half wins
   * @param extras named integer arrays, in a stable order
   * @throws IllegalArgumentException if a component is null, the matrix is not {@code K x K} or an
   *     extra is null
   */
  public DuelingState(
      PolicySpec<?> spec, ArmSet arms, long step, long[] halfWins, Map<String, long[]> extras) {
    super(spec, arms, step, VERSION);
    requireComponents(halfWins, extras);
    int k = arms.size();
    if (halfWins.length != k * k) {
      throw new IllegalArgumentException(
          "state win matrix must have " + k + " x " + k + " entries, has " + halfWins.length);
    }
    Map<String, long[]> copy = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : extras.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new IllegalArgumentException("state extra '" + e.getKey() + "' must not be null");
      }
      copy.put(e.getKey(), e.getValue().clone());
    }
    this.halfWins = halfWins.clone();
    this.extras = Collections.unmodifiableMap(copy);
  }

  /** A copy of the win matrix in half wins, row-major. */
  public long[] halfWins() {
    return halfWins.clone();
  }

  /** The names of the extras, in order. */
  public List<String> extraNames() {
    return List.copyOf(extras.keySet());
  }

  /**
   * A copy of one extra.
   *
   * @throws IllegalArgumentException if there is no extra of that name
   */
  public long[] extra(String name) {
    long[] v = extras.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "state of '" + policy() + "' lacks extra '" + name + "'; it has " + extras.keySet());
    }
    return v.clone();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DuelingState s)
        || !sameHeader(s)
        || !Arrays.equals(halfWins, s.halfWins)
        || !extras.keySet().equals(s.extras.keySet())) {
      return false;
    }
    for (Map.Entry<String, long[]> e : extras.entrySet()) {
      if (!Arrays.equals(e.getValue(), s.extras.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int extrasHash = 0; // a sum over entries, as Map.hashCode: equals ignores the extras' order
    for (Map.Entry<String, long[]> e : extras.entrySet()) {
      extrasHash += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
    }
    return 31 * hashWith(halfWins) + extrasHash;
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("halfWins", halfWins);
    extras.forEach(fields::add);
  }
}
