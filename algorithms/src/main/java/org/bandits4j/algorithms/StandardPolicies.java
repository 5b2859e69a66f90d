package org.bandits4j.algorithms;

import java.util.List;
import org.bandits4j.algorithms.adversarial.Exp3;
import org.bandits4j.algorithms.adversarial.Exp3IxSpec;
import org.bandits4j.algorithms.adversarial.Exp3Spec;
import org.bandits4j.algorithms.greedy.BoltzmannSpec;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.nonstationary.DiscountedThompsonSpec;
import org.bandits4j.algorithms.nonstationary.DiscountedUcb;
import org.bandits4j.algorithms.nonstationary.DiscountedUcbSpec;
import org.bandits4j.algorithms.nonstationary.SlidingWindowUcbSpec;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.algorithms.state.PolicyType;
import org.bandits4j.algorithms.state.SlidingWindowState;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.algorithms.state.StateFormat;
import org.bandits4j.algorithms.thompson.BetaThompsonSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbPlusSpec;
import org.bandits4j.algorithms.ucb.KlUcbSpec;
import org.bandits4j.algorithms.ucb.MossAnytimeSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
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
                  "discounted Thompson sampling (Raj & Kalyani 2017)")));

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
