package org.bandits4j.simulators.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.ParetoDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.bandits4j.simulators.random.RandomStream;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

/**
 * Pareto, Student-t and log-normal environments: moments by quadrature against closed forms, and
 * draws against the Commons Statistics laws. False-alarm rates: the Kolmogorov–Smirnov checks use
 * the critical value 1.95 ({@code sqrt(n) D}, about 1e-3 each); the 5-SE mean checks about 1e-6.
 */
class HeavyTailEnvironmentTest {

  private static final int N = 100_000;

  @Test
  void quadratureMatchesClosedFormMoments() {
    // Pareto(α, 1): E Y^p = α / (α - p)
    assertEquals(
        1.8 / 0.3, AbsoluteMoments.of(ParetoDistribution.of(1, 1.8), 1.8, 0, 1, 1.5), 1e-7);
    assertEquals(3.0 / 2.0, AbsoluteMoments.of(ParetoDistribution.of(1, 3), 3, 0, 1, 1.0), 1e-9);
    // log-normal(0, σ): E Y^p = exp(p² σ² / 2)
    assertEquals(
        Math.exp(2.25 * 0.64 / 2),
        AbsoluteMoments.of(LogNormalDistribution.of(0, 0.8), Double.POSITIVE_INFINITY, 0, 1, 1.5),
        1e-9);
    // Student-t(3): E|T|^1.5 = 3^0.75 Γ(1.25) Γ(0.75) / (sqrt(π) Γ(1.5)); E T² = 3
    StudentTEnvironment t = new StudentTEnvironment(3, 1.0, 0.0);
    assertEquals(3.0, t.centralAbsoluteMoment(2.0), 1e-12);
    assertEquals(
        t.centralAbsoluteMoment(1.5),
        AbsoluteMoments.of(TDistribution.of(3), 3, 0, 1, 1.5),
        1e-8 * t.centralAbsoluteMoment(1.5));
    assertEquals(3.0, AbsoluteMoments.of(TDistribution.of(3), 3, 0, 1, 2.0), 1e-6);
  }

  /**
   * Pareto(1.8) central moment of order 1.5, split at the mean {@code m = α/(α-1)} by hand: the
   * part above m is {@code α m^{p-α} B(α-p, p+1)}, the part below is {@code α m^{p-α} ∫_{1/m}^1
   * (1-s)^p s^{-α-1} ds} (substitute y = m s), here by a 20 000-panel Simpson rule.
   */
  @Test
  void paretoCentralMomentByHand() {
    double a = 1.8;
    double p = 1.5;
    double m = a / (a - 1);
    double above = a * Math.pow(m, p - a) * Math.exp(Beta.logBeta(a - p, p + 1));
    int panels = 20_000;
    double lo = 1 / m;
    double h = (1 - lo) / panels;
    double simpson = 0;
    for (int j = 0; j <= panels; j++) {
      double s = lo + j * h;
      double f = Math.pow(1 - s, p) * Math.pow(s, -a - 1);
      simpson += (j == 0 || j == panels ? 1 : j % 2 == 1 ? 4 : 2) * f;
    }
    double below = a * Math.pow(m, p - a) * simpson * h / 3;
    ParetoEnvironment env = new ParetoEnvironment(a, 1.0, 0.0);
    assertEquals(above + below, env.centralAbsoluteMoment(p), 1e-7);
    // scaled: E|s(Y - m)|^p = s^p E|Y - m|^p, and withCentralMoment hits the requested bound
    ParetoEnvironment unitMoment = ParetoEnvironment.withCentralMoment(a, p, 1.0, 1, 0.7);
    assertEquals(1.0, unitMoment.centralAbsoluteMoment(p), 1e-9);
    assertTrue(unitMoment.scale() > 0 && unitMoment.scale() < 1, "scale " + unitMoment.scale());
  }

