package org.bandits4j.algorithms.state;

import java.util.Arrays;
import java.util.Objects;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * State of the policies whose sufficient statistic is, per arm, the number of rewards learned and
 * their sum: UCB1, ε-greedy, Beta–Bernoulli Thompson sampling and their relatives.
 *
 * <p>JSON {@code data} (version 1): {@code {"pulls": [long...], "sums": [double...]}}, one entry
 * per arm in {@link #arms()} order; sums are in the reward's own units.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class SampleMeanState implements PolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

  private final PolicySpec<?> spec;
  private final ArmSet arms;
  private final long step;
  private final long[] pulls;
  private final double[] sums;

  /**
   * Copies the arrays and checks the shape.
   *
   * @param spec the spec of the policy that produced it
   * @param arms the arms, in order
   * @param step the decision counter
   * @param pulls rewards learned per arm
   * @param sums sum of rewards per arm
   * @throws IllegalArgumentException if a component is null or the arrays do not have one entry per
   *     arm
   */
  public SampleMeanState(PolicySpec<?> spec, ArmSet arms, long step, long[] pulls, double[] sums) {
    if (spec == null || arms == null || pulls == null || sums == null) {
      throw new IllegalArgumentException("state components must not be null");
    }
    if (pulls.length != arms.size() || sums.length != arms.size()) {
      throw new IllegalArgumentException(
          "state must have one pull count and one sum per arm: "
              + arms.size()
              + " arms, "
              + pulls.length
              + " pulls, "
              + sums.length
              + " sums");
    }
    this.spec = spec;
    this.arms = arms;
    this.step = step;
    this.pulls = pulls.clone();
    this.sums = sums.clone();
  }

  @Override
  public PolicySpec<?> spec() {
    return spec;
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public int version() {
    return VERSION;
  }

  /** A copy of the pull counts. */
  public long[] pulls() {
    return pulls.clone();
  }

  /** A copy of the reward sums. */
  public double[] sums() {
    return sums.clone();
  }

  /** Total number of rewards learned. */
  public long totalPulls() {
    long total = 0;
    for (long n : pulls) {
      total += n;
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleMeanState s
        && spec.equals(s.spec)
        && arms.equals(s.arms)
        && step == s.step
        && Arrays.equals(pulls, s.pulls)
        && Arrays.equals(sums, s.sums);
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec, arms, step, Arrays.hashCode(pulls), Arrays.hashCode(sums));
  }

  @Override
  public String toString() {
    return "SampleMeanState[policy="
        + spec.name()
        + ", arms="
        + arms
        + ", step="
        + step
        + ", pulls="
        + Arrays.toString(pulls)
        + ", sums="
        + Arrays.toString(sums)
        + "]";
  }
}
