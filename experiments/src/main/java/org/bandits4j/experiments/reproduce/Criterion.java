package org.bandits4j.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;

/**
 * One pass criterion of a reproduction: a statistic of one policy's regret on one environment,
 * compared with a named theoretical curve or with reference numbers.
 *
 * <pre>{@code
 * - setting: Bern-B          # environment label, or "*" for every environment
 *   policy: UCB1             # policy label
 *   statistic: mean          # mean | log-slope | increment
 *   at: every                # mean: every | horizon | a round (default horizon)
 *   from: 10000              # log-slope, increment: the window [from, to]
 *   to: 100000               #   (default: the last decade, [T/10, T])
 *   comparison: "<="         # <= | >= | within | agrees
 *   bound: ucb1-auer         # a bound-catalogue name (not with agrees)
 *   factor: 1.2              # <= and >=: compare with factor x bound (default 1)
 *   factors: [0.5, 1.5]      # within: between factors[0] x bound and factors[1] x bound
 *   se: 2                    # margin in standard errors of the statistic (default 0; agrees: 3)
 *   reference: {mean: 396.0, se: 3.0, relative: 0.05}   # agrees: within max(relative x mean,
 *                                                        #   se x combined SE) of the reference
 *   only: full               # full | quick: the criterion applies to that mode only
 * }</pre>
 *
 * The statistic transforms the bound as it transforms the regret: the log-slope of a bound {@code
 * B} over {@code [a, b]} is {@code (B(b) - B(a)) / ln(b/a)}, so {@code log-slope <= ucb1-auer}
 * compares the regret's slope with the bound's ({@code 8 sum 1/gap}).
 *
 * @param setting environment label or {@code *}
 * @param policy policy label
 * @param statistic the statistic
 * @param at for {@code mean}: -1 every checkpoint, 0 the horizon, else a round
 * @param from window start (0: T/10)
 * @param to window end (0: T)
 * @param comparison the comparison
 * @param bound the bound-catalogue name (null for {@code agrees})
 * @param factors one factor ({@code <=}, {@code >=}) or two ({@code within})
 * @param se margin in standard errors
 * @param referenceMean the reference mean ({@code agrees})
 * @param referenceSe the reference's standard error ({@code agrees})
 * @param relative the relative tolerance ({@code agrees})
 * @param only {@code full}, {@code quick} or null for both
 */
