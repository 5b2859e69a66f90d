package org.bandits4j.algorithms.linear;

import org.bandits4j.api.Context;

/**
 * The shape of context a feature-based policy accepts, and its checks. Every rejection is an {@link
 * IllegalArgumentException} naming the expected and the actual shape.
 *
 * <ul>
 *   <li>{@link #perArmModels(int)}: one model per arm; the context is either a shared vector of
 *       dimension {@code d} ({@code Context.of(x)}: the same features for every arm) or one row of
 *       dimension {@code d} per arm ({@code Context.ofArms(rows)}), not both.
 *   <li>{@link #sharedModel(int)}: one model for all arms; the context is one row of dimension
 *       {@code d} per arm ({@code Context.ofArms(rows)}).
 *   <li>{@link #hybrid(int, int)}: a shared vector of dimension {@code d} and one row of dimension
 *       {@code k} per arm ({@code Context.of(x, rows)}); with {@code k = 0} only the vector, with
 *       {@code d = 0} only the rows.
 * </ul>
 *
 * <p>At selection, per-arm rows must number exactly the arms. At update, the row of the decided arm
 * is read at the arm's index when the decision was made ({@code selection.arm().index()}), so
 * feedback delayed across an arm edit still finds its row; that row must exist.
 *
 * <p>Thread safety: immutable.
 *
 * @param sharedDimension dimension of the shared vector, 0 if none is accepted
 * @param rowDimension dimension of the per-arm rows, 0 if none are accepted
 * @param either whether the context may be either the shared vector or the rows (per-arm models)
 */
public record ContextShape(int sharedDimension, int rowDimension, boolean either) {

  /** One model per arm, features as a shared vector or per-arm rows of dimension {@code d}. */
  public static ContextShape perArmModels(int d) {
    return new ContextShape(d, d, true);
  }

  /** One shared model, per-arm rows of dimension {@code d}. */
  public static ContextShape sharedModel(int d) {
    return new ContextShape(0, d, false);
  }

  /** A shared vector of dimension {@code d} and per-arm rows of dimension {@code k}. */
  public static ContextShape hybrid(int d, int k) {
    return new ContextShape(d, k, false);
  }

  private String expected() {
    if (either) {
      return "a shared vector of dimension "
          + sharedDimension
          + " (Context.of(x)) or one row of dimension "
          + rowDimension
          + " per arm (Context.ofArms(rows))";
    }
    if (sharedDimension > 0 && rowDimension > 0) {
      return "a shared vector of dimension "
          + sharedDimension
          + " and one row of dimension "
          + rowDimension
          + " per arm (Context.of(x, rows))";
    }
    if (sharedDimension > 0) {
      return "a shared vector of dimension " + sharedDimension + " and no rows (Context.of(x))";
    }
    return "one row of dimension "
        + rowDimension
        + " per arm and no shared vector"
        + " (Context.ofArms(rows))";
  }

  private static String actual(Context c) {
    return "shared vector of dimension "
        + c.sharedDimension()
        + ", "
        + c.armCount()
        + " rows of dimension "
        + c.armDimension();
  }

  private IllegalArgumentException mismatch(String call, Context c, String detail) {
    return new IllegalArgumentException(
        call + ": context must have " + expected() + "; got " + actual(c) + detail);
  }

  /** Whether the vector form is used (per-arm models only): otherwise rows. */
  private boolean fits(Context c) {
    if (either) {
      return (c.hasShared() && !c.hasPerArm() && c.sharedDimension() == sharedDimension)
          || (!c.hasShared() && c.hasPerArm() && c.armDimension() == rowDimension);
    }
    boolean sharedOk =
        sharedDimension == 0 ? !c.hasShared() : c.sharedDimension() == sharedDimension;
    boolean rowsOk = rowDimension == 0 ? !c.hasPerArm() : c.armDimension() == rowDimension;
    return sharedOk && rowsOk;
  }

  /**
   * Checks a context for a decision among {@code arms} arms.
   *
   * @throws IllegalArgumentException if it is null or of another shape
   */
  public void checkSelect(Context c, int arms) {
    if (c == null) {
      throw new IllegalArgumentException("select: context must not be null");
    }
    if (!fits(c)) {
      throw mismatch("select", c, "");
    }
    if (c.hasPerArm() && c.armCount() != arms) {
      throw mismatch("select", c, " (one row per arm: expected " + arms + " rows)");
    }
  }

  /**
   * Checks a context for feedback on the arm whose index was {@code row} at decision time.
   *
   * @throws IllegalArgumentException if it is null, of another shape, or lacks that row
   */
  public void checkUpdate(Context c, int row) {
    if (c == null) {
      throw new IllegalArgumentException("update: context must not be null");
    }
    if (!fits(c)) {
      throw mismatch("update", c, "");
    }
    if (c.hasPerArm() && row >= c.armCount()) {
      throw mismatch(
          "update", c, " (the decided arm had index " + row + ", so its row is missing)");
    }
  }

  /** The features of arm {@code row}: its row, or the shared vector (per-arm models). */
  public static double[] features(Context c, int row) {
    return c.hasPerArm() ? c.arm(row) : c.shared();
  }
}
