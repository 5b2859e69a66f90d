package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.env.BernoulliEnvironment;

/** {@code "type": "bernoulli"}: arms paying 1 with probability {@code means[i]}, else 0. */
public final class BernoulliType implements EnvironmentType {

  /** The type name. */
  public static final String NAME = "bernoulli";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "Bernoulli arms: reward 1 with probability means[i], else 0";
  }

  @Override
  public List<ParameterDoc> parameters() {
    return List.of(new ParameterDoc("means", "number[]", "required", "success probabilities"));
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(node, Set.of("type", "label", "means"), path);
    double[] means = Fields.numbers(Fields.required(node, "means", path), Fields.at(path, "means"));
    BernoulliEnvironment env;
    try {
      env = new BernoulliEnvironment(means);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
    return new BanditScenario(
        env,
        "Bernoulli arms, means " + Describe.numbers(means),
        NAME + Arrays.toString(means),
        ArmModel.bernoulli(means));
  }
}
