package org.bandits4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.simulators.random.RandomStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The random draws under Thompson sampling's hot path: one 64-bit value, one uniform, one standard
 * normal, one Gamma variate and one Beta variate (two Gammas and a division), for the simulators'
 * {@link RandomStream} and the JDK's {@link SplittableRandom}. Each invocation sums 1 000 draws, so
 * the score (ns per draw) is throughput, as in Thompson sampling's loop over the arms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SamplerBenchmark {

  private static final int DRAWS = 1000;

  @Param({"stream", "splittable"})
  public String rng;

  /** The Gamma shapes (a Beta(α, β) posterior after about 1 000 pulls of a 0.3 arm). */
  @Param({"300"})
  public double shape;

  private RandomGenerator generator;
  private GammaTable table;

  @Setup
  public void setUp() {
    generator = rng.equals("stream") ? RandomStream.of(7) : new SplittableRandom(7);
    table = new GammaTable(2);
    table.set(0, shape);
    table.set(1, shape * 7.0 / 3.0);
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public long nextLong() {
    long sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += generator.nextLong();
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double nextDouble() {
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += generator.nextDouble();
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double normal() {
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += NormalSampler.sample(generator);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double gamma() {
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += table.sample(0, generator);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double beta() {
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      double x = table.sample(0, generator);
      sum += x / (x + table.sample(1, generator));
    }
    return sum;
  }
}
