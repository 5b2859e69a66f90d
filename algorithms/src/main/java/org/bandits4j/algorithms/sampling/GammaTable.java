package org.bandits4j.algorithms.sampling;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Gamma(shape, 1) variates for a table of shapes (one per arm), with the per-shape constants of the
 * Marsaglia–Tsang method precomputed so that a draw costs one normal, one uniform and usually no
 * logarithm.
 *
 * <p>Method: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables", ACM
 * TOMS 26(3), 2000, with normals from {@link NormalSampler}. For shape {@code a >= 1}: {@code d = a
 * - 1/3}, {@code c = 1/sqrt(9d)}; draw {@code x ~ N(0,1)}, {@code v = (1 + c x)^3} (retry if {@code
 * v <= 0}), {@code u ~ U(0,1)}; accept {@code d v} if {@code u < 1 - 0.0331 x^4} or {@code ln u <
 * x^2/2 + d (1 - v + ln v)}. For {@code a < 1} it draws {@code Gamma(a+1) * U^(1/a)} with {@code U}
 * in {@code (0, 1]}.
 *
 * <p>A tighter squeeze for large shapes. The paper's squeeze {@code 1 - 0.0331 x^4} sends about one
 * draw in ten to the logarithm test whatever the shape. With {@code t = c x} (so {@code x^2/2 = 4.5
 * d t^2}) the exponent of the exact test is {@code d h(t)}, {@code h(t) = 1 - (1+t)^3 + 3 ln(1+t) +
 * 4.5 t^2 = 3 Σ_{n>=4} (-1)^{n+1} t^n / n}, so {@code |h(t)| <= 3 t^4 / (4 (1 - |t|))} for {@code
 * |t| < 1}. Where {@code |t| <= 1/2}, that is {@code x^2 <= 2.25 d}, the exponent is therefore at
 * least {@code -x^4 / (54 d)}, and since {@code e^y >= 1 + y}, {@code u < 1 - x^4 / (54 d)} implies
 * acceptance. Where {@code x^2 > 2.25 d} and {@code d >= 32/3}, {@code 1 - x^4 / (54 d) < 1 -
 * 0.09375 d <= 0}, so that squeeze accepts nothing there (nor does the paper's, which needs {@code
 * x^2 < 5.5}). For {@code d >= 32/3} the table's draws therefore use {@code 1 - x^4 / (54 d)}
 * alone, and the paper's squeeze for smaller shapes. One-off draws ({@link #sample(double,
 * RandomGenerator)}) keep the paper's squeeze: their callers (discounted and double Thompson
 * sampling) mostly draw small shapes, where choosing the coefficient per draw cost about 4%. Either
 * way it accepts exactly the draws the exact test accepts (a squeeze only decides which draws skip
 * the logarithms), so the variates are those of the paper's method; for a shape of 300 about 2
 * draws in 10⁴ reach the logarithms. Checked numerically in {@code GammaTableTest} on a grid of
 * shapes and normals, and draw for draw against the paper's method.
 *
 * <p>It is our own code rather than Commons RNG's {@code AhrensDieterMarsagliaTsangGammaSampler}
 * because that sampler binds one shape and one generator at construction, which would allocate a
 * sampler per arm per round on the Thompson-sampling hot path; the tests check this implementation
 * against Commons RNG's sampler and Commons Statistics' Gamma CDF.
 *
 * <p>Thread safety: not thread-safe (single writer). Allocation: none per draw.
 */
public final class GammaTable {

  /** Marsaglia and Tsang's squeeze coefficient, valid for every shape. */
  static final double PAPER_SQUEEZE = 0.0331;

  /** From this {@code d} on, the tighter squeeze holds for every normal. */
  static final double LARGE_D = 32.0 / 3.0;

  private double[] shape;
  private double[] d;
  private double[] c;
  private double[] squeeze;
  private double[] boost;

