package org.bandits4j.api;

/**
 * One arm of a bandit: its position in the current {@link ArmSet} and a stable string id.
 *
 * <p>The index is the arm's position in the arm set it came from; it may change when arms are added
 * or removed (a new {@link ArmSet} is built and the later arms shift). The id never changes, so
 * policies resolve a {@link Selection} that travelled with delayed feedback by id when the index no
 * longer matches.
 *
 * <p>Thread safety: immutable.
 *
 * @param index position in the arm set, {@code >= 0}
 * @param id stable identifier, non-blank
 */
public record Arm(int index, String id) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code index < 0} or {@code id} is null or blank
   */
  public Arm {
    if (index < 0) {
      throw new IllegalArgumentException("arm index must be >= 0, was " + index);
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("arm id must be non-blank, was " + quote(id));
    }
  }

  static String quote(String s) {
    return s == null ? "null" : "'" + s + "'";
  }

  @Override
  public String toString() {
    return id + "#" + index;
  }
}
