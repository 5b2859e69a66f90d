package org.bandits4j.algorithms.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Our ziggurat normal against the libraries. False-alarm rates: each KS check about 1e-6 (critical
 * value 2.69), each 5-SE moment or frequency check below 1e-6.
 */
class NormalSamplerTest {

  private static final int N = 200_000;

  private static double[] draws(long seed, int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = NormalSampler.sample(rng);
    }
    return x;
  }

  @Test
  void theLayerConstantsCloseTheZiggurat() {
    assertEquals(0.0, NormalSampler.closure(), 1e-9);
  }

  @Test
  void matchesTheNormalCdf() {
    NormalDistribution law = NormalDistribution.of(0, 1);
    double stat = GammaTableTest.ksStatistic(draws(1, N), law::cumulativeProbability);
    assertTrue(stat < 2.69, "sqrt(n) D = " + stat);
  }

  @Test
  void matchesCommonsRngsZiggurat() {
    UniformRandomProvider source = RandomSource.XO_RO_SHI_RO_128_PP.create(4L);
    ZigguratSampler.NormalizedGaussian theirs = ZigguratSampler.NormalizedGaussian.of(source);
    double[] reference = new double[N];
    for (int i = 0; i < N; i++) {
      reference[i] = theirs.sample();
    }
    double stat = GammaTableTest.ksTwoSample(draws(2, N), reference);
    assertTrue(stat < 2.69, "two-sample sqrt(nm/(n+m)) D = " + stat);
  }

  @Test
  void momentsAndTailFrequencyAreThoseOfTheStandardNormal() {
    int n = 2_000_000;
    double[] x = draws(3, n);
    double s1 = 0;
    double s2 = 0;
    double s4 = 0;
    int tail = 0;
    for (double v : x) {
      s1 += v;
      s2 += v * v;
      s4 += v * v * v * v;
      if (Math.abs(v) > 3.654152885361009) {
        tail++;
      }
    }
    assertEquals(0.0, s1 / n, 5 * Math.sqrt(1.0 / n));
    assertEquals(1.0, s2 / n, 5 * Math.sqrt(2.0 / n)); // Var(Z²) = 2
    assertEquals(3.0, s4 / n, 5 * Math.sqrt(96.0 / n)); // Var(Z⁴) = 105 - 9
    double p = 2 * NormalDistribution.of(0, 1).survivalProbability(3.654152885361009);
    assertEquals(p * n, tail, 5 * Math.sqrt(p * n), "draws beyond the base strip's edge");
  }
}
