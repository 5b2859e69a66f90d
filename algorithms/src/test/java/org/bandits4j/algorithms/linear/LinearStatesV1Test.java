package org.bandits4j.algorithms.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bandits4j.algorithms.StandardPolicies;
import org.bandits4j.algorithms.glm.LogisticTsSpec;
import org.bandits4j.algorithms.glm.UcbGlmSpec;
import org.bandits4j.algorithms.linalg.RidgeKernel;
import org.bandits4j.algorithms.state.StateCodec;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Context;
import org.bandits4j.api.ContextualBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden version-1 state files of the contextual policies ({@code src/test/resources/state-v1/}):
 * each file must stay readable and describe exactly the state that three fixed observations produce
 * (rows and rewards below, dyadic so the JSON is exact). The files were written once with {@code
 * -Dbandits4j.golden.update=true}; never edit them, add new versions beside them.
 */
class LinearStatesV1Test {

  private static final ArmSet ARMS = ArmSet.of("control", "variant");
  private static final double[][] ROWS = {{1.0, 0.5}, {-0.25, 1.0}, {0.5, 0.5}};
  private static final double[] REWARDS = {1.0, 0.0, 1.0};
  private static final int[] ARM = {0, 1, 0};

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of("linucb", LinUcbSpec.of(2, 1.0), true),
        Arguments.of("linucb-hybrid", HybridLinUcbSpec.of(2, 0, 1.0), true),
        Arguments.of("oful", OfulSpec.of(2, 0.05, 0.1, 1.0), false),
        Arguments.of("lints", LinTsSpec.shared(2, 0.5).withKernel(RidgeKernel.CHOLESKY), false),
        Arguments.of("suplinucb", SupLinUcbSpec.of(2, 100, 0.05), false),
        Arguments.of("ucb-glm", UcbGlmSpec.of(2, 100, 0.05, 1.0), false),
        Arguments.of("logistic-ts", LogisticTsSpec.of(2), false));
  }

  /** The state after the three observations (a shared vector, or the row repeated per arm). */
  static PolicyState learned(PolicySpec<? extends ContextualBandit> spec, boolean sharedVector) {
    ContextualBandit p = spec.create(ARMS);
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = 0; i < ROWS.length; i++) {
      Context c =
          sharedVector ? Context.of(ROWS[i]) : Context.ofArms(new double[][] {ROWS[i], ROWS[i]});
      p.select(c, rng);
      p.update(c, Selection.forced(ARMS.get(ARM[i])), REWARDS[i]);
    }
    return p.snapshot();
  }

  @ParameterizedTest
  @MethodSource("policies")
  void goldenFileDescribesTheLearnedState(
      String name, PolicySpec<? extends ContextualBandit> spec, boolean sharedVector)
      throws IOException {
    StateCodec codec = StandardPolicies.codec();
    PolicyState state = learned(spec, sharedVector);
    String file = "state-v1/" + name + ".json";
    if (Boolean.getBoolean("bandits4j.golden.update")) {
      Path target = Path.of("src/test/resources", file);
      if (!Files.exists(target)) {
        Files.writeString(target, codec.toJson(state) + "\n", StandardCharsets.UTF_8);
      }
      return;
    }
    String json;
    try (InputStream in = getClass().getResourceAsStream("/" + file)) {
      assertNotNull(in, "missing golden state file " + file);
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PolicyState read = codec.fromJson(json);
    assertEquals(state, read, file);
    assertEquals(json.strip(), codec.toJson(read), file + " written back");
    assertEquals(state, codec.restore(json).snapshot(), file + " restored");
  }
}
