package org.bandits4j.algorithms.thompson;

import java.util.Map;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link NormalGammaThompsonSampling}: the default Normal–Gamma prior of every
 * arm and per-arm (informative) priors by arm id.
 *
 * <p>JSON (registry name {@value #NAME}):
 *
 * <pre>{@code
 * {"priorMean": 0.0, "priorKappa": 1.0, "priorAlpha": 1.0, "priorBeta": 1.0,
 *  "armPriors": {"b": {"mean": 0.0, "kappa": 1.0, "alpha": 5.0, "beta": 0.05}}}
 * }</pre>
 *
 * omitted fields take the defaults of {@link #defaults()}. Arms not named in {@code armPriors}
 * (including arms added at run time) use the default prior; ids naming no arm are ignored.
 *
 * @param priorMean default {@code μ_0}, finite
 * @param priorKappa default {@code κ_0}, finite and {@code > 0}
 * @param priorAlpha default Gamma shape {@code α_0}, finite and {@code > 0}
 * @param priorBeta default Gamma rate {@code β_0}, finite and {@code > 0}
 * @param armPriors per-arm priors by arm id (VarTS's informative priors on the variances); copied,
 *     iterated in id order
 */
public record NormalGammaThompsonSpec(
    double priorMean,
    double priorKappa,
    double priorAlpha,
    double priorBeta,
    Map<String, NormalGammaPrior> armPriors)
    implements PolicySpec<NormalGammaThompsonSampling> {

  /** Registry name. */
  public static final String NAME = "thompson-normal-gamma";

  /**
   * Validates the parameters and copies the map.
   *
   * @throws IllegalArgumentException naming the parameter and the value
   */
  public NormalGammaThompsonSpec {
    Checks.finite("priorMean", priorMean);
    Checks.positive("priorKappa", priorKappa);
    Checks.positive("priorAlpha", priorAlpha);
    Checks.positive("priorBeta", priorBeta);
    armPriors = GaussianThompsonSpec.ArmParameters.copy("armPriors", armPriors);
  }

  /** The spec's default prior {@code (μ_0, κ_0, α_0, β_0) = (0, 1, 1, 1)} for every arm. */
  public static NormalGammaThompsonSpec defaults() {
    return new NormalGammaThompsonSpec(0.0, 1.0, 1.0, 1.0, Map.of());
  }

  /** One prior for every arm. */
  public static NormalGammaThompsonSpec of(NormalGammaPrior prior) {
    return new NormalGammaThompsonSpec(
        prior.mean(), prior.kappa(), prior.alpha(), prior.beta(), Map.of());
  }

  /** VarTS: an informative prior per arm id, the default prior for the others. */
  public static NormalGammaThompsonSpec varTs(Map<String, NormalGammaPrior> armPriors) {
    return new NormalGammaThompsonSpec(0.0, 1.0, 1.0, 1.0, armPriors);
  }

  /** The prior of the arm with this id. */
  public NormalGammaPrior priorOf(String armId) {
    NormalGammaPrior own = armPriors.get(armId);
    return own != null ? own : new NormalGammaPrior(priorMean, priorKappa, priorAlpha, priorBeta);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public NormalGammaThompsonSampling create(ArmSet arms) {
    return new NormalGammaThompsonSampling(this, arms);
  }

  @Override
  public NormalGammaThompsonSampling restore(PolicyState state) {
    return new NormalGammaThompsonSampling(this, state);
  }
}
