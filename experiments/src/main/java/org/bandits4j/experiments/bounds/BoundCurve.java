package org.bandits4j.experiments.bounds;

import java.util.function.LongToDoubleFunction;

/**
 * A theoretical regret curve for one instance (and, for policy bounds, one spec), drawn dashed
 * beside the empirical curves and used by reproduction criteria.
 *
 * @param name the catalogue name (for example {@code lai-robbins})
 * @param label the legend text, with the instance's constant
 * @param side whether the curve bounds the expected regret from below or above
 * @param value the bound at round {@code t >= 1}
 */
public record BoundCurve(String name, String label, Side side, LongToDoubleFunction value) {

  /** Which side of the expected regret a curve lies on. */
  public enum Side {
    /** Regret is at least this (possibly only asymptotically; see the entry). */
    LOWER,
    /** Regret is at most this. */
    UPPER
  }

  /** The bound at round {@code t}. */
  public double at(long t) {
    return value.applyAsDouble(t);
  }
}