  @Test
  void rawMomentsDependOnTheMeanAndBoundTheCentralOne() {
    ParetoEnvironment env = ParetoEnvironment.withCentralMoment(1.8, 1.5, 1.0, 1.0, 0.7, 0.0);
    // at mean 0 the raw moment is the central one
    assertEquals(env.centralAbsoluteMoment(1.5), env.absoluteMoment(2, 1.5), 1e-8);
    assertTrue(env.absoluteMoment(0, 1.5) > env.absoluteMoment(1, 1.5));
    assertEquals(env.absoluteMoment(0, 1.5), env.maxAbsoluteMoment(1.5));
    // Student-t with mean 2, scale 1: E X² = 4 + 3
    StudentTEnvironment t = new StudentTEnvironment(3, 1.0, 2.0);
    assertEquals(7.0, t.absoluteMoment(0, 2.0), 1e-6);
    assertEquals(3.0, t.variance(), 1e-15);
    // log-normal shifted to mean 0: E X² = s² Var Y
    LogNormalEnvironment ln = new LogNormalEnvironment(0.5, 2.0, 0.0);
    assertEquals(ln.variance(), ln.absoluteMoment(0, 2.0), 1e-8 * ln.variance());
    assertThrows(IllegalArgumentException.class, () -> env.centralAbsoluteMoment(1.8));
    assertThrows(IllegalArgumentException.class, () -> new ParetoEnvironment(1.0, 1.0, 0.0));
    assertThrows(IllegalArgumentException.class, () -> new StudentTEnvironment(3, 0.0, 0.0));
    assertThrows(IllegalArgumentException.class, () -> new LogNormalEnvironment(-1, 1, 0.0));
  }

  private static double[] draws(LocationScaleEnvironment env, int arm, long seed) {
    RewardProcess p = env.start(RandomStream.of(seed));
    double[] x = new double[N];
    for (int t = 0; t < N; t++) {
      x[t] = p.pull(t + 1, arm);
    }
    return x;
  }

  /**
   * {@code sqrt(n) sup |F_n - F|} of standardised draws {@code (x - μ)/s + E Y} against the law.
   */
  private static double ks(double[] x, double mean, double scale, ContinuousDistribution law) {
    double[] y = new double[x.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = (x[i] - mean) / scale + law.getMean();
    }
    Arrays.sort(y);
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      double f = law.cumulativeProbability(y[i]);
      d = Math.max(d, Math.max(f - (double) i / y.length, (i + 1.0) / y.length - f));
    }
    return Math.sqrt(y.length) * d;
  }

  @Test
  void drawsFollowTheirLaws() {
    ParetoEnvironment pareto = new ParetoEnvironment(1.8, 0.5, 1.0, 0.7);
    assertTrue(ks(draws(pareto, 1, 1), 0.7, 0.5, ParetoDistribution.of(1, 1.8)) < 1.95);
    StudentTEnvironment t = new StudentTEnvironment(3, 2.0, -1.0);
    assertTrue(ks(draws(t, 0, 2), -1.0, 2.0, TDistribution.of(3)) < 1.95);
    LogNormalEnvironment ln = new LogNormalEnvironment(1.0, 0.3, 0.5);
    double[] x = draws(ln, 0, 3);
    assertTrue(ks(x, 0.5, 0.3, LogNormalDistribution.of(0, 1)) < 1.95);
    // the mean is the arm's mean (finite variance here: 5 standard errors)
    double mean = Arrays.stream(x).average().orElseThrow();
    assertEquals(0.5, mean, 5 * Math.sqrt(ln.variance() / N));
  }

  @Test
  void theKsCheckHasPowerAgainstAWrongTail() {
    ParetoEnvironment pareto = new ParetoEnvironment(1.8, 0.5, 1.0);
    assertTrue(ks(draws(pareto, 0, 4), 1.0, 0.5, ParetoDistribution.of(1, 1.9)) > 1.95);
  }

  @Test
  void armsDrawFromTheirOwnStreams() {
    ParetoEnvironment env = new ParetoEnvironment(2.5, 1.0, 0.0, 0.0);
    RewardProcess a = env.start(RandomStream.of(9));
    RewardProcess b = env.start(RandomStream.of(9));
    a.pull(1, 0);
    assertEquals(a.pull(2, 1), b.pull(1, 1)); // arm 1's first draw ignores arm 0's draws
  }

  @Test
  void uniformNoiseHasItsRangeAndVariance() {
    UniformEnvironment env = new UniformEnvironment(0.05, 0.55, 0.5);
    RewardProcess p = env.start(RandomStream.of(5));
    double sum = 0;
    double sq = 0;
    for (int t = 1; t <= N; t++) {
      double x = p.pull(t, 0);
      assertTrue(x >= 0.5 && x < 0.6, "draw " + x);
      sum += x;
      sq += (x - 0.55) * (x - 0.55);
    }
    double var = 0.0025 / 3;
    assertEquals(var, env.variance(), 1e-18);
    assertEquals(0.55, sum / N, 5 * Math.sqrt(var / N));
    // Var((X - μ)²) = w⁴/5 - (w²/3)² for uniform noise
    assertEquals(var, sq / N, 5 * Math.sqrt((0.05 * 0.05 * 0.05 * 0.05 / 5 - var * var) / N));
    assertThrows(IllegalArgumentException.class, () -> new UniformEnvironment(-1, 0.5));
  }
}
