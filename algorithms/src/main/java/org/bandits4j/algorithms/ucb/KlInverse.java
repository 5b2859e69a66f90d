package org.bandits4j.algorithms.ucb;

/**
 * The upper KL inverse {@code q* = sup{q >= p : kl(p, q) <= d}} of the KL-UCB policies, for the
 * four families of {@link KlFamily}: the largest mean still plausible after observing the mean
 * {@code p} with exploration budget {@code d}.
 *
 * <p>Method (spec algorithms-mab.md §A.3, generalised from Bernoulli to four families): start at a
 * closed-form point {@code q0 >= q*}, then run Newton's method from the right. In a parametrisation
 * where {@code g(q) = kl(p, q) - d} is convex and increasing on {@code [p, ∞)}, Newton iterates
 * started right of the root decrease monotonically to it, so every iterate is a valid, slightly
 * optimistic index. Iteration stops when a step moves by less than {@code 1e-12 max(1, q)} and
 * returns the point before that step (the right end, so the index never falls below the root). If
 * 50 steps do not converge (never observed), 60 bisection steps on {@code [p, q]} keep the
 * invariant {@code kl(p, hi) >= d} and return {@code hi}.
 *
 * <ul>
 *   <li>Bernoulli: Newton in the logit {@code θ = ln(q / (1 - q))}, the natural parameter, where
 *       {@code kl} is convex with derivative {@code q - p}, from Pinsker's bound {@code q0 = min(1
 *       - 1e-15, p + sqrt(d/2))}; edges: {@code p >= 1 - 1e-15} gives 1, {@code p <= 1e-15} gives
 *       {@code 1 - e^{-d}} exactly ({@code kl(0, q) = -ln(1 - q)}). The spec's pseudo-code runs
 *       Newton in {@code q}, where the derivative {@code (q - p)/(q (1 - q))} explodes near 1: from
 *       the capped start {@code 1 - 1e-15} its first step is about {@code 1e-15 g}, the stopping
 *       rule fires at once and the index comes out as 1 (a third of random {@code (p, d)} cases in
 *       {@code KlInverseTest}); in the logit the derivative is bounded by 1 and no step stalls.
 *   <li>Poisson: Newton in {@code q} ({@code kl} is convex in {@code q}, derivative {@code 1 -
 *       p/q}), from {@code q0 = p + d + sqrt(d² + 2pd)}, which solves {@code (q - p)²/(2q) = d}, a
 *       lower bound of {@code kl} because {@code ln x <= (x - 1/x)/2} for {@code x >= 1}; edge
 *       {@code p = 0} gives {@code d} ({@code kl(0, q) = q}).
 *   <li>Exponential: {@code kl} is not convex in {@code q} beyond {@code 2p}, so Newton runs in
 *       {@code u = p/q} (proportional to the natural parameter {@code -1/q}), where {@code h(u) = u
 *       - 1 - ln u} is convex and decreasing; iterating from the left in {@code u} is iterating
 *       from the right in {@code q}. Start {@code u0 = max(e^{-(d+1)}, 1 - sqrt(2d))}: {@code h(u)
 *       >= -1 - ln u} and {@code h(u) >= (1 - u)²/2}. Edge {@code p = 0} gives 0 (a zero mean is
 *       the degenerate point mass; every other mean is infinitely far from it).
 *   <li>Gaussian: closed form {@code p + σ sqrt(2d)}.
 * </ul>
 *
 * In every family {@code d <= 0} gives {@code p}.
 *
 * <p>The variant with a cutoff stops as soon as an iterate, which is never below the exact result,
 * falls below the cutoff: index policies pass the best index found so far and skip arms that cannot
 * win. Arms that can win (or tie) are always solved to the end, so decisions do not depend on the
 * cutoff.
 *
 * <p>Thread safety: stateless. Allocation: none. Cost: typically 2 to 5 Newton steps, each two
 * logarithms and an exponential (Bernoulli) or one logarithm (Poisson, exponential).
 */
public final class KlInverse {

  /** Means closer than this to 0 or 1 are treated as the edge (Bernoulli). */
  static final double EDGE = 1e-15;

  /** A Newton step shorter than {@code TOLERANCE max(1, q)} ends the iteration. */
  static final double TOLERANCE = 1e-12;

  /** Newton steps before the bisection fallback. */
  static final int NEWTON_STEPS = 50;

  /** Bisection steps of the fallback. */
  static final int BISECTION_STEPS = 60;

  private KlInverse() {}

  /**
   * {@code sup{q >= p : kl(p, q) <= d}}.
   *
   * @param family the reward family
   * @param p the observed mean, inside the family's range
   * @param d the exploration budget (typically {@code level / N})
   * @param sigma the standard deviation, used by {@link KlFamily#GAUSSIAN} only
   */
  public static double upper(KlFamily family, double p, double d, double sigma) {
    return upper(family, p, d, sigma, Double.NEGATIVE_INFINITY);
  }

