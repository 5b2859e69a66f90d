package org.bandits4j.simulators.random;

import java.util.random.RandomGenerator;
import org.apache.commons.rng.core.source64.L64X128Mix;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded, splittable random stream: the {@link RandomGenerator} the simulators hand to policies
 * and environments.
 *
 * <p>It wraps Commons RNG's L64X128Mix generator (an LXM generator, the same family as the JDK's
 * {@code L64X128MixRandom}) and routes every method, Gaussian and exponential draws included, to
 * Commons RNG code, so a seed gives the same numbers on every JDK. {@link #split()} derives an
 * independent child stream deterministically: a replication's streams depend only on the master
 * seed and the replication's number, never on thread scheduling.
 *
 * <p>Thread safety: not thread-safe; give each thread its own stream (split one per thread).
 */
public final class RandomStream implements RandomGenerator {

  private final L64X128Mix source;
  private final ZigguratSampler.NormalizedGaussian gaussian;
  private final ZigguratSampler.Exponential exponential;

  private RandomStream(L64X128Mix source) {
    this.source = source;
    this.gaussian = ZigguratSampler.NormalizedGaussian.of(source);
    this.exponential = ZigguratSampler.Exponential.of(source);
  }

  /** A stream seeded with {@code seed}. */
  public static RandomStream of(long seed) {
    return new RandomStream((L64X128Mix) RandomSource.L64_X128_MIX.create(seed));
  }

  /** An independent child stream; advances this stream. */
  public RandomStream split() {
    return new RandomStream((L64X128Mix) source.split());
  }

  @Override
  public long nextLong() {
    return source.nextLong();
  }

  @Override
  public long nextLong(long bound) {
    return source.nextLong(bound);
  }

  @Override
  public long nextLong(long origin, long bound) {
    return source.nextLong(origin, bound);
  }

  @Override
  public int nextInt() {
    return source.nextInt();
  }

  @Override
  public int nextInt(int bound) {
    return source.nextInt(bound);
  }

  @Override
  public int nextInt(int origin, int bound) {
    return source.nextInt(origin, bound);
  }

  @Override
  public double nextDouble() {
    return source.nextDouble();
  }

  @Override
  public double nextDouble(double bound) {
    return source.nextDouble(bound);
  }

  @Override
  public double nextDouble(double origin, double bound) {
    return source.nextDouble(origin, bound);
  }

  @Override
  public float nextFloat() {
    return source.nextFloat();
  }

  @Override
  public boolean nextBoolean() {
    return source.nextBoolean();
  }

  @Override
  public double nextGaussian() {
    return gaussian.sample();
  }

  @Override
  public double nextExponential() {
    return exponential.sample();
  }
}
