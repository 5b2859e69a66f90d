package org.bandits4j.algorithms.linalg;

/**
 * A bank of independent ridge-regression models of one dimension {@code d}: the linear-algebra SPI
 * of the contextual policies (spec §0.2). Model {@code m} holds {@code V_m = λI + Σ x xᵀ}, {@code
 * b_m = Σ r x} and answers queries about {@code θ̂_m = V_m⁻¹ b_m}.
 *
 * <p>A bank is the unit a backend batches over: the models may be the arms of one policy (disjoint
 * LinUCB), the levels of SupLinUCB, or — for a batched backend such as the planned ND4J one — the
 * arms of many replications at once. Calls that evaluate or update many models ({@link
 * #evaluate(double[], double[], double[])}, {@link #evaluate(double[][], double[], double[])},
 * {@link #update(int[], double[][], double[])}) are the ones a batched backend executes in one
 * kernel launch.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>The raw statistics ({@link #statistics(int)}) are exact sums of the rows learned, in the
 *       order learned. Everything else is derived from them, and {@link #normalise()} recomputes
 *       the derived state from them so that a bank restored from the statistics answers every later
 *       query bit for bit like this one.
 *   <li>Queries read the published statistics: the current ones, or, with lazy updates ({@link
 *       RidgeOptions#switchGrowth()} {@code > 0}), those as of the last switch.
 *   <li>Deterministic: the same calls give the same bits on every JVM (no platform BLAS, no
 *       thread-count-dependent reductions).
 *   <li>Arguments are checked by the callers (the policies validate contexts and rewards); banks
 *       check only indices and lengths where it is cheap.
 *   <li>Not thread-safe (single writer), like the policies that own them.
 * </ul>
 */
public interface RidgeBank {

  /** Number of models. */
  int size();

  /** The dimension {@code d} of every model. */
  int dimension();

  /** The settings of every model. */
  RidgeOptions options();

  // ---------------------------------------------------------------- queries

  /**
   * Every model at the same point: {@code means[m] = θ̂_mᵀ x}, {@code variances[m] = xᵀ V_m⁻¹ x}.
   */
  void evaluate(double[] x, double[] means, double[] variances);

  /** Model {@code m} at its own point {@code rows[m]}. */
  void evaluate(double[][] rows, double[] means, double[] variances);

  /**
   * One model at many points: {@code means[i] = θ̂ᵀ rows[i]}, {@code variances[i] =
   * ‖rows[i]‖²_{V⁻¹}}.
   */
  void evaluate(int model, double[][] rows, double[] means, double[] variances);

  /** {@code θ̂_mᵀ x}. */
  double mean(int model, double[] x);

  /** {@code xᵀ V_m⁻¹ x}. */
  double variance(int model, double[] x);

  /** Copies {@code θ̂_m} into {@code out}. */
  void theta(int model, double[] out);

  /** {@code out = V_m⁻¹ rhs}; {@code out} may be {@code rhs}. */
  void solve(int model, double[] rhs, double[] out);

  /**
   * A Gaussian draw {@code out = θ̂_m + scale · U_m⁻¹ z} from {@code N(θ̂_m, scale² V_m⁻¹)}, given
   * standard normal {@code z} (so the draw is a deterministic function of {@code z}, identical on
   * every platform).
   *
   * @throws IllegalStateException if the kernel keeps no Cholesky factor ({@link
   *     RidgeKernel#SHERMAN_MORRISON})
   */
  void sample(int model, double[] z, double scale, double[] out);

  /** {@code log det V_m}, maintained by the matrix-determinant lemma. */
  double logDet(int model);

  /** Rows learned by model {@code m} (current, not published). */
  long count(int model);

  // ---------------------------------------------------------------- updates

  /** Learns one row: {@code V_m += x xᵀ}, {@code b_m += r x}. */
  void update(int model, double[] x, double reward);

  /**
   * Learns a batch of rows, row {@code i} into model {@code models[i]}; the result equals learning
   * them one by one up to rounding. Implementations add each model's rows as one block (Woodbury
   * when the block is smaller than {@code d}, otherwise adding {@code UᵀU} to {@code V} and
   * refactorising), except with lazy updates, where the switch rule is applied after every row.
   */
  void update(int[] models, double[][] rows, double[] rewards);

  // ---------------------------------------------------------------- statistics and structure

  /** The current raw statistics of model {@code m}. */
  RidgeStatistics statistics(int model);

  /** The raw statistics queries read (equal to {@link #statistics(int)} unless lazy). */
  RidgeStatistics publishedStatistics(int model);

  /**
   * Replaces model {@code m}'s statistics (restore, merge) and recomputes its derived state.
   *
   * @throws IllegalArgumentException if a dimension differs
   */
  void restore(int model, RidgeStatistics current, RidgeStatistics published);

  /**
   * Recomputes the derived state of every model updated since its last refactorisation from its raw
   * statistics, so that a bank restored from {@link #statistics(int)} and {@link
   * #publishedStatistics(int)} is in lockstep with this one.
   */
  void normalise();

  /** Appends a fresh model (no rows). */
  void add();

  /** Removes model {@code m}; later models shift down by one. */
  void remove(int model);
}
