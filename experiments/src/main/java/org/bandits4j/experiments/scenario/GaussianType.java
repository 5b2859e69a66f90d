package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.simulators.env.GaussianEnvironment;

/** {@code "type": "gaussian"}: arms with rewards {@code N(means[i], sigma²)}. */
public final class GaussianType implements EnvironmentType {

  /** The type name. */
  public static final String NAME = "gaussian";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "Gaussian arms N(means[i], sigma^2), one common sigma or one per arm";
  }

  @Override
  public List<ParameterDoc> parameters() {
    return List.of(
        new ParameterDoc("means", "number[]", "required", "arm means"),
        new ParameterDoc("sigma", "number", "-", "common standard deviation (or give sigmas)"),
        new ParameterDoc("sigmas", "number[]", "-", "per-arm standard deviations"));
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(node, Set.of("type", "label", "means", "sigma", "sigmas"), path);
    double[] means = Fields.numbers(Fields.required(node, "means", path), Fields.at(path, "means"));
    if (Fields.has(node, "sigma") == Fields.has(node, "sigmas")) {
      throw new ConfigException(path, "give exactly one of 'sigma' (common) or 'sigmas' (per arm)");
    }
    double[] sigmas;
    if (Fields.has(node, "sigma")) {
      sigmas = new double[means.length];
      Arrays.fill(sigmas, Fields.number(node.get("sigma"), Fields.at(path, "sigma")));
    } else {
      sigmas = Fields.numbers(node.get("sigmas"), Fields.at(path, "sigmas"));
    }
    GaussianEnvironment env;
    try {
      env = new GaussianEnvironment(means, sigmas);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
    return new BanditScenario(
        env,
        "Gaussian arms, means "
            + Describe.numbers(means)
            + ", standard deviations "
            + Describe.numbers(sigmas),
        NAME + Arrays.toString(means) + Arrays.toString(sigmas),
        ArmModel.gaussian(means, sigmas));
  }
}
