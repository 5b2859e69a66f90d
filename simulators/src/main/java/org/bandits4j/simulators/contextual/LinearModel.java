package org.bandits4j.simulators.contextual;

import java.util.random.RandomGenerator;
import org.bandits4j.api.Context;

/**
 * The linear structure shared by the synthetic contextual environments: what the contexts contain,
 * how they and the true coefficients are drawn, and the expected reward {@code f(context, a)}.
 *
 * <p>A context has up to two parts:
 *
 * <ul>
 *   <li>a shared vector {@code x} of dimension {@code sharedDimension} (the same for every arm),
 *       with coefficients {@code θ_a} per arm;
 *   <li>one row {@code z_a} of dimension {@code rowDimension} per arm, with coefficients shared by
 *       all arms ({@code β}) or per arm.
 * </ul>
 *
 * The linear predictor is {@code f(context, a) = xᵀθ_a + z_aᵀβ(_a)}. Features are drawn fresh every
 * round from {@link #contexts()} (scaled by the context scale), or, with {@code fixedRows}, the
 * rows are drawn once per replication (a fixed arm set). Coefficients are drawn once per
 * replication from {@link #coefficients()} scaled by the coefficient scale (e.g. {@code S} times a
 * unit-sphere draw), unless given. With fixed rows and a minimum gap, coefficients are redrawn
 * until the best arm leads the second by at least the gap.
 *
 * <p>Thread safety: immutable.
 */
public final class LinearModel {

  private final int arms;
  private final int sharedDimension;
  private final int rowDimension;
  private final boolean sharedRowCoefficients;
  private final FeatureDistribution contexts;
  private final double contextScale;
  private final FeatureDistribution coefficients;
  private final double coefficientScale;
  private final boolean fixedRows;
  private final double minimumGap;
  private final double[][] givenShared;
  private final double[][] givenRows;

  private LinearModel(Builder b) {
    this.arms = b.arms;
    this.sharedDimension = b.sharedDimension;
    this.rowDimension = b.rowDimension;
    this.sharedRowCoefficients = b.sharedRowCoefficients;
    this.contexts = b.contexts;
    this.contextScale = b.contextScale;
    this.coefficients = b.coefficients;
    this.coefficientScale = b.coefficientScale;
    this.fixedRows = b.fixedRows;
    this.minimumGap = b.minimumGap;
    this.givenShared = b.givenShared;
    this.givenRows = b.givenRows;
  }

  /** A builder for {@code arms >= 1} arms. */
  public static Builder builder(int arms) {
    return new Builder(arms);
  }

  /**
   * Spec §0.3 {@code LinearEnv}: one parameter {@code θ* = S u} ({@code u} uniform on the sphere)
   * and {@code K} fresh unit-sphere rows per round (OFUL, LinTS, SupLinUCB).
   */
  public static LinearModel sharedParameter(int arms, int d, double thetaNorm) {
    return builder(arms)
        .rows(d, true)
        .contexts(FeatureDistribution.SPHERE, 1.0)
        .coefficients(FeatureDistribution.SPHERE, thetaNorm)
        .build();
  }

  /**
   * Spec §A1: per-arm parameters {@code θ_a = S u_a} and fresh unit-sphere rows (disjoint LinUCB on
   * per-arm rows).
   */
  public static LinearModel perArmRows(int arms, int d, double thetaNorm) {
    return builder(arms)
        .rows(d, false)
        .contexts(FeatureDistribution.SPHERE, 1.0)
        .coefficients(FeatureDistribution.SPHERE, thetaNorm)
        .build();
  }

  /** Workload W3: a shared context {@code x ~ N(0, I_d)} and per-arm {@code θ_a ~ N(0, I/d)}. */
  public static LinearModel sharedContext(int arms, int d) {
    return builder(arms)
        .shared(d)
        .contexts(FeatureDistribution.GAUSSIAN, 1.0)
        .coefficients(FeatureDistribution.GAUSSIAN, 1.0 / Math.sqrt(d))
        .build();
  }

  /** Number of arms. */
  public int arms() {
    return arms;
  }

  /** Dimension of the shared vector (0 if none). */
  public int sharedDimension() {
    return sharedDimension;
  }

  /** Dimension of the per-arm rows (0 if none). */
  public int rowDimension() {
    return rowDimension;
  }

  /** The context distribution. */
  public FeatureDistribution contexts() {
    return contexts;
  }

  /** The coefficient distribution. */
  public FeatureDistribution coefficients() {
    return coefficients;
  }

