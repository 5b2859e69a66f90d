package org.bandits4j.algorithms.heavytail;

/**
 * Catoni's M-estimator as used by Bubeck, Cesa-Bianchi and Lugosi (2013): with variance at most
 * {@code v} and level {@code ℓ = ln(1/δ)}, {@code μ̂} is the root of
 *
 * <pre>{@code sum_i ψ(α (X_i - μ̂)) = 0,   ψ(x) = sign(x) ln(1 + |x| + x²/2),
 * α = sqrt( 2ℓ / (n (v + 2vℓ/(n - 2ℓ))) )}</pre>
 *
 * and, if {@code n >= 4ℓ}, with probability at least {@code 1 - δ}, {@code μ̂ <= μ + 2 sqrt(v ℓ /
 * n)}; the width is that term and {@code 4ℓ} is the required count. At {@code ℓ = 0} ({@code t =
 * 1}) {@code α = 0} and the estimate is its limit, the sample mean.
 *
 * <p>Root finding: the sum is strictly decreasing in {@code μ̂} and changes sign on {@code [min X,
 * max X]}; Newton's method from the sample mean, safeguarded by bisection on a bracket that shrinks
 * at every step, stops when a step moves less than 4 ulps. ψ is evaluated as {@code 2 ln|x| - ln 2}
 * beyond {@code |x| = 1e100}, where {@code x²} would overflow, so the sum stays finite.
 *
 * <p>Exact evaluation ({@link Evaluation#EXACT}) costs O(n) per Newton step, every round. The
 * approximation {@link Evaluation#DOUBLING} evaluates the estimator on the first {@code n' =
 * 2^{floor log2 n}} rewards at the level {@code ℓ' = 2 ln t'} of round {@code t' = 2^{floor log2
 * t}}, with the width {@code 2 sqrt(v ℓ'/n')} and the requirement {@code n' >= 4ℓ'}: it is the
 * published estimator and bound at confidence {@code δ' = t'^-2 <= 4 t^-2} on at least half the
 * rewards, and it changes only when {@code n} or {@code t} crosses a power of two (O(log)
 * evaluations per arm). It is a pure function of the rewards and {@code t}, like the exact mode.
 */
final class CatoniSamples extends ArmSamples {

  private static final double LARGE = 1e100;
  private static final double LN2 = Math.log(2.0);

  private final double v;
  private final boolean doubling;
  private double cachedValue;
  private int cachedCount = -1;
  private long cachedRound = -1;
  private double cachedLevel;

  CatoniSamples(double v, boolean doubling) {
    this.v = v;
    this.doubling = doubling;
  }

  @Override
  void grow(int capacity) {
    // no per-sample arrays
  }

  @Override
  void added(double value) {
    // estimates are computed on demand
  }

  /** {@code ℓ' = 2 ln t'} for the power of two {@code t' <= t} (doubling mode). */
  private double roundedLevel(long t) {
    long rounded = Long.highestOneBit(t);
    if (rounded != cachedRound) {
      cachedRound = rounded;
      cachedLevel = rounded <= 1 ? 0.0 : 2.0 * Math.log((double) rounded);
      cachedCount = -1;
    }
    return cachedLevel;
  }

  @Override
  long required(double level, long t) {
    if (!doubling) {
      return Math.max(1L, (long) Math.ceil(4.0 * level));
    }
    long needed = Math.max(1L, (long) Math.ceil(4.0 * roundedLevel(t)));
    return Long.highestOneBit(needed) == needed ? needed : Long.highestOneBit(needed) << 1;
  }

  @Override
  double estimate(double level, long t, double[] scratch) {
    if (!doubling) {
      return solve(n, level);
    }
    double roundedLevel = roundedLevel(t);
    int count = Integer.highestOneBit(n);
    if (count != cachedCount) {
      cachedValue = solve(count, roundedLevel);
      cachedCount = count;
    }
    return cachedValue;
  }

  @Override
  double levelFactor(double level, long t) {
    if (!doubling) {
      return 2.0 * Math.sqrt(v * level);
    }
    long rounded = Long.highestOneBit(t);
    return 2.0 * Math.sqrt(v * (rounded <= 1 ? 0.0 : 2.0 * Math.log((double) rounded)));
  }

  @Override
  double width(double levelFactor) {
    return levelFactor / Math.sqrt(doubling ? Integer.highestOneBit(n) : n);
  }

  /** Catoni's estimate from the first {@code count} rewards at level {@code ℓ}. */
  private double solve(int count, double level) {
    if (level == 0.0) {
      return sampleMean(count);
    }
    double alpha = Math.sqrt(2.0 * level / (count * (v + 2.0 * v * level / (count - 2.0 * level))));
    return root(x, count, alpha);
  }

  /** The root of {@code sum_i ψ(α (x_i - μ)) = 0} for {@code n >= 1} values and {@code α > 0}. */
  static double root(double[] x, int n, double alpha) {
    double lo = x[0];
    double hi = x[0];
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      lo = Math.min(lo, x[i]);
      hi = Math.max(hi, x[i]);
      sum += x[i];
    }
    if (lo == hi) {
      return lo;
    }
    double mu = Math.min(hi, Math.max(lo, sum / n));
    for (int iteration = 0; iteration < 200; iteration++) {
      double f = 0.0;
      double slope = 0.0;
      for (int i = 0; i < n; i++) {
        double u = alpha * (x[i] - mu);
        double a = Math.abs(u);
        double psi;
        if (a < LARGE) {
          double q = a + 0.5 * a * a;
          psi = Math.log1p(q);
          slope += (1.0 + a) / (1.0 + q);
        } else {
          psi = 2.0 * Math.log(a) - LN2;
          slope += 2.0 / a;
        }
        f += u < 0 ? -psi : psi;
      }
      if (f == 0.0) {
        return mu;
      }
      if (f > 0.0) {
        lo = mu; // the sum decreases in μ: the root lies above
      } else {
        hi = mu;
      }
      double next = mu + f / (alpha * slope);
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - mu) <= 4.0 * Math.ulp(mu)
          || hi - lo <= 4.0 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi)))) {
        return next;
      }
      mu = next;
    }
    return mu;
  }
}
