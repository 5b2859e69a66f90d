package org.bandits4j.algorithms.glm;

import java.util.Arrays;
import org.bandits4j.algorithms.linalg.DenseKernels;
import org.bandits4j.algorithms.linalg.Factoriser;

/**
 * Regularised logistic regression on a growing history, fitted by damped Newton iterations
 * (iteratively reweighted least squares): the maximiser of
 *
 * <pre>{@code ℓ(θ) = Σ_s [r_s x_sᵀθ - ln(1 + exp(x_sᵀθ))] - (λ/2) ‖θ‖²}</pre>
 *
 * over {@code ‖θ‖ <= radius}. Each iteration forms the gradient {@code g = Σ (μ(x_sᵀθ) - r_s) x_s +
 * λθ} and the Hessian {@code H = Σ μ'(x_sᵀθ) x_s x_sᵀ + λI} (O(n d²)), solves {@code H s = g}
 * through a Cholesky factor, and takes the longest step {@code θ - t s}, {@code t = 1, 1/2, ...},
 * that does not increase the objective, projected onto the ball. It stops when a step moves no
 * coordinate by more than {@code 1e-12 max(1, ‖θ‖∞)} (Newton converges quadratically near the
 * optimum, so warm starts from the previous round's estimate take one to three iterations) or after
 * {@value #MAX_ITERATIONS} iterations. The projection keeps the estimate finite on separable data,
 * where the unregularised maximum-likelihood estimate does not exist.
 *
 * <p>Tested against Hipparchus' nonlinear conjugate-gradient optimiser on the same objective.
 * Rewards may be fractional in {@code [0, 1]} (quasi-likelihood). Deterministic: fixed summation
 * order.
 *
 * <p>Not thread-safe. Memory O(n d); adding a row is amortised O(d) (the history array doubles).
 */
final class LogisticFit {

  static final int MAX_ITERATIONS = 50;

  /** Below this Newton decrement the full step is taken without a line search. */
  static final double FULL_STEP_DECREMENT = 0.1;

  private final int d;
  private final double lambda;
  private final double radius;
  private final Factoriser factoriser;
  private double[] rows;
  private double[] rewards;
  private int n;
  private final double[] theta;
  private final double[] gradient;
  private final double[] hessian;
  private final double[] factor;
  private final double[] inverseDiagonal;
  private final double[] step;
  private final double[] trial;
  private final double[] scratch;

  LogisticFit(int d, double lambda, double radius) {
    this.d = d;
    this.lambda = lambda;
    this.radius = radius;
    this.factoriser = new Factoriser(d);
    this.rows = new double[16 * d];
    this.rewards = new double[16];
    this.theta = new double[d];
    this.gradient = new double[d];
    this.hessian = new double[d * d];
    this.factor = new double[d * d];
    this.inverseDiagonal = new double[d];
    this.step = new double[d];
    this.trial = new double[d];
    this.scratch = new double[d];
  }

  static double sigmoid(double eta) {
    return eta >= 0 ? 1.0 / (1.0 + Math.exp(-eta)) : Math.exp(eta) / (1.0 + Math.exp(eta));
  }

  /** {@code ln(1 + e^η)} without overflow. */
  static double softplus(double eta) {
    return Math.max(eta, 0.0) + Math.log1p(Math.exp(-Math.abs(eta)));
  }

  int size() {
    return n;
  }

  int dimension() {
    return d;
  }

  /** Appends a row (amortised O(d)). */
  void add(double[] x, double r) {
    if (n == rewards.length) {
      rewards = Arrays.copyOf(rewards, 2 * n);
      rows = Arrays.copyOf(rows, 2 * n * d);
    }
    System.arraycopy(x, 0, rows, n * d, d);
    rewards[n++] = r;
  }

  /** Row {@code i} (a copy). */
  double[] row(int i) {
    return Arrays.copyOfRange(rows, i * d, (i + 1) * d);
  }

  double reward(int i) {
    return rewards[i];
  }

  /** The estimate (not a copy; read-only for callers). */
  double[] theta() {
    return theta;
  }

  void setTheta(double[] value) {
    System.arraycopy(value, 0, theta, 0, d);
  }

