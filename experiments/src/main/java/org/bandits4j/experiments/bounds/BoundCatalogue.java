package org.bandits4j.experiments.bounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bandits4j.algorithms.greedy.EpsilonGreedySpec;
import org.bandits4j.algorithms.greedy.EpsilonSchedule;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.experiments.bounds.BoundCurve.Side;
import org.bandits4j.experiments.scenario.ArmModel;
import org.bandits4j.simulators.bounds.LowerBounds;
import org.bandits4j.simulators.bounds.UpperBounds;

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
                  BoundCatalogue::epsilonGreedy));

  private final Map<String, BoundEntry> entries;

  private BoundCatalogue(Map<String, BoundEntry> entries) {
    this.entries = entries;
  }

  /** Lai–Robbins, minimax, UCB1 (Auer et al.) and the ε-greedy exploration cost. */
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
    if (!(spec instanceof Ucb1Spec u)
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
    if (!(spec instanceof EpsilonGreedySpec g)) {
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
}
