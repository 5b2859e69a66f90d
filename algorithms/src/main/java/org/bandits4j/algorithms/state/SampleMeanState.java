package org.bandits4j.algorithms.state;

import java.util.Arrays;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;

/**
 * State of the policies whose sufficient statistic is, per arm, the number of rewards learned and
 * their sum: UCB1, ε-greedy, Beta–Bernoulli Thompson sampling and their relatives.
 *
 * <p>JSON {@code data} (version 1): {@code {"pulls": [long...], "sums": [double...]}}, one entry
 * per arm in {@link #arms()} order; sums are in the reward's own units.
 *
 * <p>Thread safety: immutable; arrays are copied in and out. Equality compares all contents.
 */
public final class SampleMeanState extends AbstractPolicyState {

  /** Current layout version. */
  public static final int VERSION = 1;

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
    super(spec, arms, step, VERSION);
    requireComponents(pulls, sums);
    requirePullsAndSums(pulls, sums, "sum");
    this.pulls = pulls.clone();
    this.sums = sums.clone();
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
        && sameHeader(s)
        && Arrays.equals(pulls, s.pulls)
        && Arrays.equals(sums, s.sums);
  }

  @Override
  public int hashCode() {
    return hashWith(pulls, sums);
  }

  @Override
  protected void describe(Fields fields) {
    fields.add("pulls", pulls).add("sums", sums);
  }
}
