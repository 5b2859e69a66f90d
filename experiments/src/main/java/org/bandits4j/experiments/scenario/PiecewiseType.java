package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.env.MeanSchedule;
import org.bandits4j.simulators.env.ObliviousBernoulliEnvironment;
import org.bandits4j.simulators.env.PiecewiseBernoulliEnvironment;

/**
 * Non-stationary Bernoulli arms whose means follow a piecewise-constant schedule ({@link
 * Schedules}): {@code "type": "piecewise"} draws each reward afresh ({@link
 * PiecewiseBernoulliEnvironment}; pseudo-regret against the best arm of each round), {@code "type":
 * "oblivious"} draws a whole reward table before the run ({@link ObliviousBernoulliEnvironment}, an
 * oblivious adversary) and also records the regret against the best fixed arm in hindsight. For
 * SW-UCB, D-UCB, discounted Thompson sampling and EXP3. No bound curves are drawn.
 *
 * <p>Thread safety: immutable.
 */
public final class PiecewiseType implements EnvironmentType {

  private final boolean oblivious;

  private PiecewiseType(boolean oblivious) {
    this.oblivious = oblivious;
  }

  /** {@code "type": "piecewise"}. */
  public static PiecewiseType piecewise() {
    return new PiecewiseType(false);
  }

  /** {@code "type": "oblivious"}. */
  public static PiecewiseType oblivious() {
    return new PiecewiseType(true);
  }

  @Override
  public String name() {
    return oblivious ? "oblivious" : "piecewise";
  }

  @Override
  public String summary() {
    return oblivious
        ? "oblivious adversary: a 0/1 reward table drawn before the run from a Bernoulli mean"
            + " schedule; also records regret against the best fixed arm in hindsight"
        : "piecewise-stationary Bernoulli arms: means change at breakpoints";
  }

  @Override
  public List<ParameterDoc> parameters() {
    return Schedules.DOCS;
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Set<String> known = new HashSet<>(Schedules.FIELDS);
    known.addAll(List.of("type", "label"));
    Fields.onlyKnown(node, known, path);
    MeanSchedule schedule = Schedules.parse(node, path, context.maxHorizon());
    String description = Schedules.describe(schedule);
    String fingerprint = name() + ":" + Schedules.fingerprint(schedule);
    try {
      if (oblivious) {
        return new BanditScenario(
            new ObliviousBernoulliEnvironment(schedule, context.maxHorizon()),
            "oblivious Bernoulli table, " + description,
            fingerprint + ":" + context.maxHorizon(),
            null,
            true);
      }
      return new BanditScenario(
          new PiecewiseBernoulliEnvironment(schedule),
          "piecewise-stationary Bernoulli arms, " + description,
          fingerprint,
          null);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
  }
}
