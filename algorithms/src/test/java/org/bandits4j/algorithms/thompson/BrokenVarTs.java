package org.bandits4j.algorithms.thompson;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.ArgMax;
import org.bandits4j.algorithms.core.MomentBandit;
import org.bandits4j.algorithms.sampling.GammaTable;
import org.bandits4j.algorithms.sampling.NormalSampler;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Test-only: Normal–Gamma TS with a wrong posterior, {@code β = β_0 + κ_0 N (x̄ - μ_0)²/(2κ)}
 * without the {@code M2/2} term, so the sampled precision ignores the observed spread.
 */
final class BrokenVarTs extends MomentBandit {

  private final NormalGammaThompsonSpec priors;
  private final ArgMax argMax = new ArgMax();
  private GammaTable shape;
  private double[] location;
  private double[] scale;
  private double[] theta;

  private BrokenVarTs(Spec spec, ArmSet arms) {
    super(spec, arms, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.priors = spec.correct();
    initCaches();
  }

  @Override
  public Selection select(RandomGenerator rng) {
    for (int i = 0; i < theta.length; i++) {
      double g = Math.max(shape.sample(i, rng), Double.MIN_NORMAL);
      theta[i] = location[i] + NormalSampler.sample(rng) * Math.sqrt(scale[i] / g);
    }
    return choose(argMax.select(theta, rng), Double.NaN);
  }

  @Override
  protected void resize(int armCount) {
    shape = new GammaTable(armCount);
    location = new double[armCount];
    scale = new double[armCount];
    theta = new double[armCount];
  }

  @Override
  protected void refresh(int arm) {
    NormalGammaPrior p = priors.priorOf(arms().get(arm).id());
    long n = pulls(arm);
    double kappa = p.kappa() + n;
    double beta = p.beta();
    if (n > 0) {
      double d = sum(arm) / n - p.mean();
      beta += p.kappa() * n * d * d / (2 * kappa); // the bug: no + M2/2
    }
    shape.set(arm, p.alpha() + 0.5 * n);
    location[arm] = (p.kappa() * p.mean() + sum(arm)) / kappa;
    scale[arm] = beta / kappa;
  }

  @Override
  protected ArmEstimate estimate(int arm) {
    return new ArmEstimate(arms().get(arm), pulls(arm), location[arm], Double.NaN);
  }

  /** Its spec, wrapping the correct one's priors. */
  record Spec(NormalGammaThompsonSpec correct) implements PolicySpec<Bandit> {
    @Override
    public String name() {
      return "broken-varts";
    }

    @Override
    public Bandit create(ArmSet arms) {
      return new BrokenVarTs(this, arms);
    }

    @Override
    public Bandit restore(PolicyState state) {
      throw new UnsupportedOperationException("test-only broken policy");
    }
  }
}
