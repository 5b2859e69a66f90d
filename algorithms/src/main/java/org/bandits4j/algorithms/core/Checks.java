package org.bandits4j.algorithms.core;

/**
 * Argument checks shared by specs and policies. Each throws {@link IllegalArgumentException} whose
 * message names the parameter and the value, as the house rules require.
 */
public final class Checks {

  private Checks() {}

  /** Requires a finite value. */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
    return value;
  }

  /** Requires a finite value {@code > 0}. */
  public static double positive(String name, double value) {
    if (!(value > 0.0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }

  /** Requires a finite value {@code >= 0}. */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0.0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
    return value;
  }

  /** Requires {@code lo <= value <= hi}. */
  public static double inRange(String name, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(
          name + " must be in [" + lo + ", " + hi + "], was " + value);
    }
    return value;
  }

  /** Requires {@code value >= 0}. */
  public static long nonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value;
  }

  /** Requires {@code value >= 1}. */
  public static int atLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
    return value;
  }

  /** Requires {@code value >= 1}. */
  public static long atLeastOne(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
    return value;
  }

  /** Requires a finite interval with {@code lo < hi}. */
  public static void interval(String loName, double lo, String hiName, double hi) {
    finite(loName, lo);
    finite(hiName, hi);
    if (!(lo < hi)) {
      throw new IllegalArgumentException(
          loName + " must be < " + hiName + ", were " + lo + " and " + hi);
    }
  }

  /** Requires a non-null argument. */
  public static <T> T notNull(String name, T value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
