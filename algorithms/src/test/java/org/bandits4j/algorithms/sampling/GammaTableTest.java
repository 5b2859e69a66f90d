package org.bandits4j.algorithms.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our allocation-free Gamma and Beta variates against the libraries: Kolmogorov–Smirnov tests
 * against Commons Statistics' CDFs and against Commons RNG's Gamma sampler.
 *
 * <p>Critical value: {@code sqrt(n) D > 2.69} has asymptotic probability {@code 2 exp(-2 * 2.69²) ≈
 * 1e-6} under the null (one sample), so each assertion's false-alarm rate is about 1e-6. Power: the
 * same statistic rejects a Gamma whose shape is 5% off (checked below), so the test would catch a
 * wrong squeeze constant or a missing boost.
 */
class GammaTableTest {

  private static final int N = 20_000;
  private static final double CRITICAL = 2.69;

  private static double[] draws(double shape, long seed) {
    GammaTable table = new GammaTable(1);
    table.set(0, shape);
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = table.sample(0, rng);
    }
    return x;
  }

  /** {@code sqrt(n) D} of the one-sample KS test. */
  static double ksStatistic(double[] sample, DoubleUnaryOperator cdf) {
    double[] x = sample.clone();
    Arrays.sort(x);
    double d = 0;
    for (int i = 0; i < x.length; i++) {
      double f = cdf.applyAsDouble(x[i]);
      d = Math.max(d, Math.max((i + 1.0) / x.length - f, f - (double) i / x.length));
    }
    return Math.sqrt(x.length) * d;
  }

  /** {@code sqrt(n m / (n + m)) D} of the two-sample KS test. */
  static double ksTwoSample(double[] a, double[] b) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    int i = 0;
    int j = 0;
    double d = 0;
    while (i < x.length && j < y.length) {
      double v = Math.min(x[i], y[j]);
      while (i < x.length && x[i] <= v) {
        i++;
      }
      while (j < y.length && y[j] <= v) {
        j++;
      }
      d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
    }
    return Math.sqrt((double) x.length * y.length / (x.length + y.length)) * d;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.3, 1.0, 2.5, 40.0, 1e4})
  void gammaMatchesTheCommonsStatisticsCdf(double shape) {
    GammaDistribution law = GammaDistribution.of(shape, 1.0);
    double stat = ksStatistic(draws(shape, 7), law::cumulativeProbability);
    assertTrue(stat < CRITICAL, "shape " + shape + ": sqrt(n) D = " + stat);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 1.0, 2.5, 40.0})
  void gammaMatchesCommonsRngsSampler(double shape) {
    UniformRandomProvider source = RandomSource.XO_RO_SHI_RO_128_PP.create(99L);
    var reference = AhrensDieterMarsagliaTsangGammaSampler.of(source, shape, 1.0);
    double[] theirs = new double[N];
    for (int i = 0; i < N; i++) {
      theirs[i] = reference.sample();
    }
    double stat = ksTwoSample(draws(shape, 8), theirs);
    assertTrue(stat < CRITICAL, "shape " + shape + ": two-sample sqrt(nm/(n+m)) D = " + stat);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 2.5, 40.0})
  void theTestHasPowerAgainstAShapeFivePercentOff(double shape) {
    GammaDistribution wrong = GammaDistribution.of(shape * 1.05, 1.0);
    double stat = ksStatistic(draws(shape, 9), wrong::cumulativeProbability);
    assertTrue(stat > CRITICAL, "shape " + shape + " vs 1.05x: sqrt(n) D = " + stat);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.2, 1.0, 7.0})
  void betaFromTwoGammasMatchesTheBetaCdf(double a) {
    double b = 3.0;
    GammaTable table = new GammaTable(2);
    table.set(0, a);
    table.set(1, b);
    SplittableRandom rng = new SplittableRandom(10);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = GammaTable.beta(table.sample(0, rng), table.sample(1, rng), a, b, rng);
    }
    BetaDistribution law = BetaDistribution.of(a, b);
    double stat = ksStatistic(x, law::cumulativeProbability);
    assertTrue(stat < CRITICAL, "Beta(" + a + ", 3): sqrt(n) D = " + stat);
  }

  @Test
  void oneOffSamplesAndValidation() {
    SplittableRandom rng = new SplittableRandom(1);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      sum += GammaTable.sample(3.0, rng);
    }
    // mean 3, variance 3: 5 standard errors
    assertEquals(3.0, sum / N, 5 * Math.sqrt(3.0 / N));
    assertThrows(IllegalArgumentException.class, () -> GammaTable.sample(0.0, rng));
    assertThrows(IllegalArgumentException.class, () -> new GammaTable(1).set(0, Double.NaN));
    // both Gammas underflowing: the limit law, 1 with probability a/(a+b)
    assertEquals(1.0, GammaTable.beta(0.0, 0.0, 1.0, 0.0 + Double.MIN_VALUE, rng));
  }

  /**
   * The squeeze never accepts a draw that the exact test rejects: on a grid of shapes and normals
   * (all {@code x} with {@code v > 0}, up to 12), {@code 1 - k x^4} with the coefficient {@link
   * GammaTable#squeezeCoefficient} uses is at most {@code exp(x^2/2 + d (1 - v + ln v))}. (The
   * margin is real but modest: with {@code c^2/10} in place of {@code c^2/6} the check fails at
   * shape 11, {@code x ≈ -4.6}.)
   */
  @Test
  void theSqueezeLiesBelowTheExactAcceptanceProbability() {
    double[] shapes = {1.0, 1.5, 2.0, 3.0, 5.0, 10.9, 11.0, 11.5, 30.0, 300.0, 1e4, 1e6};
    int checked = 0;
    for (double a : shapes) {
      double d = a - 1.0 / 3.0;
      double c = 1.0 / Math.sqrt(9.0 * d);
      double k = GammaTable.squeezeCoefficient(d, c);
      double lowest = Math.max(-3.0 * Math.sqrt(d), -12.0);
      for (int i = 0; i <= 8000; i++) {
        double x = lowest + (12.0 - lowest) * i / 8000.0;
        double v = Math.pow(1.0 + c * x, 3);
        if (v <= 0.0) {
          continue;
        }
        double exact = Math.exp(0.5 * x * x + d * (1.0 - v + Math.log(v)));
        double squeeze = 1.0 - k * x * x * x * x;
        assertTrue(squeeze <= exact * (1 + 1e-12), "a=" + a + " x=" + x);
        checked++;
      }
    }
    assertTrue(checked > shapes.length * 7900, "checked " + checked);
  }

  /**
   * The squeeze changes no variate: the same generator gives the same Gamma draws as Marsaglia and
   * Tsang's method with the paper's squeeze, for shapes below and above 1, from the table and from
   * the one-off sampler (which keeps the paper's squeeze).
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.3, 1.0, 2.5, 7.0, 40.0, 300.0, 5e4})
  void theSqueezeChangesNoVariate(double shape) {
    GammaTable table = new GammaTable(1);
    table.set(0, shape);
    SplittableRandom ours = new SplittableRandom(17);
    SplittableRandom oneOff = new SplittableRandom(17);
    SplittableRandom paper = new SplittableRandom(17);
    for (int i = 0; i < 50_000; i++) {
      double expected = paperGamma(shape, paper);
      assertEquals(expected, table.sample(0, ours), 0.0, "table draw " + i);
      assertEquals(expected, GammaTable.sample(shape, oneOff), 0.0, "one-off draw " + i);
    }
  }

  /** Marsaglia and Tsang (2000) as printed, with the boost for shapes below 1. */
  private static double paperGamma(double shape, SplittableRandom rng) {
    double d = (shape < 1.0 ? shape + 1.0 : shape) - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    double g;
    while (true) {
      double x;
      double v;
      do {
        x = NormalSampler.sample(rng);
        v = 1.0 + c * x;
      } while (v <= 0.0);
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1.0 - 0.0331 * x * x * x * x
          || Math.log(u) < 0.5 * x * x + d * (1.0 - v + Math.log(v))) {
        g = d * v;
        break;
      }
    }
    return shape < 1.0 ? g * Math.pow(1.0 - rng.nextDouble(), 1.0 / shape) : g;
  }
}