  /** A table of {@code size} shapes, all 1 until set. */
  public GammaTable(int size) {
    shape = new double[0];
    d = new double[0];
    c = new double[0];
    squeeze = new double[0];
    boost = new double[0];
    resize(size);
  }

  /** Changes the number of shapes; new entries get shape 1, existing ones are kept. */
  public void resize(int size) {
    int old = shape.length;
    shape = Arrays.copyOf(shape, size);
    d = Arrays.copyOf(d, size);
    c = Arrays.copyOf(c, size);
    squeeze = Arrays.copyOf(squeeze, size);
    boost = Arrays.copyOf(boost, size);
    for (int i = old; i < size; i++) {
      set(i, 1.0);
    }
  }

  /**
   * Sets the shape of entry {@code i}; setting the shape it already has costs one comparison (a
   * Beta posterior after a 0/1 reward changes only one of its two shapes).
   *
   * @throws IllegalArgumentException if the shape is not finite and positive
   */
  public void set(int i, double a) {
    if (!(a > 0.0) || a == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("gamma shape must be finite and > 0, was " + a);
    }
    if (shape[i] == a) {
      return; // the constants below are a function of the shape alone
    }
    shape[i] = a;
    double base = a < 1.0 ? a + 1.0 : a;
    d[i] = base - 1.0 / 3.0;
    c[i] = 1.0 / Math.sqrt(9.0 * d[i]);
    squeeze[i] = squeezeCoefficient(d[i], c[i]);
    boost[i] = a < 1.0 ? 1.0 / a : 0.0;
  }

  /** The shape of entry {@code i}. */
  public double shape(int i) {
    return shape[i];
  }

  /** A Gamma(shape(i), 1) variate. */
  public double sample(int i, RandomGenerator rng) {
    double g = marsagliaTsang(rng, d[i], c[i], squeeze[i]);
    return boost[i] == 0.0 ? g : g * Math.pow(1.0 - rng.nextDouble(), boost[i]);
  }

  /**
   * A Gamma(shape, 1) variate for a one-off shape.
   *
   * @throws IllegalArgumentException if the shape is not finite and positive
   */
  public static double sample(double shape, RandomGenerator rng) {
    if (!(shape > 0.0) || shape == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("gamma shape must be finite and > 0, was " + shape);
    }
    double base = shape < 1.0 ? shape + 1.0 : shape;
    double dd = base - 1.0 / 3.0;
    double g = marsagliaTsang(rng, dd, 1.0 / Math.sqrt(9.0 * dd), PAPER_SQUEEZE);
    return shape < 1.0 ? g * Math.pow(1.0 - rng.nextDouble(), 1.0 / shape) : g;
  }

  /**
   * The squeeze coefficient {@code k} of {@code u < 1 - k x^4} for a table entry: {@code c^2 / 6 =
   * 1 / (54 d)} (without a division) for {@code d >= 32/3}, the paper's {@code 0.0331} below.
   */
  static double squeezeCoefficient(double d, double c) {
    return d >= LARGE_D ? c * c * (1.0 / 6.0) : PAPER_SQUEEZE;
  }

  /** One Gamma variate by Marsaglia and Tsang's method, with the squeeze coefficient {@code k}. */
  private static double marsagliaTsang(RandomGenerator rng, double d, double c, double k) {
    while (true) {
      double x;
      double v;
      do {
        x = NormalSampler.sample(rng);
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      double u = rng.nextDouble();
      double x2 = x * x;
      if (u < 1.0 - k * x2 * x2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /**
   * A Beta variate from two independent Gamma variates {@code x ~ Gamma(a)}, {@code y ~ Gamma(b)}:
   * {@code x / (x + y)}. When both underflow to 0 (shapes far below 1) it returns the limit law, 1
   * with probability {@code a / (a + b)} and 0 otherwise.
   */
  public static double beta(double x, double y, double a, double b, RandomGenerator rng) {
    double s = x + y;
    if (s > 0.0) {
      return x / s;
    }
    return rng.nextDouble() < a / (a + b) ? 1.0 : 0.0;
  }
}
