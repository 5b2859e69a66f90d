package org.bandits4j.simulators.env;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.bandits4j.api.ArmSet;
import org.bandits4j.simulators.random.RandomStream;

/**
 * Arms whose rewards are a centred, scaled standard law shifted to each arm's mean: {@code X_i =
 * μ_i + s (Y - E Y)}, with {@code Y} drawn from the arm's own stream. All arms share the law of
 * {@code X_i - μ_i}, so central moments are common; raw moments depend on the mean.
 *
 * <p>Moments are computed by quadrature ({@link AbsoluteMoments}), not by simulation. Thread
 * safety: immutable.
 */
abstract class LocationScaleEnvironment extends StationaryEnvironment {

  private final double scale;

  LocationScaleEnvironment(double scale, double[] means) {
    super(ArmSet.ofSize(checkedMeans(means, -Double.MAX_VALUE, Double.MAX_VALUE).length), means);
    if (!(scale > 0) || scale == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("scale must be finite and > 0, was " + scale);
    }
    this.scale = scale;
  }

  /** The law of {@code Y}. */
  abstract ContinuousDistribution standardLaw();

  /** The tail exponent {@code α} of {@code Y} ({@code P(|Y| > y) ~ y^-α}; ∞ for lighter tails). */
  abstract double tailIndex();

  /** One draw of {@code Y} from the arm's stream. */
  abstract double standardDraw(RandomStream armStream);

  /** {@code E Y}. */
  final double standardMean() {
    return standardLaw().getMean();
  }

  @Override
  final double draw(int arm, RandomStream armStream) {
    return means[arm] + scale * (standardDraw(armStream) - standardMean());
  }

  /** The scale {@code s}. */
  public final double scale() {
    return scale;
  }

  /**
   * The central absolute moment {@code E|X_i - μ_i|^p = s^p E|Y - E Y|^p}, the same for every arm.
   *
   * @throws IllegalArgumentException if the moment is infinite ({@code p >= α}) or {@code p <= 0}
   */
  public final double centralAbsoluteMoment(double p) {
    return Math.pow(scale, p) * standardCentralMoment(p);
  }

  /** {@code E|Y - E Y|^p}; subclasses with a closed form override it. */
  double standardCentralMoment(double p) {
    return AbsoluteMoments.of(standardLaw(), tailIndex(), -standardMean(), 1.0, p);
  }

  /**
   * The raw absolute moment {@code E|X_i|^p} of arm {@code i}.
   *
   * @throws IllegalArgumentException if the moment is infinite, {@code p <= 0} or the arm is out of
   *     range
   */
  public final double absoluteMoment(int arm, double p) {
    ArmStreams.checkArm(arm, means.length);
    return AbsoluteMoments.of(
        standardLaw(), tailIndex(), means[arm] - scale * standardMean(), scale, p);
  }

  /** The largest raw absolute moment {@code max_i E|X_i|^p} (a bound {@code u} for every arm). */
  public final double maxAbsoluteMoment(double p) {
    double max = 0;
    for (int i = 0; i < means.length; i++) {
      max = Math.max(max, absoluteMoment(i, p));
    }
    return max;
  }

  /** The scale {@code s} for which {@code E|X - μ|^p = v}. */
  static double scaleFor(double standardCentralMoment, double p, double v) {
    if (!(v > 0) || v == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("moment bound must be finite and > 0, was " + v);
    }
    return Math.pow(v / standardCentralMoment, 1.0 / p);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "[means="
        + Arrays.toString(means)
        + ", scale="
        + scale
        + "]";
  }
}
