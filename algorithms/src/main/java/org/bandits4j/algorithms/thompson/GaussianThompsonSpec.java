package org.bandits4j.algorithms.thompson;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link GaussianThompsonSampling}: the default prior and noise of every arm,
 * per-arm overrides by arm id, and whether the prior is the improper flat one.
 *
 * <p>JSON (registry name {@value #NAME}):
 *
 * <pre>{@code
 * {"priorMean": 0.0, "priorVariance": 10000.0, "noiseVariance": 1.0, "flatPrior": false,
 *  "armPriors": {"b": {"priorMean": 0.5, "priorVariance": 1.0, "noiseVariance": 0.04}}}
 * }</pre>
 *
 * omitted fields take the defaults of {@link #defaults()}. Arms not named in {@code armPriors}
 * (including arms added at run time) use the default prior and noise; ids naming no arm are
 * ignored.
 *
 * @param priorMean default prior mean {@code m_0}, finite
 * @param priorVariance default prior variance {@code s_0²}, finite and {@code > 0}
 * @param noiseVariance default known reward variance {@code σ²}, finite and {@code > 0}
 * @param flatPrior whether to use the improper flat prior (each arm is then played once before
 *     sampling starts, and the prior mean and variance are ignored)
 * @param armPriors per-arm priors and noise variances by arm id (Algorithm 1 of Saha and Kveton
 *     2024: known arm-specific variances); copied, iterated in id order
 */
public record GaussianThompsonSpec(
    double priorMean,
    double priorVariance,
    double noiseVariance,
    boolean flatPrior,
    Map<String, GaussianArmPrior> armPriors)
    implements PolicySpec<GaussianThompsonSampling> {

  /** Registry name. */
  public static final String NAME = "thompson-gaussian";

  /**
   * Validates the parameters and copies the map.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public GaussianThompsonSpec {
    Checks.finite("priorMean", priorMean);
    Checks.positive("priorVariance", priorVariance);
    Checks.positive("noiseVariance", noiseVariance);
    armPriors = ArmParameters.copy("armPriors", armPriors);
  }

  /**
   * The spec's defaults: a near-flat prior {@code N(0, 10^4)} and unit noise variance, as the
   * spec's experiment (B.2) uses.
   */
  public static GaussianThompsonSpec defaults() {
    return new GaussianThompsonSpec(0.0, 1e4, 1.0, false, Map.of());
  }

  /** Known common noise variance {@code σ²}, prior {@code N(m_0, s_0²)}, no per-arm overrides. */
  public static GaussianThompsonSpec common(
      double priorMean, double priorVariance, double noiseVariance) {
    return new GaussianThompsonSpec(priorMean, priorVariance, noiseVariance, false, Map.of());
  }

  /** The improper flat prior with known common noise variance {@code σ²}. */
  public static GaussianThompsonSpec flat(double noiseVariance) {
    return new GaussianThompsonSpec(0.0, 1.0, noiseVariance, true, Map.of());
  }

  /** The prior and noise of the arm with this id. */
  public GaussianArmPrior priorOf(String armId) {
    GaussianArmPrior own = armPriors.get(armId);
    return own != null ? own : new GaussianArmPrior(priorMean, priorVariance, noiseVariance);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public GaussianThompsonSampling create(ArmSet arms) {
    return new GaussianThompsonSampling(this, arms);
  }

  @Override
  public GaussianThompsonSampling restore(PolicyState state) {
    return new GaussianThompsonSampling(this, state);
  }

  /** Helpers for per-arm parameter maps. */
  static final class ArmParameters {
    private ArmParameters() {}

    /** An immutable copy of a per-arm map, sorted by id, with no null or blank ids or values. */
    static <V> Map<String, V> copy(String name, Map<String, V> map) {
      Checks.notNull(name, map);
      TreeMap<String, V> sorted = new TreeMap<>();
      for (var e : map.entrySet()) {
        if (e.getKey() == null || e.getKey().isBlank()) {
          throw new IllegalArgumentException(name + " has a blank arm id: '" + e.getKey() + "'");
        }
        if (e.getValue() == null) {
          throw new IllegalArgumentException(name + " of arm '" + e.getKey() + "' is null");
        }
        sorted.put(e.getKey(), e.getValue());
      }
      return Collections.unmodifiableMap(sorted);
    }
  }
}
