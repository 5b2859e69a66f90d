package org.bandits4j.algorithms.heavytail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.CachedLog;
import org.bandits4j.algorithms.core.StatisticsBandit;
import org.bandits4j.algorithms.state.SampleHistoryState;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Robust UCB for heavy-tailed rewards: play every arm until its estimator has the rewards it needs,
 * then the arm with the largest index
 *
 * <pre>{@code I_i(t) = μ̂_i(δ = t^-2) + w_i(δ = t^-2)}</pre>
 *
 * where {@code μ̂_i} is a robust estimate of the arm's mean and {@code w_i} its confidence width at
 * level {@code ℓ = ln(1/δ) = 2 ln t} ({@code t} the number of rewards learned): see {@link
 * TruncatedMeanSamples} ({@code E|X|^{1+ε} <= u}, width {@code 4 u^{1/(1+ε)} (ℓ/N_i)^{ε/(1+ε)}}),
 * {@link MedianOfMeansSamples} ({@code E|X - μ|^{1+ε} <= v}, width {@code (12v)^{1/(1+ε)} ((16ℓ +
 * 2)/N_i)^{ε/(1+ε)}}) and {@link CatoniSamples} (variance {@code <= v}, width {@code 2
 * sqrt(vℓ/N_i)}, needs {@code N_i >= 4ℓ}).
 *
 * <p>Paper: S. Bubeck, N. Cesa-Bianchi, G. Lugosi, "Bandits with heavy tail", IEEE Transactions on
 * Information Theory 59(11), 2013 (arXiv 1209.1727), Proposition 1: if the estimator satisfies
 * {@code P(μ̂ > μ + v^{1/(1+ε)} (c ln(1/δ)/s)^{ε/(1+ε)}) <= δ}, Robust UCB has {@code R_n <=
 * sum_{Δ_i > 0} (c' (v/Δ_i)^{1/ε} ln n + 5 Δ_i)}, and the minimax order is {@code v^{1/(1+ε)} (K ln
 * n)^{ε/(1+ε)} n^{1/(1+ε)}}; both are matched by lower bounds up to constants and logarithms. The
 * bound functions are in {@code simulators.bounds.HeavyTailBounds}. Checked: the truncated mean,
 * its threshold {@code B_k = (u k / ln(1/δ))^{1/(1+ε)}}, its width {@code 4 u^{1/(1+ε)} (ln(1/δ)/
 * n)^{ε/(1+ε)}} and {@code δ = t^-2} against a third-party implementation that cites the paper's
 * Lemma 1; Catoni's influence function against several implementations. Recalled, not re-read: the
 * median-of-means block count and width (Lemma 2) and Catoni's {@code α}, width and condition
 * {@code n >= 4 ln(1/δ)}; the forced plays of arms with fewer than {@code 4ℓ} rewards under Catoni
 * are our reading of that condition. The constant {@code c'} is not the paper's: the bound
 * functions use our derivation.
 *
 * <p>Rewards: finite, with {@code |x| <= 1e150} (so sums and powers stay finite). Conventions: an
 * arm with fewer rewards than its estimator needs is played first, lowest index first (propensity
 * 1); exact ties on the index are broken uniformly at random (propensity {@code 1/ties}).
 *
 * <p>State: every reward, per arm, in arrival order ({@link SampleHistoryState}), since the
 * estimators depend on the whole sample and on {@code t}. Merging is exact: merged rewards are
 * appended in the order sequential feedback would have brought them.
 *
 * <p>Thread safety: not thread-safe (single writer). Complexity: memory O(t); select O(K) amortised
 * for the truncated mean and the median of means, O(t) with exact Catoni ({@link
 * Evaluation#DOUBLING}: O(K) amortised plus O(t) when a count or {@code t} crosses a power of two);
 * update O(1) amortised. The width is evaluated as a per-round level factor (one {@code pow} per
 * round) times a per-arm count factor (one {@code pow} per reward), not one {@code pow} per arm and
 * round. select allocates nothing beyond the returned selection; update allocates only when an
 * arm's storage doubles.
 */
public final class RobustUcb extends StatisticsBandit {

  /** Largest accepted reward magnitude. */
  public static final double MAX_ABS_REWARD = 1e150;

  private final RobustUcbSpec spec;
  private final CachedLog log = new CachedLog();
  private final ArgMax argMax = new ArgMax();
  private final double[] scratch = new double[MedianOfMeansSamples.MAX_BLOCKS];
  private long plays;
  private final List<ArmSamples> samples;
  private double[] index;

  RobustUcb(RobustUcbSpec spec, ArmSet arms) {
    super(spec, arms, -MAX_ABS_REWARD, MAX_ABS_REWARD);
    this.spec = spec;
    this.samples = new ArrayList<>(arms.size());
    for (int i = 0; i < arms.size(); i++) {
      samples.add(newArm());
    }
    this.index = new double[arms.size()];
  }

  RobustUcb(RobustUcbSpec spec, PolicyState state) {
    this(spec, restorable(SampleHistoryState.class, spec, state).arms());
    SampleHistoryState s = (SampleHistoryState) state;
    step(s.step());
    for (int i = 0; i < arms().size(); i++) {
      String id = arms().get(i).id();
      double[] values = s.samples(i);
      for (int j = 0; j < values.length; j++) {
        checkReward(values[j], "state.samples of arm '" + id + "' [" + j + "]");
        samples.get(i).add(values[j]);
      }
      plays += values.length;
    }
  }

  private static void checkReward(double value, String what) {
    if (!(Math.abs(value) <= MAX_ABS_REWARD)) {
      throw new IllegalArgumentException(
          what + " must be finite with |x| <= " + MAX_ABS_REWARD + ", was " + value);
    }
  }

  private ArmSamples newArm() {
    return switch (spec.estimator()) {
      case TRUNCATED_MEAN -> new TruncatedMeanSamples(spec.epsilon(), spec.momentBound());
      case MEDIAN_OF_MEANS -> new MedianOfMeansSamples(spec.epsilon(), spec.momentBound());
      case CATONI ->
          new CatoniSamples(spec.momentBound(), spec.evaluation() == Evaluation.DOUBLING);
    };
  }

  /** {@code ℓ = ln(1/δ) = 2 ln t}, 0 while {@code t <= 1}. */
  private double level(CachedLog logs) {
    return plays <= 1 ? 0.0 : 2.0 * logs.ln(plays);
  }

  @Override
  public Selection select(RandomGenerator rng) {
    double level = level(log);
    int k = samples.size();
    for (int i = 0; i < k; i++) {
      ArmSamples arm = samples.get(i);
      if (arm.n < arm.required(level, plays)) {
        return choose(i, 1.0);
      }
    }
    double[] values = index;
    double factor = k > 0 ? samples.get(0).levelFactor(level, plays) : 0.0;
    for (int i = 0; i < k; i++) {
      ArmSamples arm = samples.get(i);
      values[i] = arm.estimate(level, plays, scratch) + arm.width(factor);
    }
    int best = argMax.select(values, rng);
    return choose(best, 1.0 / argMax.ties());
  }

  @Override
  protected void learn(int arm, double reward) {
    samples.get(arm).add(reward);
    plays++;
  }

  @Override
  protected void appendArm() {
    samples.add(newArm());
    index = new double[samples.size()];
  }

  @Override
  protected void removeArm(int gone) {
    plays -= samples.remove(gone).n;
    index = new double[samples.size()];
  }

  @Override
  public SampleHistoryState snapshot() {
    double[][] all = new double[samples.size()][];
    for (int i = 0; i < all.length; i++) {
      all[i] = samples.get(i).copy();
    }
    return new SampleHistoryState(spec, arms(), step(), all);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Per arm: the robust estimate and its width at the current {@code t}; an arm below its
   * estimator's required count reports its plain sample mean (NaN without rewards) and an infinite
   * width.
   */
  @Override
  protected ArmEstimate estimate(int i) {
    ArmSamples arm = samples.get(i);
    double level = level(new CachedLog());
    if (arm.n < arm.required(level, plays)) {
      return new ArmEstimate(arms().get(i), arm.n, arm.sampleMean(), Double.POSITIVE_INFINITY);
    }
    double mean = arm.estimate(level, plays, new double[MedianOfMeansSamples.MAX_BLOCKS]);
    return new ArmEstimate(arms().get(i), arm.n, mean, arm.width(level, plays));
  }

  @Override
  public Optional<Merger> merger() {
    return Optional.of(new SampleMerger());
  }

  @Override
  public String toString() {
    int[] counts = new int[samples.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = samples.get(i).n;
    }
    return "RobustUcb[" + spec + ", step=" + step() + ", counts=" + Arrays.toString(counts) + "]";
  }

  private final class SampleMerger implements Merger {
    @Override
    public void merge(PolicyState other) {
      SampleHistoryState o = mergeable(SampleHistoryState.class, "other", other);
      double[][] added = new double[samples.size()][];
      for (int j = 0; j < added.length; j++) {
        added[arms().indexOf(o.arms().get(j).id())] = o.samples(j);
      }
      apply(added, o.step());
    }

    @Override
    public void merge(PolicyState other, PolicyState base) {
      SampleHistoryState o = mergeable(SampleHistoryState.class, "other", other);
      SampleHistoryState b = mergeable(SampleHistoryState.class, "base", base);
      double[][] added = new double[samples.size()][];
      for (int j = 0; j < added.length; j++) {
        String id = o.arms().get(j).id();
        double[] mine = o.samples(j);
        double[] theirs = b.samples(b.arms().indexOf(id));
        if (mine.length < theirs.length
            || !Arrays.equals(Arrays.copyOf(mine, theirs.length), theirs)) {
          throw new IllegalArgumentException(
              "cannot merge: the rewards of arm '"
                  + id
                  + "' in other do not start with those in base ("
                  + mine.length
                  + " vs "
                  + theirs.length
                  + " rewards), so other does not descend from base");
        }
        added[arms().indexOf(id)] = Arrays.copyOfRange(mine, theirs.length, mine.length);
      }
      apply(added, Math.max(0, o.step() - b.step()));
    }

    /** Appends rewards per arm (this policy's order); validates all before changing. */
    private void apply(double[][] added, long dstep) {
      for (int i = 0; i < added.length; i++) {
        for (double x : added[i]) {
          checkReward(x, "merged reward of arm '" + arms().get(i).id() + "'");
        }
      }
      for (int i = 0; i < added.length; i++) {
        for (double x : added[i]) {
          samples.get(i).add(x);
        }
        plays += added[i].length;
      }
      step(step() + dstep);
    }
  }
}