  /**
   * As {@link #upper(KlFamily, double, double, double)}, but returns as soon as an iterate falls
   * below {@code cutoff}: the result is then some value in {@code [q*, cutoff)}. A result {@code >=
   * cutoff} is exactly the one without cutoff.
   */
  public static double upper(KlFamily family, double p, double d, double sigma, double cutoff) {
    if (!(d > 0.0)) {
      return p;
    }
    return switch (family) {
      case BERNOULLI -> bernoulli(p, d, cutoff);
      case GAUSSIAN -> p + sigma * Math.sqrt(2.0 * d);
      case POISSON -> poisson(p, d, cutoff);
      case EXPONENTIAL -> exponential(p, d, cutoff);
    };
  }

  /**
   * An upper bound of {@code q*(d')} from a solved point {@code q = q*(d)}: the tangent of the
   * concave map {@code d -> q*(d)}, which lies above it. For Bernoulli, Poisson and Gaussian {@code
   * kl} is convex in {@code q}, so its inverse is concave: {@code q*(d') <= q + (d' - d) / kl'(q)}
   * with {@code kl'(q) = (q - p)/(q (1 - q))}, {@code (q - p)/q}, {@code (q - p)/σ²}. The
   * exponential {@code kl} is not convex in {@code q}, but {@code h(u) = u - 1 - ln u} is convex in
   * {@code u = p/q}, so {@code u*(d') >= u + (d' - d)/h'(u)} and {@code q*(d') <= p / (that)}.
   * Returns {@code +∞} when no finite bound follows (for example at the edges, where the slope
   * vanishes or is infinite).
   */
  public static double tangent(
      KlFamily family, double p, double q, double d, double dNext, double sigma) {
    double bound;
    if (family == KlFamily.EXPONENTIAL) {
      double u = p / q;
      double u2 = u + (dNext - d) / (1.0 - 1.0 / u);
      bound = u2 > 0.0 ? p / u2 : Double.POSITIVE_INFINITY;
    } else {
      double slope =
          switch (family) {
            case BERNOULLI -> (q - p) / (q * (1.0 - q));
            case GAUSSIAN -> (q - p) / (sigma * sigma);
            default -> (q - p) / q;
          };
      bound = q + (dNext - d) / slope;
    }
    return bound > p && bound < Double.POSITIVE_INFINITY ? bound : Double.POSITIVE_INFINITY;
  }

  // ------------------------------------------------------------------ divergences

  /**
   * Bernoulli {@code kl(p, q)} with {@code 0 ln 0 = 0}; {@code +∞} when {@code q} is 0 or 1 and p
   * is not.
   */
  static double klBernoulli(double p, double q) {
    double a = p == 0.0 ? 0.0 : p * Math.log(p / q);
    double b = p == 1.0 ? 0.0 : (1.0 - p) * Math.log((1.0 - p) / (1.0 - q));
    return a + b;
  }

  /** Poisson {@code kl(p, q) = q - p + p ln(p/q)}, evaluated as {@code p h(q/p)}. */
  static double klPoisson(double p, double q) {
    if (p == 0.0) {
      return q;
    }
    if (q == 0.0) {
      return Double.POSITIVE_INFINITY;
    }
    return p * h(q / p);
  }

  /** Exponential {@code kl(p, q) = p/q - 1 - ln(p/q)}; {@code +∞} when exactly one of p, q is 0. */
  static double klExponential(double p, double q) {
    if (p == 0.0 || q == 0.0) {
      return p == q ? 0.0 : Double.POSITIVE_INFINITY;
    }
    return h(p / q);
  }

  /**
   * {@code h(x) = x - 1 - ln x}: as {@code v - ln(1 + v)}, {@code v = x - 1}, near 1 (where the
   * terms cancel), and directly elsewhere (where {@code 1 + v} would lose the low bits of a small
   * {@code x}).
   */
  private static double h(double x) {
    double v = x - 1.0;
    return Math.abs(v) < 0.5 ? v - Math.log1p(v) : v - Math.log(x);
  }

  // ------------------------------------------------------------------ solvers

  /**
   * A closed-form point at or right of {@code q*}, the point the solver starts from: its result is
   * never above it (the accepted Newton iterates decrease). Index policies use it to skip arms that
   * cannot win.
   *
   * @param family the reward family
   * @param p the observed mean, inside the family's range
   * @param d the exploration budget
   * @param sigma the standard deviation, used by {@link KlFamily#GAUSSIAN} only
   */
  public static double start(KlFamily family, double p, double d, double sigma) {
    if (!(d > 0.0)) {
      return p;
    }
    return switch (family) {
      case BERNOULLI -> bernoulliStart(p, d);
      case GAUSSIAN -> p + sigma * Math.sqrt(2.0 * d);
      case POISSON -> p <= 0.0 ? d : p + d + Math.sqrt(d * d + 2.0 * p * d);
      case EXPONENTIAL -> exponentialStart(p, d);
    };
  }

