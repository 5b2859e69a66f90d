package org.bandits4j.algorithms.nonstationary;

/**
 * Discounted counts {@code Ñ_i} and reward sums {@code S̃_i} of {@code K} arms, discounted lazily
 * (shared by {@link DiscountedUcb} and {@link DiscountedThompsonSampling}).
 *
 * <p>The definition multiplies every arm's count and sum by {@code γ} after every reward, then adds
 * {@code 1} and the reward {@code x} to the played arm's: O(K) per reward. Instead this keeps
 * inflated sums {@code N'_i = W Ñ_i}, {@code S'_i = W S̃_i} with a running factor {@code W =
 * γ^{-(rewards since the last rescale)}}: a reward multiplies {@code W} by {@code 1/γ} and adds
 * {@code W} to {@code N'_a} and {@code W x} to {@code S'_a}, which is the definition multiplied by
 * {@code W}; O(1). Readers divide by {@code W}, or use ratios in which it cancels. When {@code W}
 * reaches {@code 2^}{@value #RESCALE_AT_LOG2}, the owner calls {@link #rescale()}, which divides
 * every sum by {@code W} and restarts it at 1 (O(K), once every {@code 64 ln 2 / -ln γ} rewards:
 * 4414 at {@code γ = 0.99}).
 *
 * <p>Discounts so strong that one inflated step could overflow are applied eagerly instead (O(K)
 * per reward, {@code W} stays 1): the inflated sums stay below {@code B · 2^64/γ · 1/(1 - γ)}, and
 * {@code 1 - γ >= 2^-53} for every {@code γ < 1}, so {@code 1/γ < 2^64} and {@code B/γ < 2^900}
 * keep them below {@code 2^1017}; only {@code γ} near 0 (below {@code 2^-64}, which forgets nearly
 * everything at once) or astronomically large reward bounds {@code B} fail that.
 *
 * <p>Rounding: {@code W} is a running product, so an added weight carries at most one rounding per
 * reward since the last rescale, a relative error below {@code 2^-53 · 64 ln 2 / -ln γ} (5e-13 at
 * {@code γ = 0.99}); the eager form rounds once per reward and arm.
 *
 * <p>Besides speed, the lazy form keeps the update free of an O(K) loop, which C2 compiles to wide
 * vector instructions: on CPUs that lower their clock for AVX-512 (measured on a Xeon with AVX-512
 * VNNI), running such a loop after every decision slowed discounted Thompson sampling's scalar
 * draws by about a quarter.
 *
 * <p>Thread safety: not thread-safe (the owning policy's single writer).
 */
final class LazyDiscount {

  /** {@code W} is rescaled to 1 once it reaches {@code 2^RESCALE_AT_LOG2}. */
  static final int RESCALE_AT_LOG2 = 64;

  private static final double RESCALE_AT = Math.scalb(1.0, RESCALE_AT_LOG2);

  /** Inflated discounted counts {@code N'_i = W Ñ_i}. */
  final double[] counts;

  /** Inflated discounted reward sums {@code S'_i = W S̃_i}. */
  final double[] sums;

  private final double gamma;
  private final double inverseGamma;
  private final boolean eager;

  /** The running factor {@code W}. */
  private double inflation = 1.0;

  /**
   * Zero statistics for {@code arms} arms.
   *
   * @param gamma the discount {@code γ} in {@code (0, 1]}
   * @param rewardBound the largest reward {@code B > 0}
   */
  LazyDiscount(int arms, double gamma, double rewardBound) {
    this.counts = new double[arms];
    this.sums = new double[arms];
    this.gamma = gamma;
    this.inverseGamma = 1.0 / gamma;
    this.eager = !(inverseGamma < RESCALE_AT && rewardBound * inverseGamma < 0x1p900);
  }

  /** Whether every reward discounts all arms at once ({@code W} is then always 1). */
  boolean eager() {
    return eager;
  }

  /** The running factor {@code W} (1 right after a rescale, and always in the eager form). */
  double inflation() {
    return inflation;
  }

  /** {@code 1/W}: multiplying an inflated sum by it gives the discounted one. */
  double deflation() {
    return 1.0 / inflation;
  }

  /**
   * Learns reward {@code x} of arm {@code a}: lazily {@code W ← W/γ}, {@code N'_a += W}, {@code
   * S'_a += W x}; eagerly every count and sum times {@code γ}, then {@code +1} and {@code +x}.
   *
   * @return the weight added to the played arm's count ({@code W} after the step; 1 when eager);
   *     the owner must call {@link #rescale()} once it is at least {@code 2^64} ({@link
   *     #needsRescale})
   */
  double learn(int arm, double reward) {
    if (eager) {
      for (int i = 0; i < counts.length; i++) { // no branch, so the JIT can vectorise it
        counts[i] *= gamma;
        sums[i] *= gamma;
      }
      counts[arm] += 1.0;
      sums[arm] += reward;
      return 1.0;
    }
    double w = inflation * inverseGamma;
    inflation = w;
    counts[arm] += w;
    sums[arm] += w * reward;
    return w;
  }

  /** Whether {@code W} has reached {@code 2^64} and the sums must be rescaled. */
  boolean needsRescale() {
    return inflation >= RESCALE_AT;
  }

  /** Divides every sum by {@code W} and restarts {@code W} at 1 (nothing to do when it is 1). */
  void rescale() {
    double w = inflation;
    if (w != 1.0) {
      for (int i = 0; i < counts.length; i++) {
        counts[i] /= w;
        sums[i] /= w;
      }
      inflation = 1.0;
    }
  }
}
