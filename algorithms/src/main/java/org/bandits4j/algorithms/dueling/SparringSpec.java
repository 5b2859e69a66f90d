package org.bandits4j.algorithms.dueling;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.ucb.Ucb1Spec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;

/**
 * Hyper-parameters of {@link Sparring}: the spec of its two inner bandit policies.
 *
 * <p>JSON (registry name {@value #NAME}): {@code {"inner": {"policy": "ucb1", "parameters": {"c":
 * 2.0, ...}}}}; the inner policy is any registered context-free bandit policy, read through the
 * registry that reads this spec.
 *
 * @param inner the spec both inner policies are created from; its policies must be {@link Bandit}s
 *     accepting rewards 0, 1/2 and 1
 */
public record SparringSpec(
    @JsonSerialize(using = InnerSpecJson.Writer.class)
        @JsonDeserialize(using = InnerSpecJson.Reader.class)
        PolicySpec<? extends Bandit> inner)
    implements PolicySpec<Sparring> {

  /** Registry name. */
  public static final String NAME = "sparring";

  /**
   * Validates the inner spec.
   *
   * @throws IllegalArgumentException if it is null or its policies are not bandits
   */
  public SparringSpec {
    Checks.notNull("inner", inner);
    InnerSpecJson.bandit(inner);
  }

  /** Sparring with two UCB1 learners. */
  public static SparringSpec defaults() {
    return new SparringSpec(Ucb1Spec.defaults());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Sparring create(ArmSet arms) {
    return new Sparring(this, arms);
  }

  @Override
  public Sparring restore(PolicyState state) {
    return new Sparring(this, state);
  }
}