  /** Whether the rows are drawn once per replication. */
  public boolean fixedRows() {
    return fixedRows;
  }

  /** One replication's parameters and (fixed) rows, drawn from {@code rng}. */
  Instance draw(RandomGenerator rng) {
    double[][] shared = new double[arms][sharedDimension];
    double[][] rowCoefficients = new double[sharedRowCoefficients ? 1 : arms][rowDimension];
    double[][] rows = fixedRows ? new double[arms][rowDimension] : null;
    if (rows != null) {
      for (double[] r : rows) {
        contexts.draw(rng, contextScale, r);
      }
    }
    for (int attempt = 0; ; attempt++) {
      fill(shared, givenShared, rng);
      fill(rowCoefficients, givenRows, rng);
      Instance instance = new Instance(this, shared, rowCoefficients, rows);
      if (minimumGap <= 0
          || rows == null
          || sharedDimension > 0
          || instance.fixedGap() >= minimumGap) {
        return instance;
      }
      if (attempt >= 10_000) {
        throw new IllegalArgumentException(
            "no coefficients with a gap >= " + minimumGap + " found in 10000 draws");
      }
    }
  }

  private void fill(double[][] target, double[][] given, RandomGenerator rng) {
    for (int i = 0; i < target.length; i++) {
      if (given != null) {
        System.arraycopy(given[i], 0, target[i], 0, target[i].length);
      } else if (target[i].length > 0) {
        coefficients.draw(rng, coefficientScale, target[i]);
      }
    }
  }

  /** The parameters of one replication. */
  static final class Instance {
    private final LinearModel model;
    private final double[][] shared;
    private final double[][] rowCoefficients;
    private final double[][] fixed;

    Instance(LinearModel model, double[][] shared, double[][] rowCoefficients, double[][] fixed) {
      this.model = model;
      this.shared = shared;
      this.rowCoefficients = rowCoefficients;
      this.fixed = fixed;
    }

    /** Draws round {@code t}'s context. */
    Context context(RandomGenerator rng) {
      double[] x = null;
      if (model.sharedDimension > 0) {
        x = new double[model.sharedDimension];
        model.contexts.draw(rng, model.contextScale, x);
      }
      double[][] rows = null;
      if (model.rowDimension > 0) {
        rows = new double[model.arms][];
        for (int a = 0; a < model.arms; a++) {
          if (fixed != null) {
            rows[a] = fixed[a];
          } else {
            rows[a] = new double[model.rowDimension];
            model.contexts.draw(rng, model.contextScale, rows[a]);
          }
        }
      }
      if (x != null && rows != null) {
        return Context.of(x, rows);
      }
      return x != null ? Context.of(x) : Context.ofArms(rows);
    }

    /** The linear predictor of every arm in {@code context}, into {@code out}. */
    void predictors(Context context, double[] out) {
      for (int a = 0; a < model.arms; a++) {
        double f = 0.0;
        if (model.sharedDimension > 0) {
          f += dot(context.shared(), shared[a]);
        }
        if (model.rowDimension > 0) {
          f += dot(context.arm(a), rowCoefficients[model.sharedRowCoefficients ? 0 : a]);
        }
        out[a] = f;
      }
    }

    /** With fixed rows and no shared vector: best predictor minus the second best. */
    double fixedGap() {
      double best = Double.NEGATIVE_INFINITY;
      double second = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < model.arms; a++) {
        double f = dot(fixed[a], rowCoefficients[model.sharedRowCoefficients ? 0 : a]);
        if (f > best) {
          second = best;
          best = f;
        } else if (f > second) {
          second = f;
        }
      }
      return model.arms == 1 ? Double.POSITIVE_INFINITY : best - second;
    }

    /** A copy of the per-arm coefficients of the shared vector ({@code [arm][j]}). */
    double[][] sharedCoefficients() {
      return copy(shared);
    }

    /** A copy of the row coefficients ({@code [0][j]} if shared, else {@code [arm][j]}). */
    double[][] rowCoefficients() {
      return copy(rowCoefficients);
    }

