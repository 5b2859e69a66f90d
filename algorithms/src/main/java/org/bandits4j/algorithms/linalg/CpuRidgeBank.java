package org.bandits4j.algorithms.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default {@link RidgeBank}: per-model flat arrays, the hot-path loops of {@link DenseKernels},
 * EJML (through {@link Factoriser}) for refactorisations and mini-batch blocks.
 *
 * <p>Per model it keeps the raw statistics {@code G}, {@code b}, {@code n} and a derived state: the
 * factor ({@code P = V⁻¹} or the upper Cholesky factor {@code U}), {@code θ̂} and {@code log det
 * V}. Updates cost O(d²): Sherman–Morrison {@code u = P x}, {@code θ̂ += u (r - xᵀθ̂)/(1 + xᵀu)},
 * {@code P -= c cᵀ} with {@code c = u / sqrt(1 + xᵀu)} (exactly symmetric); or, for Cholesky, one
 * forward and one back substitution and a rank-one factor update. The log-determinant grows by
 * {@code log1p(xᵀV⁻¹x)} (matrix-determinant lemma).
 *
 * <p>Drift control (spec §0.2.5): a model is refactorised from its raw statistics every {@link
 * RidgeOptions#refactorIntervalFor(int)} updates, and every {@value #PROBE_INTERVAL} updates a
 * probe runs: for Sherman–Morrison {@code ‖V(P q) - q‖∞ > 1e-8} with a fixed unit vector {@code q};
 * for Cholesky {@code |log det - 2 Σ ln U_kk| > 1e-9 d}. A failed probe refactorises at once.
 *
 * <p>Mini-batches ({@link #update(int[], double[][], double[])}): in a lazy bank, row by row (the
 * switch rule is defined per row, so batching must not move the switch points). Otherwise a model
 * receiving {@code m < d} rows gets one Woodbury block update (Sherman–Morrison kernel: {@code P -=
 * P Xᵀ (I + X P Xᵀ)⁻¹ X P}, written as {@code P -= Y Yᵀ} with {@code Y = P Xᵀ L_S⁻ᵀ}, {@code S =
 * L_S L_Sᵀ}; {@code log det += log det S}) or {@code m} rank-one Cholesky updates; a model
 * receiving {@code m >= d} rows adds them to its raw statistics and is refactorised (O(d³), exact).
 *
 * <p>Complexity: queries O(d²) per point, updates O(d²), refactorisation O(d³); memory about {@code
 * 3d²} doubles per model ({@code 5d²} when lazy). Single-row queries and updates allocate nothing.
 */
final class CpuRidgeBank implements RidgeBank {

  /** The CPU backend. */
  static final RidgeBackend BACKEND =
      new RidgeBackend() {
        @Override
        public String name() {
          return "cpu";
        }

        @Override
        public RidgeBank create(int models, int dimension, RidgeOptions options) {
          return new CpuRidgeBank(models, dimension, options);
        }

        @Override
        public String toString() {
          return "RidgeBackend[cpu]";
        }
      };

  /** Updates between drift probes. */
  static final int PROBE_INTERVAL = 64;

  private static final double PROBE_TOLERANCE = 1e-8;

  private final int d;
  private final RidgeOptions options;
  private final boolean cholesky;
  private final boolean lazy;
  private final double switchLog;
  private final int refactorInterval;
  private final List<Model> models = new ArrayList<>();
  private final Factoriser factoriser;
  private final double[] scratchU;
  private final double[] scratchY;
  private final double[] scratchW;
  private final double[] weights;
  private final double[] scratchFull;
  private final double[] scratchFactor;
  private final double[] probe;
  private final int packed;

  CpuRidgeBank(int size, int dimension, RidgeOptions options) {
    if (size < 0) {
      throw new IllegalArgumentException("bank size must be >= 0, was " + size);
    }
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be >= 1, was " + dimension);
    }
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    this.d = dimension;
    this.options = options;
    this.cholesky = options.kernel() == RidgeKernel.CHOLESKY;
    this.lazy = options.lazy();
    this.switchLog = Math.log1p(options.switchGrowth());
    this.refactorInterval = options.refactorIntervalFor(dimension);
    this.factoriser = new Factoriser(dimension);
    this.scratchU = new double[dimension];
    this.scratchY = new double[dimension];
    this.scratchW = new double[dimension];
    this.packed = DenseKernels.packedSize(dimension);
    this.weights = new double[packed];
    this.scratchFull = new double[dimension * dimension];
    this.scratchFactor = cholesky ? null : new double[dimension * dimension];
    this.probe = probeVector(dimension);
    for (int m = 0; m < size; m++) {
      add();
    }
  }

  /** A fixed unit vector with irregular entries (deterministic; no random generator needed). */
  private static double[] probeVector(int d) {
    double[] q = new double[d];
    double norm = 0.0;
    for (int i = 0; i < d; i++) {
      q[i] = 1.0 + ((i * 0.6180339887498949) % 1.0);
      norm += q[i] * q[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < d; i++) {
      q[i] /= norm;
    }
    return q;
  }

  // ---------------------------------------------------------------- state of one model

  /** The factor, estimate and log-determinant derived from some raw statistics. */
  private static final class Derived {
    final double[] factor;
    final double[] inverseDiagonal;
    final double[] theta;
    double logDet;

    Derived(int d, boolean cholesky) {
      factor = new double[cholesky ? d * d : DenseKernels.packedSize(d)];
      inverseDiagonal = new double[d];
      theta = new double[d];
    }

    void copyFrom(Derived o) {
      System.arraycopy(o.factor, 0, factor, 0, factor.length);
      System.arraycopy(o.inverseDiagonal, 0, inverseDiagonal, 0, inverseDiagonal.length);
      System.arraycopy(o.theta, 0, theta, 0, theta.length);
      logDet = o.logDet;
    }
  }

  private static final class Model {
    final double[] gram;
    final double[] moment;
    long count;
    final Derived current;

    /** Published statistics (lazy only; otherwise aliases of the current ones). */
    final double[] publishedGram;

    final double[] publishedMoment;
    long publishedCount;
    final Derived published;

    /** Whether {@link #published} was copied from a derived state that was not fresh. */
    boolean publishedDirty;

    int sinceRefactor;
    int sinceProbe;

    Model(int d, boolean lazy, boolean cholesky) {
      gram = new double[DenseKernels.packedSize(d)];
      moment = new double[d];
      current = new Derived(d, cholesky);
      if (lazy) {
        publishedGram = new double[DenseKernels.packedSize(d)];
        publishedMoment = new double[d];
        published = new Derived(d, cholesky);
      } else {
        publishedGram = gram;
        publishedMoment = moment;
        published = current;
      }
    }
  }

  // ---------------------------------------------------------------- RidgeBank

  @Override
  public int size() {
    return models.size();
  }

  @Override
  public int dimension() {
    return d;
  }

  @Override
  public RidgeOptions options() {
    return options;
  }

  @Override
  public void evaluate(double[] x, double[] means, double[] variances) {
    if (!cholesky) {
      DenseKernels.packedWeights(x, d, weights); // once for every model
    }
    int m = 0;
    for (; m + 1 < models.size(); m += 2) { // two models per pass over the shared vectors
      Derived q = models.get(m).published;
      Derived r = models.get(m + 1).published;
      DenseKernels.dotPair(q.theta, r.theta, x, d, means, m);
      if (cholesky) {
        DenseKernels.forwardSolvePair(
            q.factor, q.inverseDiagonal, r.factor, r.inverseDiagonal, d, x, scratchY, scratchU);
        variances[m] = DenseKernels.dot(scratchY, scratchY, d);
        variances[m + 1] = DenseKernels.dot(scratchU, scratchU, d);
      } else {
        DenseKernels.dotPair(q.factor, r.factor, weights, packed, variances, m);
      }
    }
    for (; m < models.size(); m++) {
      Derived q = models.get(m).published;
      means[m] = DenseKernels.dot(q.theta, x, d);
      variances[m] = cholesky ? variance(q, x) : DenseKernels.dot(q.factor, 0, weights, 0, packed);
    }
  }

  @Override
  public void evaluate(double[][] rows, double[] means, double[] variances) {
    for (int m = 0; m < models.size(); m++) {
      Derived q = models.get(m).published;
      double[] x = rows[m];
      means[m] = DenseKernels.dot(q.theta, x, d);
      variances[m] = variance(q, x);
    }
  }

  @Override
  public void evaluate(int model, double[][] rows, double[] means, double[] variances) {
    Derived q = models.get(model).published;
    for (int i = 0; i < rows.length; i++) {
      double[] x = rows[i];
      means[i] = DenseKernels.dot(q.theta, x, d);
      variances[i] = variance(q, x);
    }
  }

  @Override
  public double mean(int model, double[] x) {
    return DenseKernels.dot(models.get(model).published.theta, x, d);
  }

  @Override
  public double variance(int model, double[] x) {
    return variance(models.get(model).published, x);
  }

  private double variance(Derived q, double[] x) {
    if (cholesky) {
      DenseKernels.forwardSolve(q.factor, q.inverseDiagonal, d, x, scratchY);
      return DenseKernels.dot(scratchY, scratchY, d);
    }
    return DenseKernels.packedQuadraticForm(q.factor, d, x, weights);
  }

  @Override
  public void theta(int model, double[] out) {
    System.arraycopy(models.get(model).published.theta, 0, out, 0, d);
  }

  @Override
  public void solve(int model, double[] rhs, double[] out) {
    solve(models.get(model).published, rhs, out);
  }

  private void solve(Derived q, double[] rhs, double[] out) {
    if (cholesky) {
      DenseKernels.forwardSolve(q.factor, q.inverseDiagonal, d, rhs, scratchY);
      DenseKernels.backSolve(q.factor, q.inverseDiagonal, d, scratchY, out);
    } else {
      DenseKernels.packedMultiply(q.factor, d, rhs, scratchY);
      System.arraycopy(scratchY, 0, out, 0, d);
    }
  }

  @Override
  public void sample(int model, double[] z, double scale, double[] out) {
    if (!cholesky) {
      throw new IllegalStateException(
          "Gaussian sampling needs the CHOLESKY kernel, this bank uses " + options.kernel());
    }
    Derived q = models.get(model).published;
    System.arraycopy(z, 0, scratchY, 0, d);
    DenseKernels.backSolve(q.factor, q.inverseDiagonal, d, scratchY, scratchY);
    for (int i = 0; i < d; i++) {
      out[i] = q.theta[i] + scale * scratchY[i];
    }
  }

  @Override
  public double logDet(int model) {
    return models.get(model).published.logDet;
  }

  @Override
  public long count(int model) {
    return models.get(model).count;
  }

  // ---------------------------------------------------------------- updates

  @Override
  public void update(int model, double[] x, double reward) {
    Model m = models.get(model);
    Derived c = m.current;
    double q;
    if (cholesky) {
      DenseKernels.forwardSolve(c.factor, c.inverseDiagonal, d, x, scratchY);
      q = DenseKernels.dot(scratchY, scratchY, d);
      DenseKernels.backSolve(c.factor, c.inverseDiagonal, d, scratchY, scratchU);
      double gain = (reward - DenseKernels.dot(c.theta, x, d)) / (1.0 + q);
      DenseKernels.axpy(gain, scratchU, 0, c.theta, 0, d);
      System.arraycopy(x, 0, scratchW, 0, d);
      DenseKernels.choleskyUpdate(c.factor, c.inverseDiagonal, d, scratchW);
    } else {
      DenseKernels.packedMultiply(c.factor, d, x, scratchU);
      q = DenseKernels.dot(x, scratchU, d);
      double s = 1.0 + q;
      double gain = (reward - DenseKernels.dot(c.theta, x, d)) / s;
      DenseKernels.axpy(gain, scratchU, 0, c.theta, 0, d);
      double scale = 1.0 / Math.sqrt(s);
      for (int i = 0; i < d; i++) {
        scratchW[i] = scratchU[i] * scale;
      }
      DenseKernels.packedSubtractOuter(c.factor, d, scratchW);
    }
    c.logDet += Math.log1p(q);
    DenseKernels.packedAddOuter(m.gram, d, x);
    DenseKernels.axpy(reward, x, 0, m.moment, 0, d);
    m.count++;
    afterUpdate(m, 1);
  }

  @Override
  public void update(int[] modelOf, double[][] rows, double[] rewards) {
    if (modelOf.length != rows.length || rows.length != rewards.length) {
      throw new IllegalArgumentException(
          "batch arrays must have one entry per row: "
              + modelOf.length
              + " models, "
              + rows.length
              + " rows, "
              + rewards.length
              + " rewards");
    }
    Map<Integer, List<Integer>> byModel = new LinkedHashMap<>();
    for (int i = 0; i < modelOf.length; i++) {
      if (modelOf[i] < 0 || modelOf[i] >= models.size()) {
        throw new IllegalArgumentException(
            "model index must be in [0, " + models.size() + "), was " + modelOf[i]);
      }
      byModel.computeIfAbsent(modelOf[i], k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<Integer, List<Integer>> e : byModel.entrySet()) {
      Model m = models.get(e.getKey());
      List<Integer> block = e.getValue();
      int n = block.size();
      if (n == 1 || lazy) { // the switch rule is defined per row: lazy banks learn row by row
        for (int i : block) {
          update(e.getKey(), rows[i], rewards[i]);
        }
        continue;
      }
      if (n == 1) {
        int i = block.get(0);
        update(e.getKey(), rows[i], rewards[i]);
        continue;
      }
      if (n >= d) {
        for (int i : block) {
          DenseKernels.packedAddOuter(m.gram, d, rows[i]);
          DenseKernels.axpy(rewards[i], rows[i], 0, m.moment, 0, d);
        }
        m.count += n;
        refactor(m);
        publishIfGrown(m);
        continue;
      }
      if (cholesky) {
        for (int i : block) {
          update(e.getKey(), rows[i], rewards[i]);
        }
        continue;
      }
      woodbury(m, block, rows, rewards);
      afterUpdate(m, n);
    }
  }

  /** {@code n < d} rows into a Sherman–Morrison model as one block. */
  private void woodbury(Model m, List<Integer> block, double[][] rows, double[] rewards) {
    int n = block.size();
    Derived c = m.current;
    double[][] w = new double[n][d]; // row i = P x_i
    for (int i = 0; i < n; i++) {
      DenseKernels.packedMultiply(c.factor, d, rows[block.get(i)], w[i]);
    }
    double[] s = new double[n * n]; // S = I + X P Xᵀ, exactly symmetric
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double v = DenseKernels.dot(rows[block.get(i)], w[j], d) + (i == j ? 1.0 : 0.0);
        s[i * n + j] = v;
        s[j * n + i] = v;
      }
    }
    double[] ls = new double[n * n];
    double[] inverseDiagonal = new double[n];
    double logDetS = new Factoriser(n).cholesky(s, 0.0, ls, inverseDiagonal); // S = L_S L_Sᵀ
    // Y = W L_S⁻ᵀ, as rows: y_i = (w_i - Σ_{j<i} L_S[i][j] y_j) / L_S[i][i]; with L_S = Uᵀ.
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        DenseKernels.axpy(-ls[j * n + i], w[j], 0, w[i], 0, d);
      }
      double inv = inverseDiagonal[i];
      for (int k = 0; k < d; k++) {
        w[i][k] *= inv;
      }
    }
    for (int i = 0; i < n; i++) {
      DenseKernels.packedSubtractOuter(c.factor, d, w[i]);
    }
    c.logDet += logDetS;
    for (int i : block) {
      DenseKernels.packedAddOuter(m.gram, d, rows[i]);
      DenseKernels.axpy(rewards[i], rows[i], 0, m.moment, 0, d);
    }
    m.count += n;
    DenseKernels.packedMultiply(c.factor, d, m.moment, c.theta);
  }

  private void afterUpdate(Model m, int rows) {
    m.sinceRefactor += rows;
    m.sinceProbe += rows;
    if (m.sinceRefactor >= refactorInterval) {
      refactor(m);
    } else if (m.sinceProbe >= PROBE_INTERVAL) {
      m.sinceProbe = 0;
      if (drifted(m)) {
        refactor(m);
      }
    }
    publishIfGrown(m);
  }

  private boolean drifted(Model m) {
    Derived c = m.current;
    if (cholesky) {
      double logDet = 0.0;
      for (int i = 0; i < d; i++) {
        logDet += Math.log(c.factor[i * d + i]);
      }
      return !(Math.abs(2.0 * logDet - c.logDet) <= 1e-9 * d);
    }
    DenseKernels.packedMultiply(c.factor, d, probe, scratchU); // t = P q
    DenseKernels.packedMultiply(m.gram, d, scratchU, scratchY); // G t
    double worst = 0.0;
    for (int i = 0; i < d; i++) {
      double residual = Math.abs(scratchY[i] + options.lambda() * scratchU[i] - probe[i]);
      worst = Math.max(worst, Double.isNaN(residual) ? Double.POSITIVE_INFINITY : residual);
    }
    return worst > PROBE_TOLERANCE;
  }

  private void publishIfGrown(Model m) {
    if (lazy && m.current.logDet - m.published.logDet >= switchLog) {
      m.published.copyFrom(m.current);
      System.arraycopy(m.gram, 0, m.publishedGram, 0, packed);
      System.arraycopy(m.moment, 0, m.publishedMoment, 0, d);
      m.publishedCount = m.count;
      m.publishedDirty = m.sinceRefactor > 0;
    }
  }

  /** Recomputes the current derived state from the raw statistics. */
  private void refactor(Model m) {
    derive(m.gram, m.moment, m.current);
    m.sinceRefactor = 0;
    m.sinceProbe = 0;
  }

  private void derive(double[] packedGram, double[] moment, Derived out) {
    DenseKernels.unpack(packedGram, d, scratchFull);
    if (cholesky) {
      out.logDet =
          factoriser.cholesky(scratchFull, options.lambda(), out.factor, out.inverseDiagonal);
      DenseKernels.forwardSolve(out.factor, out.inverseDiagonal, d, moment, scratchY);
      DenseKernels.backSolve(out.factor, out.inverseDiagonal, d, scratchY, out.theta);
    } else {
      out.logDet =
          factoriser.cholesky(scratchFull, options.lambda(), scratchFactor, out.inverseDiagonal);
      factoriser.inverseFromFactor(scratchFactor, scratchFull);
      DenseKernels.pack(scratchFull, d, out.factor);
      Arrays.fill(out.inverseDiagonal, 0.0);
      DenseKernels.packedMultiply(out.factor, d, moment, out.theta);
    }
  }

  // ---------------------------------------------------------------- statistics and structure

  @Override
  public RidgeStatistics statistics(int model) {
    Model m = models.get(model);
    return m.count == 0 ? RidgeStatistics.empty(d) : raw(m.gram, m.moment, m.count);
  }

  private RidgeStatistics raw(double[] packedGram, double[] moment, long count) {
    double[] full = new double[d * d];
    DenseKernels.unpack(packedGram, d, full);
    return new RidgeStatistics(full, moment, count);
  }

  @Override
  public RidgeStatistics publishedStatistics(int model) {
    Model m = models.get(model);
    if (!lazy) {
      return statistics(model);
    }
    return m.publishedCount == 0
        ? RidgeStatistics.empty(d)
        : raw(m.publishedGram, m.publishedMoment, m.publishedCount);
  }

  @Override
  public void restore(int model, RidgeStatistics current, RidgeStatistics published) {
    if (current.dimension() != d || published.dimension() != d) {
      throw new IllegalArgumentException(
          "statistics of dimension "
              + current.dimension()
              + " and "
              + published.dimension()
              + " cannot restore a model of dimension "
              + d);
    }
    Model m = models.get(model);
    DenseKernels.pack(current.gram(), d, m.gram);
    System.arraycopy(current.moment(), 0, m.moment, 0, d);
    m.count = current.count();
    refactor(m);
    if (lazy) {
      DenseKernels.pack(published.gram(), d, m.publishedGram);
      System.arraycopy(published.moment(), 0, m.publishedMoment, 0, d);
      m.publishedCount = published.count();
      derive(m.publishedGram, m.publishedMoment, m.published);
      m.publishedDirty = false;
    }
  }

  @Override
  public void normalise() {
    for (Model m : models) {
      if (m.sinceRefactor > 0) {
        refactor(m);
      }
      if (lazy && m.publishedDirty) {
        derive(m.publishedGram, m.publishedMoment, m.published);
        m.publishedDirty = false;
      }
    }
  }

  @Override
  public void add() {
    Model m = new Model(d, lazy, cholesky);
    refactor(m);
    if (lazy) {
      m.published.copyFrom(m.current);
    }
    models.add(m);
  }

  @Override
  public void remove(int model) {
    models.remove(model);
  }

  @Override
  public String toString() {
    return "CpuRidgeBank[models=" + models.size() + ", d=" + d + ", " + options + "]";
  }
}