  /** The negative penalised log-likelihood at {@code th}. */
  double objective(double[] th) {
    double f = 0.0;
    for (int s = 0; s < n; s++) {
      double eta = DenseKernels.dot(rows, s * d, th, 0, d);
      f += softplus(eta) - rewards[s] * eta;
    }
    return f + 0.5 * lambda * DenseKernels.dot(th, th, d);
  }

  /**
   * Runs damped, projected Newton iterations from the current estimate; returns the number of
   * iterations.
   */
  int fit() {
    for (int it = 1; it <= MAX_ITERATIONS; it++) {
      derivatives(theta);
      factoriser.cholesky(hessian, lambda, factor, inverseDiagonal);
      DenseKernels.forwardSolve(factor, inverseDiagonal, d, gradient, scratch);
      DenseKernels.backSolve(factor, inverseDiagonal, d, scratch, step);
      double decrement = DenseKernels.dot(gradient, step, d); // gᵀH⁻¹g ≈ 2 (f - f*)
      if (decrement <= FULL_STEP_DECREMENT) {
        // Newton's quadratic regime: take the full step without a line search; once the
        // decrement is negligible that step squares the remaining error and the fit stops.
        double moved = 0.0;
        for (int j = 0; j < d; j++) {
          trial[j] = theta[j] - step[j];
        }
        project(trial);
        for (int j = 0; j < d; j++) {
          moved = Math.max(moved, Math.abs(trial[j] - theta[j]));
        }
        System.arraycopy(trial, 0, theta, 0, d);
        if (decrement <= 1e-12 * Math.max(1.0, n) || moved == 0.0) {
          return it;
        }
        continue;
      }
      double f0 = objective(theta);
      double slack = 1e-14 * Math.max(1.0, Math.abs(f0));
      double t = 1.0;
      boolean decreased = false;
      for (int halvings = 0; halvings <= 40 && !decreased; halvings++, t *= 0.5) {
        for (int j = 0; j < d; j++) {
          trial[j] = theta[j] - t * step[j];
        }
        project(trial);
        decreased = objective(trial) <= f0 + slack;
      }
      if (!decreased) {
        return it; // no descent left along the (projected) Newton direction
      }
      double moved = 0.0;
      for (int j = 0; j < d; j++) {
        moved = Math.max(moved, Math.abs(trial[j] - theta[j]));
      }
      System.arraycopy(trial, 0, theta, 0, d);
      if (moved == 0.0) {
        return it; // pinned on the ball
      }
    }
    return MAX_ITERATIONS;
  }

  private void project(double[] th) {
    if (Double.isInfinite(radius)) {
      return;
    }
    double norm = Math.sqrt(DenseKernels.dot(th, th, d));
    if (norm > radius) {
      double scale = radius / norm;
      for (int j = 0; j < d; j++) {
        th[j] *= scale;
      }
    }
  }

  /** The gradient into {@link #gradient} and {@code H - λI} (exactly symmetric) into hessian. */
  private void derivatives(double[] th) {
    Arrays.fill(gradient, 0.0);
    Arrays.fill(hessian, 0.0);
    for (int s = 0; s < n; s++) {
      int off = s * d;
      double eta = DenseKernels.dot(rows, off, th, 0, d);
      double mu = sigmoid(eta);
      DenseKernels.axpy(mu - rewards[s], rows, off, gradient, 0, d);
      double w = mu * (1.0 - mu);
      for (int i = 0; i < d; i++) {
        double wxi = w * rows[off + i];
        for (int j = i; j < d; j++) {
          hessian[i * d + j] += wxi * rows[off + j];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      gradient[i] += lambda * th[i];
      for (int j = i + 1; j < d; j++) {
        hessian[j * d + i] = hessian[i * d + j];
      }
    }
  }

  /**
   * The upper Cholesky factor of the Hessian {@code H = Σ μ'(x_sᵀθ̂) x_s x_sᵀ + λI} at the current
   * estimate, written into {@code u} with {@code 1/U_kk} into {@code inverseDiagonal} (the Laplace
   * approximation's precision).
   */
  void hessianFactor(double[] u, double[] inverseDiagonal) {
    derivatives(theta);
    factoriser.cholesky(hessian, lambda, u, inverseDiagonal);
  }
}
