package org.bandits4j.experiments.reproduce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.Registry;
import org.bandits4j.experiments.bounds.BoundCurve;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.run.CellCurves;
import org.bandits4j.experiments.run.ExperimentResults;
import org.bandits4j.experiments.run.ExperimentResults.Cell;
import org.bandits4j.simulators.regret.Summary;

/** Evaluates criteria on a run's results, at the experiment's largest horizon. */
final class Evaluator {

  private Evaluator() {}

  /** The rounds a criterion reads at horizon {@code horizon} (empty for "every"). */
  static long[] rounds(Criterion c, long horizon) {
    return switch (c.statistic()) {
      case MEAN -> c.at() == -1 ? new long[0] : new long[] {c.at() == 0 ? horizon : c.at()};
      case LOG_SLOPE, INCREMENT ->
          new long[] {c.from() == 0 ? horizon / 10 : c.from(), c.to() == 0 ? horizon : c.to()};
    };
  }

  /** One verdict per environment the criterion is about. */
  static List<Verdict> evaluate(
      Reproduction repro, Criterion c, ExperimentResults results, Registry registry) {
    List<Verdict> out = new ArrayList<>();
    long horizon = results.config().maxHorizon();
    for (EnvironmentEntry env : Reproduction.settings(results.config(), c, repro.name())) {
      Cell cell =
          results.cells().stream()
              .filter(
                  x ->
                      x.environment().equals(env)
                          && x.policy().label().equals(c.policy())
                          && x.horizon() == horizon)
              .findFirst()
              .orElseThrow();
      BoundCurve bound =
          c.bound() == null
              ? null
              : registry
                  .bounds()
                  .curve(c.bound(), env.scenario().armModel().orElseThrow(), cell.spec())
                  .orElseThrow();
      CellCurves curves = cell.curves();
      List<Check> checks = new ArrayList<>();
      if (c.statistic() == Criterion.Statistic.MEAN && c.at() == -1) {
        for (long t : curves.checkpoints()) {
          checks.add(check(c, curves, bound, t, t));
        }
      } else {
        long[] r = rounds(c, horizon);
        checks.add(check(c, curves, bound, r[0], r[r.length - 1]));
      }
      Check shown = checks.get(0);
      for (Check k : checks) {
        if (k.slack < shown.slack) {
          shown = k;
        }
      }
      boolean pass = checks.stream().allMatch(k -> k.slack >= 0);
      String where = checks.size() > 1 ? " (tightest at t = " + shown.t + ")" : "";
      out.add(
          new Verdict(
              repro.name(),
              repro.algorithm(),
              env.label(),
              c.policy(),
              c.describeStatistic(horizon),
              shown.value + where,
              c.describeBound() + ": " + shown.limit,
              pass));
    }
    return out;
  }

  /** One comparison: {@code slack >= 0} passes. */
  private record Check(long t, String value, String limit, double slack) {}

  private static Check check(Criterion c, CellCurves curves, BoundCurve bound, long a, long b) {
    RegretKind kind = curves.kinds().get(0);
    double[] end = curves.at(kind, curves.indexOf(b));
    double[] v = new double[end.length];
    double boundValue;
    if (c.statistic() == Criterion.Statistic.MEAN) {
      System.arraycopy(end, 0, v, 0, v.length);
      boundValue = bound == null ? Double.NaN : bound.at(b);
    } else {
      double[] start = curves.at(kind, curves.indexOf(a));
      double scale =
          c.statistic() == Criterion.Statistic.LOG_SLOPE ? Math.log((double) b / a) : 1.0;
      for (int r = 0; r < v.length; r++) {
        v[r] = (end[r] - start[r]) / scale;
      }
      boundValue = bound == null ? Double.NaN : (bound.at(b) - bound.at(a)) / scale;
    }
    double mean = Summary.mean(v);
    double se = Summary.standardDeviation(v) / Math.sqrt(v.length);
    double[] f = c.factors();
    double z = c.se();
    return switch (c.comparison()) {
      case AT_MOST -> {
        double value = mean + z * se;
        double limit = f[0] * boundValue;
        yield new Check(b, num(value), num(limit), limit - value);
      }
      case AT_LEAST -> {
        double value = mean - z * se;
        double limit = f[0] * boundValue;
        yield new Check(b, num(value), num(limit), value - limit);
      }
      case WITHIN -> {
        double lo = f[0] * boundValue - z * se;
        double hi = f[1] * boundValue + z * se;
        yield new Check(
            b,
            num(mean) + " ± " + num(se),
            "[" + num(lo) + ", " + num(hi) + "]",
            Math.min(mean - lo, hi - mean));
      }
      case AGREES -> {
        double tol =
            Math.max(
                c.relative() * Math.abs(c.referenceMean()),
                z * Math.sqrt(se * se + c.referenceSe() * c.referenceSe()));
        yield new Check(
            b,
            num(mean) + " ± " + num(se),
            num(c.referenceMean()) + " ± " + num(tol),
            tol - Math.abs(mean - c.referenceMean()));
      }
    };
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.3g", v);
  }
}
