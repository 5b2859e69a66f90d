package org.bandits4j.algorithms;

import java.util.List;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.heavytail.RobustUcbSpec;
import org.bandits4j.algorithms.state.MomentState;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.algorithms.state.SampleHistoryState;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.thompson.GaussianThompsonSpec;
import org.bandits4j.algorithms.thompson.NormalGammaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.algorithms.ucb.Ucb1TunedSpec;
import org.bandits4j.algorithms.ucb.UcbVSpec;

/** The catalogue of the library's policies: the standard registry and state codec. */
public final class StandardPolicies {

  private static final PolicyRegistry REGISTRY =
      PolicyRegistry.of(
          List.of(
              new PolicyType<>(
                  Ucb1Spec.NAME,
                  Ucb1Spec.class,
                  Ucb1Spec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "UCB1 (Auer et al. 2002): mean + sqrt(c ln t / N)"),
              new PolicyType<>(
                  BetaThompsonSpec.NAME,
                  BetaThompsonSpec.class,
                  BetaThompsonSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "Beta-Bernoulli Thompson sampling"),
              new PolicyType<>(
                  EpsilonGreedySpec.NAME,
                  EpsilonGreedySpec.class,
                  EpsilonGreedySpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "epsilon-greedy with constant or decaying rate"),
              new PolicyType<>(
                  UcbVSpec.NAME,
                  UcbVSpec.class,
                  UcbVSpec.defaults(),
                  MomentState.FORMAT,
                  "UCB-V (Audibert, Munos, Szepesvari 2009): variance-aware UCB"),
              new PolicyType<>(
                  Ucb1TunedSpec.NAME,
                  Ucb1TunedSpec.class,
                  Ucb1TunedSpec.defaults(),
                  MomentState.FORMAT,
                  "UCB1-Tuned (Auer et al. 2002): UCB1 with a variance bound"),
              new PolicyType<>(
                  GaussianThompsonSpec.NAME,
                  GaussianThompsonSpec.class,
                  GaussianThompsonSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "Gaussian Thompson sampling with known (per-arm) noise variances"),
              new PolicyType<>(
                  NormalGammaThompsonSpec.NAME,
                  NormalGammaThompsonSpec.class,
                  NormalGammaThompsonSpec.defaults(),
                  MomentState.FORMAT,
                  "Normal-Gamma Thompson sampling, unknown variances (VarTS with per-arm priors)"),
              new PolicyType<>(
                  RobustUcbSpec.NAME,
                  RobustUcbSpec.class,
                  RobustUcbSpec.defaults(),
                  SampleHistoryState.FORMAT,
                  "Robust UCB for heavy tails (Bubeck et al. 2013): truncated mean, median of"
                      + " means, Catoni")));

  private static final StateCodec CODEC = new StateCodec(REGISTRY);

  private StandardPolicies() {}

  /** Every policy of the library, by name. */
  public static PolicyRegistry registry() {
    return REGISTRY;
  }

  /** The state codec for {@link #registry()}. */
  public static StateCodec codec() {
    return CODEC;
  }
}