    private static double[][] copy(double[][] a) {
      double[][] out = new double[a.length][];
      for (int i = 0; i < a.length; i++) {
        out[i] = a[i].clone();
      }
      return out;
    }
  }

  static double dot(double[] a, double[] b) {
    double s = 0.0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  /** Builder of a {@link LinearModel}. */
  public static final class Builder {
    private final int arms;
    private int sharedDimension;
    private int rowDimension;
    private boolean sharedRowCoefficients = true;
    private FeatureDistribution contexts = FeatureDistribution.SPHERE;
    private double contextScale = 1.0;
    private FeatureDistribution coefficients = FeatureDistribution.SPHERE;
    private double coefficientScale = 1.0;
    private boolean fixedRows;
    private double minimumGap;
    private double[][] givenShared;
    private double[][] givenRows;

    private Builder(int arms) {
      if (arms < 1) {
        throw new IllegalArgumentException("arms must be >= 1, was " + arms);
      }
      this.arms = arms;
    }

    /** A shared context vector of dimension {@code d >= 1} with per-arm coefficients. */
    public Builder shared(int d) {
      if (d < 1) {
        throw new IllegalArgumentException("shared dimension must be >= 1, was " + d);
      }
      this.sharedDimension = d;
      return this;
    }

    /**
     * Per-arm rows of dimension {@code d >= 1}, with coefficients shared by the arms ({@code
     * sharedCoefficients}) or one vector per arm.
     */
    public Builder rows(int d, boolean sharedCoefficients) {
      if (d < 1) {
        throw new IllegalArgumentException("row dimension must be >= 1, was " + d);
      }
      this.rowDimension = d;
      this.sharedRowCoefficients = sharedCoefficients;
      return this;
    }

    /** How contexts are drawn, and their scale (finite, {@code > 0}). */
    public Builder contexts(FeatureDistribution distribution, double scale) {
      this.contexts = checked(distribution, scale, "context scale");
      this.contextScale = scale;
      return this;
    }

    /** How coefficients are drawn, and their scale (finite, {@code >= 0}). */
    public Builder coefficients(FeatureDistribution distribution, double scale) {
      if (!(scale >= 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException(
            "coefficient scale must be finite and >= 0, was " + scale);
      }
      this.coefficients = checked(distribution, 1.0, "coefficient scale");
      this.coefficientScale = scale;
      return this;
    }

    /**
     * Fixed rows (drawn once per replication), redrawing the coefficients until the best arm leads
     * by at least {@code minimumGap >= 0} (0: no condition).
     */
    public Builder fixedRows(double minimumGap) {
      if (!(minimumGap >= 0) || Double.isInfinite(minimumGap)) {
        throw new IllegalArgumentException(
            "minimum gap must be finite and >= 0, was " + minimumGap);
      }
      this.fixedRows = true;
      this.minimumGap = minimumGap;
      return this;
    }

    /**
     * Given coefficients instead of random ones: {@code shared[arm]} for the shared vector (or
     * null), {@code rows[0]} (shared) or {@code rows[arm]} for the rows (or null).
     */
    public Builder coefficientsGiven(double[][] shared, double[][] rows) {
      this.givenShared = shared == null ? null : deepCopy(shared);
      this.givenRows = rows == null ? null : deepCopy(rows);
      return this;
    }

    private static FeatureDistribution checked(FeatureDistribution d, double scale, String name) {
      if (d == null) {
        throw new IllegalArgumentException("distribution must not be null");
      }
      if (!(scale > 0) || Double.isInfinite(scale)) {
        throw new IllegalArgumentException(name + " must be finite and > 0, was " + scale);
      }
      return d;
    }

    private static double[][] deepCopy(double[][] a) {
      double[][] out = new double[a.length][];
      for (int i = 0; i < a.length; i++) {
        out[i] = a[i].clone();
      }
      return out;
    }

    /**
     * The model.
     *
     * @throws IllegalArgumentException if it has no features, or given coefficients do not fit
     */
    public LinearModel build() {
      if (sharedDimension == 0 && rowDimension == 0) {
        throw new IllegalArgumentException("a linear model needs a shared vector or rows");
      }
      if (fixedRows && rowDimension == 0) {
        throw new IllegalArgumentException("fixed rows need rows");
      }
      if (givenShared != null
          && (givenShared.length != arms || rowLengths(givenShared) != sharedDimension)) {
        throw new IllegalArgumentException(
            "given shared coefficients must be " + arms + " x " + sharedDimension);
      }
      int rowSets = sharedRowCoefficients ? 1 : arms;
      if (givenRows != null
          && (givenRows.length != rowSets || rowLengths(givenRows) != rowDimension)) {
        throw new IllegalArgumentException(
            "given row coefficients must be " + rowSets + " x " + rowDimension);
      }
      return new LinearModel(this);
    }

    private static int rowLengths(double[][] a) {
      int len = a.length == 0 ? 0 : a[0].length;
      for (double[] r : a) {
        if (r.length != len) {
          return -1;
        }
      }
      return len;
    }
  }
}
