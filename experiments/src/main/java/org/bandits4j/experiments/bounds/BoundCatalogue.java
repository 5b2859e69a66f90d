package org.bandits4j.experiments.bounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.greedy.EpsilonSchedule;
import org.bandits4j.algorithms.linear.OfulSpec;
import org.bandits4j.algorithms.ucb.MossSpec;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.algorithms.ucb.UcbVSpec;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.bounds.BoundCurve.Side;
import org.bandits4j.experiments.scenario.ArmModel;
import org.bandits4j.simulators.bounds.DuelingLowerBound;
import org.bandits4j.simulators.bounds.LinearBounds;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.bounds.UpperBounds;
import org.bandits4j.simulators.bounds.VarianceAwareBounds;
import org.bandits4j.simulators.dueling.PreferenceMatrix;

/**
 * The theoretical regret curves the runner knows, keyed by name, the policy they are about and the
 * reward family they need; the simulators' {@code bounds} package computes them.
 *
 * <p>Plots draw every {@link BoundEntry#forAnyPolicy() policy-free} curve that applies to an
 * environment once, and each policy's own curves in its colour; reproduction files name curves
 * here. A new bound joins with {@link #with(BoundEntry)}: a name, the policy registry name (or
 * {@link BoundEntry#ANY}), and a function that returns the curve for an {@link ArmModel} and spec
 * where the theorem's assumptions hold, and nothing otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoundCatalogue {

  private static final BoundCatalogue STANDARD =
      new BoundCatalogue(new LinkedHashMap<>())
          .with(
              new BoundEntry(
                  "lai-robbins",
                  BoundEntry.ANY,
                  Side.LOWER,
                  "C_LR ln t, C_LR = sum over suboptimal arms of gap / KL(arm, best)",
                  "Lai & Robbins 1985; Burnetas & Katehakis 1996 (asymptotic, consistent"
                      + " policies)",
                  BoundCatalogue::laiRobbins))
          .with(
              new BoundEntry(
                  "minimax",
                  BoundEntry.ANY,
                  Side.LOWER,
                  "sigma sqrt((K-1) t) / 27, worst case over Gaussian instances",
                  "Lattimore & Szepesvari 2020, Theorem 15.2",
                  BoundCatalogue::minimax))
          .with(
              new BoundEntry(
                  "ucb1-auer",
                  Ucb1Spec.NAME,
                  Side.UPPER,
                  "8 sum ln t / gap + (1 + pi^2/3) sum gap",
                  "Auer, Cesa-Bianchi & Fischer 2002, Theorem 1 (c = 2, rewards in [0, 1])",
                  BoundCatalogue::ucb1))
          .with(
              new BoundEntry(
                  "epsilon-greedy-exploration",
                  EpsilonGreedySpec.NAME,
                  Side.LOWER,
                  "sum_{s<=t} eps_s * mean gap: the expected cost of the exploration rounds",
                  "exact for uniform exploration; greedy rounds add a non-negative excess",
                  BoundCatalogue::epsilonGreedy))
          .with(
              new BoundEntry(
                  "moss-audibert-bubeck",
                  MossSpec.NAME,
                  Side.UPPER,
                  "49 sqrt(K t): the minimax bound of MOSS tuned to horizon t (rewards in [0, 1])",
                  "Audibert & Bubeck 2009, Theorem 5 (constant as the spec recalls it)",
                  BoundCatalogue::moss))
          .with(
              new BoundEntry(
                  "ucb-v-audibert",
                  UcbVSpec.NAME,
                  Side.UPPER,
                  "sum over suboptimal arms of c_zeta (sigma_i^2 / gap_i + 2 b) ln t, c_zeta = 10",
                  "Audibert, Munos & Szepesvari 2009, Theorem 1 (zeta = 1.2, c = 1; c_zeta as"
                      + " the spec recalls it)",
                  BoundCatalogue::ucbV))
          .with(
              new BoundEntry(
                  "komiyama-dueling",
                  BoundEntry.ANY,
                  Side.LOWER,
                  "C ln t, C = sum over i != winner of min over j with P[i][j] < 1/2 of"
                      + " (gap_i + gap_j) / (2 kl(P[i][j], 1/2)) (strong regret, average"
                      + " convention)",
                  "Komiyama, Honda, Kashima & Nakagawa 2015, Theorem 2 (asymptotic, Condorcet"
                      + " winner)",
                  BoundCatalogue::komiyama))
          .with(
              new BoundEntry(
                  "oful-abbasi-yadkori",
                  OfulSpec.NAME,
                  Side.UPPER,
                  "2 beta_t sqrt(2 t d ln(1 + t L^2 / (lambda d))), with the spec's lambda, delta,"
                      + " R >= noise and S >= |theta|",
                  "Abbasi-Yadkori, Pal & Szepesvari 2011, Theorem 3 (probability >= 1 - delta)",
                  BoundCatalogue::oful));

  private final Map<String, BoundEntry> entries;

  private BoundCatalogue(Map<String, BoundEntry> entries) {
    this.entries = entries;
  }

  /**
   * Lai–Robbins, minimax, UCB1 (Auer et al.), the ε-greedy exploration cost, MOSS, UCB-V, the
   * dueling lower bound of Komiyama et al. and OFUL's bound.
   */
  public static BoundCatalogue standard() {
    return STANDARD;
  }

  /**
   * A catalogue with one more entry.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public BoundCatalogue with(BoundEntry entry) {
    if (entries.containsKey(entry.name())) {
      throw new IllegalArgumentException("bound '" + entry.name() + "' is already registered");
    }
    Map<String, BoundEntry> copy = new LinkedHashMap<>(entries);
    copy.put(entry.name(), entry);
    return new BoundCatalogue(copy);
  }

  /** Every entry, in registration order. */
  public List<BoundEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * The entry named {@code name}.
   *
   * @throws IllegalArgumentException listing the known names if there is none
   */
  public BoundEntry entry(String name) {
    BoundEntry e = entries.get(name);
    if (e == null) {
      throw new IllegalArgumentException(
          "unknown bound '" + name + "'; known: " + new ArrayList<>(entries.keySet()));
    }
    return e;
  }

  /** The policy-free curves that apply to these arms. */
  public List<BoundCurve> environmentCurves(ArmModel model) {
    List<BoundCurve> out = new ArrayList<>();
    for (BoundEntry e : entries.values()) {
      if (e.forAnyPolicy()) {
        e.curve().apply(model, null).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The curves about this policy that apply to these arms and parameters. */
  public List<BoundCurve> policyCurves(ArmModel model, PolicySpec<?> spec) {
    List<BoundCurve> out = new ArrayList<>();
    for (BoundEntry e : entries.values()) {
      if (e.policy().equals(spec.name())) {
        e.curve().apply(model, spec).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The curve {@code name} for these arms and spec, if its assumptions hold.
   *
   * @throws IllegalArgumentException if the name is unknown
   */
  public Optional<BoundCurve> curve(String name, ArmModel model, PolicySpec<?> spec) {
    BoundEntry e = entry(name);
    if (!e.forAnyPolicy() && (spec == null || !e.policy().equals(spec.name()))) {
      return Optional.empty();
    }
    return e.curve().apply(model, e.forAnyPolicy() ? null : spec);
  }

  // ------------------------------------------------------------------------------ the entries

  private static Optional<BoundCurve> laiRobbins(ArmModel model, PolicySpec<?> ignored) {
    double c;
    if (model.family().equals("bernoulli")) {
      c = LowerBounds.laiRobbinsBernoulli(model.means());
    } else if (model.family().equals("poisson")) {
      c = LowerBounds.laiRobbinsPoisson(model.means());
    } else if (model.family().equals("exponential")) {
      c = LowerBounds.laiRobbinsExponential(model.means());
    } else if (!Double.isNaN(model.commonSigma())) {
      c = LowerBounds.laiRobbinsGaussian(model.commonSigma(), model.means());
    } else {
      return Optional.empty();
    }
    if (!(c > 0) || !Double.isFinite(c)) {
      return Optional.empty();
    }
    return Optional.of(
        new BoundCurve(
            "lai-robbins",
            String.format(Locale.ROOT, "Lai-Robbins lower bound %.3g ln t", c),
            Side.LOWER,
            t -> c * Math.log((double) t)));
  }

  private static Optional<BoundCurve> minimax(ArmModel model, PolicySpec<?> ignored) {
    double sigma = model.commonSigma();
    if (!(sigma > 0) || model.arms() < 2) {
      return Optional.empty();
    }
    int k = model.arms();
    return Optional.of(
        new BoundCurve(
            "minimax",
            String.format(Locale.ROOT, "minimax lower bound %.3g sqrt((K-1) t) / 27", sigma),
            Side.LOWER,
            t -> sigma * LowerBounds.minimax(k, t)));
  }

  private static Optional<BoundCurve> ucb1(ArmModel model, PolicySpec<?> spec) {
    if (model.means().length == 0
        || !(spec instanceof Ucb1Spec u)
        || u.c() != 2.0
        || u.rewardMin() != 0.0
        || u.rewardMax() != 1.0
        || !model.inUnitInterval()) {
      return Optional.empty();
    }
    double[] means = model.means();
    return Optional.of(
        new BoundCurve(
            "ucb1-auer",
            "upper bound (Auer et al. 2002)",
            Side.UPPER,
            t -> {
              return UpperBounds.ucb1(t, means);
            }));
  }

  private static Optional<BoundCurve> epsilonGreedy(ArmModel model, PolicySpec<?> spec) {
    if (model.means().length == 0 || !(spec instanceof EpsilonGreedySpec g)) {
      return Optional.empty();
    }
    double[] means = model.means();
    double best = Double.NEGATIVE_INFINITY;
    for (double m : means) {
      best = Math.max(best, m);
    }
    double gaps = 0;
    for (double m : means) {
      gaps += best - m;
    }
    double meanGap = gaps / means.length;
    int k = means.length;
    double eps = g.epsilon();
    EpsilonSchedule schedule = g.schedule();
    return Optional.of(
        new BoundCurve(
            "epsilon-greedy-exploration",
            "exploration cost (lower bound)",
            Side.LOWER,
            t ->
                meanGap
                    * switch (schedule) {
                      case CONSTANT -> eps * t;
                      case INVERSE_TIME -> CumulativeRates.inverse(eps * k, t);
                      case INVERSE_SQRT_TIME -> CumulativeRates.inverseSqrt(eps * Math.sqrt(k), t);
                    }));
  }

  private static Optional<BoundCurve> moss(ArmModel model, PolicySpec<?> spec) {
    if (!(spec instanceof MossSpec) || model.means().length < 2 || !model.inUnitInterval()) {
      return Optional.empty();
    }
    int k = model.arms();
    return Optional.of(
        new BoundCurve(
            "moss-audibert-bubeck",
            "upper bound 49 sqrt(K t) (Audibert & Bubeck 2009)",
            Side.UPPER,
            t -> UpperBounds.moss(t, k)));
  }

  private static Optional<BoundCurve> ucbV(ArmModel model, PolicySpec<?> spec) {
    if (!(spec instanceof UcbVSpec v)
        || v.zeta() != 1.2
        || v.c() < 1.0
        || model.means().length < 2
        || !(model.rewardMax() - model.rewardMin() <= v.b())) {
      return Optional.empty();
    }
    double[] means = model.means();
    double[] variances = new double[means.length];
    if (model.family().equals("bernoulli")) {
      for (int i = 0; i < means.length; i++) {
        variances[i] = means[i] * (1 - means[i]);
      }
    } else {
      return Optional.empty();
    }
    double b = v.b();
    return Optional.of(
        new BoundCurve(
            "ucb-v-audibert",
            "upper bound (Audibert et al. 2009, c_zeta = 10)",
            Side.UPPER,
            t -> VarianceAwareBounds.ucbV(t, UCB_V_C_ZETA, b, means, variances)));
  }

  /** The constant {@code c_ζ} of UCB-V's bound for {@code ζ = 1.2}, as the spec recalls it. */
  private static final double UCB_V_C_ZETA = 10.0;

  private static Optional<BoundCurve> komiyama(ArmModel model, PolicySpec<?> ignored) {
    PreferenceMatrix p = model.preferences();
    if (p == null || !p.hasCondorcetWinner() || p.size() < 2) {
      return Optional.empty();
    }
    double c = DuelingLowerBound.constant(p);
    if (!(c > 0) || !Double.isFinite(c)) {
      return Optional.empty();
    }
    return Optional.of(
        new BoundCurve(
            "komiyama-dueling",
            String.format(Locale.ROOT, "dueling lower bound %.3g ln t (Komiyama et al.)", c),
            Side.LOWER,
            t -> c * Math.log((double) t)));
  }

  private static Optional<BoundCurve> oful(ArmModel model, PolicySpec<?> spec) {
    ArmModel.LinearSetting s = model.linear();
    if (s == null
        || !(spec instanceof OfulSpec o)
        || o.dimension() != s.dimension()
        || o.radiusScale() != 1.0
        || o.switchGrowth() != 0.0
        || o.noise() < s.noise()
        || o.thetaNorm() < s.thetaNorm()
        || s.thetaNorm() * s.featureNorm() > 1.0) {
      return Optional.empty();
    }
    return Optional.of(
        new BoundCurve(
            "oful-abbasi-yadkori",
            "upper bound (Abbasi-Yadkori et al. 2011)",
            Side.UPPER,
            t ->
                LinearBounds.ofulRegret(
                    t,
                    s.dimension(),
                    o.lambda(),
                    s.featureNorm(),
                    o.noise(),
                    o.thetaNorm(),
                    o.delta())));
  }
}
