package org.bandits4j.algorithms;

import java.util.List;
import org.bandits4j.algorithms.glm.LogisticTsSpec;
import org.bandits4j.algorithms.glm.UcbGlmSpec;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.linear.HybridLinUcbSpec;
import org.bandits4j.algorithms.linear.LinTsSpec;
import org.bandits4j.algorithms.linear.LinUcbSpec;
import org.bandits4j.algorithms.linear.OfulSpec;
import org.bandits4j.algorithms.linear.SupLinUcbSpec;
import org.bandits4j.algorithms.state.GlmState;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;

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
                  LinUcbSpec.NAME,
                  LinUcbSpec.class,
                  LinUcbSpec.defaults(),
                  LinearState.FORMAT,
                  "disjoint LinUCB (Li et al. 2010): per-arm ridge, θ̂ᵀx + α‖x‖_{A⁻¹}"),
              new PolicyType<>(
                  HybridLinUcbSpec.NAME,
                  HybridLinUcbSpec.class,
                  HybridLinUcbSpec.defaults(),
                  LinearState.FORMAT,
                  "hybrid LinUCB (Li et al. 2010): shared β and per-arm θ_a"),
              new PolicyType<>(
                  OfulSpec.NAME,
                  OfulSpec.class,
                  OfulSpec.defaults(),
                  LinearState.FORMAT,
                  "OFUL (Abbasi-Yadkori et al. 2011): log-det confidence radius"),
              new PolicyType<>(
                  LinTsSpec.NAME,
                  LinTsSpec.class,
                  LinTsSpec.defaults(),
                  LinearState.FORMAT,
                  "linear Thompson sampling (Agrawal-Goyal 2013; disjoint practical form)"),
              new PolicyType<>(
                  SupLinUcbSpec.NAME,
                  SupLinUcbSpec.class,
                  SupLinUcbSpec.defaults(),
                  LinearState.FORMAT,
                  "SupLinUCB (Chu et al. 2011): level screening over BaseLinUCB"),
              new PolicyType<>(
                  UcbGlmSpec.NAME,
                  UcbGlmSpec.class,
                  UcbGlmSpec.defaults(),
                  GlmState.FORMAT,
                  "UCB-GLM (Li, Lu, Zhou 2017), logistic link, MLE by damped Newton"),
              new PolicyType<>(
                  LogisticTsSpec.NAME,
                  LogisticTsSpec.class,
                  LogisticTsSpec.defaults(),
                  GlmState.FORMAT,
                  "logistic Thompson sampling, Laplace approximation")));

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
