package org.bandits4j.algorithms.core;

/** Checks shared by the mergers of the per-arm statistics. */
final class Merging {

  private Merging() {}

  /**
   * Requires that a replica's count descends from the base's.
   *
   * @throws IllegalArgumentException naming the arm and both counts otherwise
   */
  static void checkDescends(String id, long other, long base) {
    if (other < base) {
      throw new IllegalArgumentException(
          "cannot merge: arm '"
              + id
              + "' has "
              + other
              + " pulls in other but "
              + base
              + " in base, so other does not descend from base");
    }
  }
}
