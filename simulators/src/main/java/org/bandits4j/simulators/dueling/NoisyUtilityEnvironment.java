package org.bandits4j.simulators.dueling;

import org.bandits4j.api.ArmSet;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Duels decided by noisy utilities: each duel draws {@code X_i = u_i + σ ε_i} for both arms (the
 * lower index first, from the pair's stream) and the larger wins (equal values tie).
 *
 * <p>With Gaussian noise the preferences are Thurstone's, {@code P[i][j] = Φ((u_i - u_j)/(σ sqrt
 * 2))}; with Gumbel noise ({@code ε = -ln(-ln U)}) they are Bradley–Terry's, {@code P[i][j] = 1 /
 * (1 + exp(-(u_i - u_j)/σ))}, because the difference of two standard Gumbel variates is logistic;
 * the Gumbel uniform is {@code ((nextLong() >>> 11) + 1/2) 2^-53}, inside {@code (0, 1)}. A
 * self-duel draws twice from the same law and is a fair coin.
 *
 * <p>Thread safety: immutable.
 */
public final class NoisyUtilityEnvironment implements DuelingEnvironment {

  /** The noise law. */
  public enum Noise {
    /** Standard normal noise: Thurstone Case V preferences. */
    GAUSSIAN,
    /** Standard Gumbel noise: Bradley–Terry (logistic) preferences. */
    GUMBEL
  }

  private final double[] utilities;
  private final Noise noise;
  private final double scale;
  private final PreferenceMatrix preferences;

  /**
   * Arms {@code "0" .. "K-1"} with these utilities.
   *
   * @throws IllegalArgumentException if there are no utilities, one is not finite, or the scale is
   *     not finite and positive
   */
  public NoisyUtilityEnvironment(Noise noise, double scale, double... utilities) {
    if (noise == null) {
      throw new IllegalArgumentException("noise must not be null");
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be finite and > 0, was " + scale);
    }
    if (utilities == null || utilities.length == 0) {
      throw new IllegalArgumentException("utilities must have at least one entry");
    }
    this.utilities = utilities.clone();
    this.noise = noise;
    this.scale = scale;
    double[] scaled = new double[utilities.length];
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = utilities[i] / scale;
    }
    PreferenceMatrix p =
        noise == Noise.GAUSSIAN
            ? PreferenceMatrix.thurstone(scaled)
            : PreferenceMatrix.bradleyTerry(scaled);
    this.preferences = new PreferenceMatrix(ArmSet.ofSize(utilities.length), p.toArray());
  }

  @Override
  public PreferenceMatrix preferences() {
    return preferences;
  }

  private double draw(int arm, RandomStream s) {
    double e =
        noise == Noise.GAUSSIAN
            ? s.nextGaussian()
            : -Math.log(-Math.log(((s.nextLong() >>> 11) + 0.5) * 0x1.0p-53));
    return utilities[arm] + scale * e;
  }

  @Override
  public DuelProcess start(RandomStream stream) {
    PairStreams pairs = new PairStreams(utilities.length, stream);
    return (round, first, second) -> {
      RandomStream s = pairs.of(first, second);
      int lo = Math.min(first, second);
      int hi = Math.max(first, second);
      double xLo = draw(lo, s);
      double xHi = draw(hi, s);
      if (xLo == xHi) {
        return DuelOutcome.TIE;
      }
      boolean lowWins = xLo > xHi;
      return lowWins == (first == lo) ? DuelOutcome.FIRST_WINS : DuelOutcome.SECOND_WINS;
    };
  }

  @Override
  public String toString() {
    return "NoisyUtilityEnvironment[" + noise + ", scale " + scale + "]";
  }
}
