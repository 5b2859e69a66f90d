package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An entry of the environment registry: a {@code "type"} name of experiment files, its documented
 * parameters, and the parser that turns them into a {@link Scenario}.
 *
 * <p>This is the runner's extension point. Built in: context-free bandits ({@link BernoulliType},
 * {@link GaussianType}, {@link TableType}, {@link StationaryType}, {@link HeavyTailType}, {@link
 * PiecewiseType}, all through {@link BanditScenario}), dueling bandits ({@link DuelingType} through
 * {@link DuelingScenario}) and contextual ones ({@link LinearType}, {@link ReplayType} through
 * {@link ContextualScenario}). Another type plugs in the same way:
 *
 * <ol>
 *   <li>implement {@link Scenario}: {@link Scenario#runs()} names the {@link PolicyKind} it runs
 *       (the config reader rejects other kinds, naming both), {@link Scenario#check} creates the
 *       policy over the scenario's arms and rejects what else it cannot run; {@link
 *       Scenario#replicate} splits the replication stream into the streams it needs (contexts,
 *       rewards or duel outcomes, the policy), runs the protocol for {@code horizon} rounds and
 *       returns one row per {@link Scenario#regretKinds() regret kind} at the checkpoints (for
 *       dueling: STRONG_DUELING and WEAK_DUELING, see {@link DuelingScenario});
 *   <li>implement this interface: read the parameters with {@link
 *       org.bandits4j.experiments.config.Fields} (so errors name the field), reject unknown ones,
 *       and return the scenario;
 *   <li>register it: {@code EnvironmentTypes.standard().with(new MyType())} (or add it to {@link
 *       EnvironmentTypes#standard()}), and where its arms have known laws return an {@link
 *       ArmModel} so the bound catalogue can draw theoretical curves.
 * </ol>
 *
 * Everything else (horizons, replications, seeds, resume, CSV, plots, report) is shared.
 */
public interface EnvironmentType {

  /** The {@code "type"} value in experiment files. */
  String name();

  /** One line for listings. */
  String summary();

  /** The parameters, for listings ({@code type} and {@code label} are implied). */
  List<ParameterDoc> parameters();

  /**
   * Parses the parameters of one environment entry.
   *
   * @param node the entry (with {@code type} and {@code label}, which the parser must accept)
   * @param path the entry's path for error messages, for example {@code environments[2]}
   * @param context base folder and maximum horizon
   * @throws org.bandits4j.experiments.config.ConfigException naming the field
   */
  Scenario parse(ObjectNode node, String path, ParseContext context);
}
