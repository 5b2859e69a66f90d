package org.bandits4j.algorithms;

import java.util.List;
import org.bandits4j.algorithms.adversarial.Exp3;
import org.bandits4j.algorithms.adversarial.Exp3IxSpec;
import org.bandits4j.algorithms.adversarial.Exp3Spec;
import org.bandits4j.algorithms.dueling.BeatTheMeanSpec;
import org.bandits4j.algorithms.dueling.CopelandConfidenceBoundSpec;
import org.bandits4j.algorithms.dueling.DoubleThompsonSpec;
import org.bandits4j.algorithms.dueling.InterleavedFilterSpec;
import org.bandits4j.algorithms.dueling.MergeRucbSpec;
import org.bandits4j.algorithms.dueling.Rmed1Spec;
import org.bandits4j.algorithms.dueling.Rmed2Spec;
import org.bandits4j.algorithms.dueling.RucbSpec;
import org.bandits4j.algorithms.dueling.SparringSpec;
import org.bandits4j.algorithms.glm.LogisticTsSpec;
import org.bandits4j.algorithms.glm.UcbGlmSpec;
import org.bandits4j.algorithms.greedy.BoltzmannSpec;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.heavytail.RobustUcbSpec;
import org.bandits4j.algorithms.linear.HybridLinUcbSpec;
import org.bandits4j.algorithms.linear.LinTsSpec;
import org.bandits4j.algorithms.linear.LinUcbSpec;
import org.bandits4j.algorithms.linear.OfulSpec;
import org.bandits4j.algorithms.linear.SupLinUcbSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedThompsonSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedUcb;
import org.bandits4j.algorithms.nonstationary.DiscountedUcbSpec;
import org.bandits4j.algorithms.nonstationary.SlidingWindowUcbSpec;
import org.bandits4j.algorithms.state.GlmState;
import org.bandits4j.algorithms.state.LinearState;
import org.bandits4j.algorithms.state.MomentState;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.algorithms.state.SampleHistoryState;
import org.bandits4j.algorithms.state.SlidingWindowState;
import org.bandits4j.algorithms.state.SparringState;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.thompson.GaussianThompsonSpec;
import org.bandits4j.algorithms.thompson.NormalGammaThompsonSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbSpec;
import org.bandits4j.algorithms.ucb.MossAnytimeSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
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
                  RucbSpec.NAME,
                  RucbSpec.class,
                  RucbSpec.defaults(),
                  StateFormat.DUELING,
                  "RUCB dueling bandit (Zoghi et al. 2014)"),
              new PolicyType<>(
                  Rmed1Spec.NAME,
                  Rmed1Spec.class,
                  Rmed1Spec.defaults(),
                  StateFormat.DUELING,
                  "RMED1 dueling bandit (Komiyama et al. 2015)"),
              new PolicyType<>(
                  Rmed2Spec.NAME,
                  Rmed2Spec.class,
                  Rmed2Spec.defaults(),
                  StateFormat.DUELING,
                  "RMED2 dueling bandit (Komiyama et al. 2015)"),
              new PolicyType<>(
                  DoubleThompsonSpec.NAME,
                  DoubleThompsonSpec.class,
                  DoubleThompsonSpec.defaults(),
                  StateFormat.DUELING,
                  "Double Thompson sampling dueling bandit (Wu and Liu 2016)"),
              new PolicyType<>(
                  CopelandConfidenceBoundSpec.NAME,
                  CopelandConfidenceBoundSpec.class,
                  CopelandConfidenceBoundSpec.defaults(),
                  StateFormat.DUELING,
                  "Copeland Confidence Bound dueling bandit (Zoghi et al. 2015)"),
              new PolicyType<>(
                  InterleavedFilterSpec.NAME,
                  InterleavedFilterSpec.class,
                  InterleavedFilterSpec.defaults(),
                  StateFormat.DUELING,
                  "Interleaved Filter 2 dueling bandit (Yue et al. 2012), horizon-tuned"),
              new PolicyType<>(
                  BeatTheMeanSpec.NAME,
                  BeatTheMeanSpec.class,
                  BeatTheMeanSpec.defaults(),
                  StateFormat.DUELING,
                  "Beat-the-Mean dueling bandit (Yue and Joachims 2011), horizon-tuned"),
              new PolicyType<>(
                  MergeRucbSpec.NAME,
                  MergeRucbSpec.class,
                  MergeRucbSpec.defaults(),
                  StateFormat.DUELING,
                  "MergeRUCB dueling bandit for many arms (Zoghi et al. 2015)"),
              new PolicyType<>(
                  SparringSpec.NAME,
                  SparringSpec.class,
                  SparringSpec.defaults(),
                  SparringState.format(StandardPolicies::codec),
                  "Sparring: two bandit learners duel (Ailon et al. 2014)"),
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
                      + " means, Catoni"),
              new PolicyType<>(
                  KlUcbSpec.NAME,
                  KlUcbSpec.class,
                  KlUcbSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "KL-UCB (Garivier & Cappe 2011): Bernoulli, Gaussian, Poisson, exponential"),
              new PolicyType<>(
                  KlUcbPlusSpec.NAME,
                  KlUcbPlusSpec.class,
                  KlUcbPlusSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "KL-UCB+: KL-UCB with level ln(t / N)"),
              new PolicyType<>(
                  KlUcbPlusPlusSpec.NAME,
                  KlUcbPlusPlusSpec.class,
                  KlUcbPlusPlusSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "KL-UCB++ (Menard & Garivier 2017): minimax and asymptotically optimal"),
              new PolicyType<>(
                  MossSpec.NAME,
                  MossSpec.class,
                  MossSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "MOSS (Audibert & Bubeck 2009) for a known horizon"),
              new PolicyType<>(
                  MossAnytimeSpec.NAME,
                  MossAnytimeSpec.class,
                  MossAnytimeSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "anytime MOSS (Degenne & Perchet 2016)"),
              new PolicyType<>(
                  BoltzmannSpec.NAME,
                  BoltzmannSpec.class,
                  BoltzmannSpec.defaults(),
                  StateFormat.SAMPLE_MEAN,
                  "Boltzmann (softmax) exploration with constant or decaying temperature"),
              new PolicyType<>(
                  Exp3Spec.NAME,
                  Exp3Spec.class,
                  Exp3Spec.defaults(),
                  Exp3.STATE_FORMAT,
                  "EXP3 (Auer et al. 2002; Lattimore & Szepesvari form) for adversarial rewards"),
              new PolicyType<>(
                  Exp3IxSpec.NAME,
                  Exp3IxSpec.class,
                  Exp3IxSpec.defaults(),
                  Exp3.STATE_FORMAT,
                  "EXP3-IX (Neu 2015): EXP3 with implicit exploration"),
              new PolicyType<>(
                  SlidingWindowUcbSpec.NAME,
                  SlidingWindowUcbSpec.class,
                  SlidingWindowUcbSpec.defaults(),
                  SlidingWindowState.FORMAT,
                  "sliding-window UCB (Garivier & Moulines 2011)"),
              new PolicyType<>(
                  DiscountedUcbSpec.NAME,
                  DiscountedUcbSpec.class,
                  DiscountedUcbSpec.defaults(),
                  DiscountedUcb.STATE_FORMAT,
                  "discounted UCB (Garivier & Moulines 2011)"),
              new PolicyType<>(
                  DiscountedThompsonSpec.NAME,
                  DiscountedThompsonSpec.class,
                  DiscountedThompsonSpec.defaults(),
                  DiscountedUcb.STATE_FORMAT,
                  "discounted Thompson sampling (Raj & Kalyani 2017)"),
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