@SuppressWarnings("ArrayRecordComponent") // defensive copies in the constructor and accessor
public record Criterion(
    String setting,
    String policy,
    Statistic statistic,
    long at,
    long from,
    long to,
    Comparison comparison,
    String bound,
    double[] factors,
    double se,
    double referenceMean,
    double referenceSe,
    double relative,
    String only) {

  /** Copies the factors. */
  public Criterion {
    factors = factors.clone();
  }

  @Override
  public double[] factors() {
    return factors.clone();
  }

  /** What is measured. */
  public enum Statistic {
    /** The mean regret at a round. */
    MEAN("mean"),
    /** The slope of the regret against {@code ln t} over a window. */
    LOG_SLOPE("log-slope"),
    /** The regret gained over a window. */
    INCREMENT("increment");

    final String text;

    Statistic(String text) {
      this.text = text;
    }
  }

  /** How the statistic is judged. */
  public enum Comparison {
    /** At most the bound. */
    AT_MOST("<="),
    /** At least the bound. */
    AT_LEAST(">="),
    /** Between two multiples of the bound. */
    WITHIN("within"),
    /** Agrees with a reference mean. */
    AGREES("agrees");

    final String text;

    Comparison(String text) {
      this.text = text;
    }
  }

  /** Whether the criterion applies in this mode. */
  public boolean appliesTo(boolean quick) {
    return only == null || only.equals(quick ? "quick" : "full");
  }

  private static final Set<String> FIELDS =
      Set.of(
          "setting",
          "policy",
          "statistic",
          "at",
          "from",
          "to",
          "comparison",
          "bound",
          "factor",
          "factors",
          "se",
          "reference",
          "only");

  /**
   * Parses one criterion.
   *
   * @throws ConfigException naming the field
   */
  public static Criterion parse(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new ConfigException(path, "must be an object");
    }
    Fields.onlyKnown(node, FIELDS, path);
    String setting = Fields.text(node, "setting", path);
    String policy = Fields.text(node, "policy", path);
    Statistic statistic =
        choice(
            Statistic.values(), Fields.text(node, "statistic", path), Fields.at(path, "statistic"));
    Comparison comparison =
        choice(
            Comparison.values(),
            Fields.text(node, "comparison", path),
            Fields.at(path, "comparison"));
    long at = 0;
    if (Fields.has(node, "at")) {
      if (statistic != Statistic.MEAN) {
        throw new ConfigException(Fields.at(path, "at"), "only for statistic 'mean'");
      }
      JsonNode a = node.get("at");
      if (a.isTextual() && a.asText().equals("every")) {
        at = -1;
      } else if (!(a.isTextual() && a.asText().equals("horizon"))) {
        at = Fields.integer(a, Fields.at(path, "at"), 1, Long.MAX_VALUE);
      }
    }
    long from = 0;
    long to = 0;
    if (Fields.has(node, "from") || Fields.has(node, "to")) {
      if (statistic == Statistic.MEAN) {
        throw new ConfigException(path, "'from' and 'to' are for log-slope and increment");
      }
      from =
          Fields.integer(
              Fields.required(node, "from", path), Fields.at(path, "from"), 1, Long.MAX_VALUE);
      to =
          Fields.integer(
              Fields.required(node, "to", path), Fields.at(path, "to"), 2, Long.MAX_VALUE);
      if (to <= from) {
        throw new ConfigException(
            Fields.at(path, "to"), "must exceed 'from' (" + from + "), was " + to);
      }
    }
    String bound = null;
    double[] factors = {1.0};
    double refMean = Double.NaN;
    double refSe = Double.NaN;
    double relative = 0.05;
    double se = 0;
    if (comparison == Comparison.AGREES) {
      if (Fields.has(node, "bound") || Fields.has(node, "factor") || Fields.has(node, "factors")) {
        throw new ConfigException(path, "'agrees' takes a 'reference', not a bound or factors");
      }
      JsonNode ref = Fields.required(node, "reference", path);
      String refPath = Fields.at(path, "reference");
      Fields.onlyKnown(ref, Set.of("mean", "se", "relative"), refPath);
      refMean = Fields.number(Fields.required(ref, "mean", refPath), Fields.at(refPath, "mean"));
      refSe = Fields.number(Fields.required(ref, "se", refPath), Fields.at(refPath, "se"));
      if (Fields.has(ref, "relative")) {
        relative = Fields.number(ref.get("relative"), Fields.at(refPath, "relative"));
      }
      se = 3;
    } else {
      if (Fields.has(node, "reference")) {
        throw new ConfigException(Fields.at(path, "reference"), "only for comparison 'agrees'");
      }
      bound = Fields.text(node, "bound", path);
      if (comparison == Comparison.WITHIN) {
        factors =
            Fields.numbers(Fields.required(node, "factors", path), Fields.at(path, "factors"));
        if (factors.length != 2 || factors[0] > factors[1]) {
          throw new ConfigException(
              Fields.at(path, "factors"),
              "must be [low, high] with low <= high, was " + Arrays.toString(factors));
        }
      } else {
        if (Fields.has(node, "factors")) {
          throw new ConfigException(Fields.at(path, "factors"), "only for comparison 'within'");
        }
        if (Fields.has(node, "factor")) {
          factors = new double[] {Fields.number(node.get("factor"), Fields.at(path, "factor"))};
        }
      }
    }
    if (Fields.has(node, "se")) {
      se = Fields.number(node.get("se"), Fields.at(path, "se"));
      if (se < 0) {
        throw new ConfigException(Fields.at(path, "se"), "must be >= 0, was " + se);
      }
    }
    String only = null;
    if (Fields.has(node, "only")) {
      only = Fields.text(node, "only", path);
      if (!only.equals("full") && !only.equals("quick")) {
        throw new ConfigException(
            Fields.at(path, "only"), "must be 'full' or 'quick', was '" + only + "'");
      }
    }
    return new Criterion(
        setting,
        policy,
        statistic,
        at,
        from,
        to,
        comparison,
        bound,
        factors,
        se,
        refMean,
        refSe,
        relative,
        only);
  }

  private static <E extends Enum<E>> E choice(E[] values, String text, String path) {
    StringBuilder known = new StringBuilder();
    for (E v : values) {
      String t = v instanceof Statistic s ? s.text : ((Comparison) v).text;
      if (t.equals(text)) {
        return v;
      }
      known.append(known.length() == 0 ? "" : ", ").append(t);
    }
    throw new ConfigException(path, "unknown value '" + text + "'; known: " + known);
  }

  /** The statistic as the verdict table shows it. */
  String describeStatistic(long horizon) {
    String margin =
        se > 0 && (comparison == Comparison.AT_MOST || comparison == Comparison.AT_LEAST)
            ? String.format(
                Locale.ROOT, " %s %s SE", comparison == Comparison.AT_LEAST ? "-" : "+", trim(se))
            : "";
    return switch (statistic) {
      case MEAN ->
          "mean R_t" + margin + (at == -1 ? ", every t" : ", t = " + (at == 0 ? horizon : at));
      case LOG_SLOPE -> "log-slope of R_t" + margin + " over " + window(horizon);
      case INCREMENT -> "increment of R_t" + margin + " over " + window(horizon);
    };
  }

  String window(long horizon) {
    long a = from == 0 ? horizon / 10 : from;
    long b = to == 0 ? horizon : to;
    return "[" + a + ", " + b + "]";
  }

  /** The comparison as the verdict table shows it. */
  String describeBound() {
    return switch (comparison) {
      case AT_MOST -> "<= " + scaled(factors[0]);
      case AT_LEAST -> ">= " + scaled(factors[0]);
      case WITHIN ->
          "within ["
              + scaled(factors[0])
              + ", "
              + scaled(factors[1])
              + "]"
              + (se > 0 ? " ± " + trim(se) + " SE" : "");
      case AGREES ->
          String.format(
              Locale.ROOT,
              "agrees with %s ± %s (within %s%% or %s SE)",
              trim(referenceMean),
              trim(referenceSe),
              trim(relative * 100),
              trim(se));
    };
  }

  private String scaled(double factor) {
    return (factor == 1.0 ? "" : trim(factor) + " x ") + bound;
  }

  static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
  }
}