  /**
   * Bernoulli start: the edges' exact values, else a variance-aware bound, capped at {@code 1 -
   * 1e-15}. Since {@code kl(p, q) = ∫_p^q (x - p) / (x (1 - x)) dx >= (q - p)² / (2V)} with {@code
   * V} the largest {@code x (1 - x)} on {@code [p, q]}: for {@code p >= 1/2}, {@code V = p (1 - p)}
   * and {@code q* <= p + sqrt(2 p (1 - p) d)}; for {@code p < 1/2}, a root {@code U <= 1/2} of
   * {@code (U - p)² = 2 d U (1 - U)} bounds {@code q*}, and otherwise Pinsker's {@code p +
   * sqrt(d/2)} ({@code V <= 1/4}) does. Much tighter than Pinsker alone when {@code p} is far from
   * 1/2.
   */
  private static double bernoulliStart(double p, double d) {
    if (p >= 1.0 - EDGE) {
      return 1.0;
    }
    if (p <= EDGE) {
      return -Math.expm1(-d);
    }
    double q;
    if (p >= 0.5) {
      q = p + Math.sqrt(2.0 * p * (1.0 - p) * d);
    } else {
      q = (p + d + Math.sqrt(d * (d + 2.0 * p * (1.0 - p)))) / (1.0 + 2.0 * d);
      if (q > 0.5) {
        q = p + Math.sqrt(0.5 * d);
      }
    }
    return Math.min(1.0 - EDGE, q);
  }

  private static double exponentialStart(double p, double d) {
    if (p <= 0.0) {
      return 0.0;
    }
    double u = Math.max(Math.exp(-(d + 1.0)), 1.0 - Math.sqrt(2.0 * d));
    return u == 0.0 ? Double.POSITIVE_INFINITY : p / u;
  }

  private static double bernoulli(double p, double d, double cutoff) {
    double q = bernoulliStart(p, d);
    if (p >= 1.0 - EDGE || p <= EDGE) {
      return q;
    }
    if (q < cutoff) {
      return q;
    }
    double g = klBernoulli(p, q) - d;
    if (g <= 0.0) {
      return q; // the start is capped near 1 and already feasible
    }
    double theta = Math.log(q / (1.0 - q));
    for (int step = 0; step < NEWTON_STEPS; step++) {
      theta -= g / (q - p); // Newton on the logit: d kl / d theta = q - p
      double next = 1.0 / (1.0 + Math.exp(-theta));
      if (next <= p) {
        next = 0.5 * (p + q); // cannot happen in exact arithmetic; keeps the bracket
        theta = Math.log(next / (1.0 - next));
      }
      if (q - next < TOLERANCE) {
        return q;
      }
      q = next;
      if (q < cutoff) {
        return q;
      }
      g = klBernoulli(p, q) - d;
    }
    return bisection(KlFamily.BERNOULLI, p, d, q);
  }

  private static double poisson(double p, double d, double cutoff) {
    if (p <= 0.0) {
      return d;
    }
    double q = start(KlFamily.POISSON, p, d, 1.0);
    for (int step = 0; step < NEWTON_STEPS; step++) {
      if (q < cutoff) {
        return q;
      }
      double g = klPoisson(p, q) - d;
      if (g <= 0.0) {
        return q;
      }
      double next = q - g * q / (q - p);
      if (next <= p) {
        next = 0.5 * (p + q);
      }
      if (q - next < TOLERANCE * Math.max(1.0, q)) {
        return q;
      }
      q = next;
    }
    return bisection(KlFamily.POISSON, p, d, q);
  }

  private static double exponential(double p, double d, double cutoff) {
    if (p <= 0.0) {
      return 0.0;
    }
    double q = exponentialStart(p, d);
    if (q == Double.POSITIVE_INFINITY) {
      return q; // d beyond ~700: the plausible means are unbounded
    }
    double u = p / q;
    for (int step = 0; step < NEWTON_STEPS; step++) {
      if (q < cutoff) {
        return q;
      }
      double g = h(u) - d;
      if (g <= 0.0) {
        return q;
      }
      double nextU = u + g * u / (1.0 - u); // Newton on the convex, decreasing h
      if (nextU >= 1.0) {
        nextU = 0.5 * (u + 1.0);
      }
      double next = p / nextU;
      if (q - next < TOLERANCE * Math.max(1.0, q)) {
        return q;
      }
      u = nextU;
      q = next;
    }
    return bisection(KlFamily.EXPONENTIAL, p, d, q);
  }

  /**
   * Bisection on {@code [p, hi]} with {@code kl(p, hi) >= d}: {@value #BISECTION_STEPS} halvings,
   * keeping the invariant; returns the right end.
   */
  static double bisection(KlFamily family, double p, double d, double hi) {
    double lo = p;
    double right = hi;
    for (int step = 0; step < BISECTION_STEPS; step++) {
      double mid = 0.5 * (lo + right);
      if (family.kl(p, mid, 1.0) >= d) {
        right = mid;
      } else {
        lo = mid;
      }
    }
    return right;
  }
}
