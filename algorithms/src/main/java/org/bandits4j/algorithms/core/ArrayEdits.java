package org.bandits4j.algorithms.core;

/** Copies of per-arm arrays with one entry removed, for arm editing. */
public final class ArrayEdits {

  private ArrayEdits() {}

  /** A copy of {@code a} without entry {@code index}. */
  public static long[] removeAt(long[] a, int index) {
    long[] out = new long[a.length - 1];
    System.arraycopy(a, 0, out, 0, index);
    System.arraycopy(a, index + 1, out, index, out.length - index);
    return out;
  }

  /** A copy of {@code a} without entry {@code index}. */
  public static double[] removeAt(double[] a, int index) {
    double[] out = new double[a.length - 1];
    System.arraycopy(a, 0, out, 0, index);
    System.arraycopy(a, index + 1, out, index, out.length - index);
    return out;
  }
}
