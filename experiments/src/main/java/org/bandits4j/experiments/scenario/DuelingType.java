package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.experiments.run.Digests;
import org.bandits4j.simulators.dueling.DuelingEnvironment;
import org.bandits4j.simulators.dueling.MatrixDuelingEnvironment;
import org.bandits4j.simulators.dueling.NoisyUtilityEnvironment;
import org.bandits4j.simulators.dueling.PreferenceMatrix;

/**
 * {@code "type": "dueling"}: a dueling bandit given by exactly one of
 *
 * <ul>
 *   <li>{@code utilities} and a {@code link}: {@code bradley-terry} ({@code P[i][j] = 1/(1 + e^{u_j
 *       - u_i})}), {@code thurstone} ({@code Φ((u_i - u_j)/√2)}) or {@code linear} ({@code (1 + u_i
 *       - u_j)/2}, utilities in {@code [0, 1]}); with {@code draws: noisy-utilities} the
 *       Bradley–Terry and Thurstone duels are decided by drawing noisy utilities ({@link
 *       NoisyUtilityEnvironment}, same preferences) instead of one coin per duel;
 *   <li>a {@code family} of the spec's instances: {@code lin} ({@code Lin-K}, give {@code arms}),
 *       {@code cond-cyc}, {@code cop-3}, {@code cyclic} ({@code arms} odd, {@code margin}), {@code
 *       savage} (SAVAGE's hard Condorcet matrix, {@code arms});
 *   <li>a {@code csv} file of the matrix ({@link PreferenceMatrix#readCsv(Path)}).
 * </ul>
 *
 * The scenario records strong then weak dueling regret, or Copeland regret where there is no
 * Condorcet winner ({@link DuelingScenario}), and runs only dueling policies. Bound curves: the
 * Komiyama et al. lower bound where there is a Condorcet winner.
 *
 * <p>Thread safety: immutable.
 */
public final class DuelingType implements EnvironmentType {

  /** The type name. */
  public static final String NAME = "dueling";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "dueling bandit: preference matrix from utilities and a link, a named family, or CSV";
  }

  @Override
  public List<ParameterDoc> parameters() {
    return List.of(
        new ParameterDoc("utilities", "number[]", "-", "arm utilities (with link)"),
        new ParameterDoc(
            "link", "bradley-terry|thurstone|linear", "bradley-terry", "utilities to preferences"),
        new ParameterDoc(
            "draws", "matrix|noisy-utilities", "matrix", "how a duel is decided (utilities only)"),
        new ParameterDoc(
            "family", "lin|cond-cyc|cop-3|cyclic|savage", "-", "a standard instance of the spec"),
        new ParameterDoc("arms", "integer", "-", "arms of lin, cyclic and savage"),
        new ParameterDoc("margin", "number", "-", "cyclic: P = 1/2 +- margin"),
        new ParameterDoc("csv", "path", "-", "K x K preference matrix, optional header of ids"));
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(
        node,
        Set.of("type", "label", "utilities", "link", "draws", "family", "arms", "margin", "csv"),
        path);
    int given =
        (Fields.has(node, "utilities") ? 1 : 0)
            + (Fields.has(node, "family") ? 1 : 0)
            + (Fields.has(node, "csv") ? 1 : 0);
    if (given != 1) {
      throw new ConfigException(path, "give exactly one of 'utilities', 'family' or 'csv'");
    }
    if (!Fields.has(node, "utilities")) {
      for (String f : List.of("link", "draws")) {
        if (Fields.has(node, f)) {
          throw new ConfigException(Fields.at(path, f), "only with 'utilities'");
        }
      }
    }
    if (!Fields.has(node, "family")) {
      for (String f : List.of("arms", "margin")) {
        if (Fields.has(node, f)) {
          throw new ConfigException(Fields.at(path, f), "only with 'family'");
        }
      }
    }
    try {
      if (Fields.has(node, "utilities")) {
        return utilities(node, path);
      }
      if (Fields.has(node, "family")) {
        return family(node, path);
      }
      return csv(node, path, context);
    } catch (ConfigException e) {
      throw e;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
  }

  private static Scenario utilities(ObjectNode node, String path) {
    double[] u =
        Fields.numbers(Fields.required(node, "utilities", path), Fields.at(path, "utilities"));
    String link = Fields.has(node, "link") ? Fields.text(node, "link", path) : "bradley-terry";
    String draws = Fields.has(node, "draws") ? Fields.text(node, "draws", path) : "matrix";
    if (!draws.equals("matrix") && !draws.equals("noisy-utilities")) {
      throw new ConfigException(
          Fields.at(path, "draws"), "must be 'matrix' or 'noisy-utilities', was '" + draws + "'");
    }
    boolean noisy = draws.equals("noisy-utilities");
    DuelingEnvironment env =
        switch (link) {
          case "bradley-terry" ->
              noisy
                  ? new NoisyUtilityEnvironment(NoisyUtilityEnvironment.Noise.GUMBEL, 1.0, u)
                  : new MatrixDuelingEnvironment(PreferenceMatrix.bradleyTerry(u));
          case "thurstone" ->
              noisy
                  ? new NoisyUtilityEnvironment(NoisyUtilityEnvironment.Noise.GAUSSIAN, 1.0, u)
                  : new MatrixDuelingEnvironment(PreferenceMatrix.thurstone(u));
          case "linear" -> {
            if (noisy) {
              throw new ConfigException(
                  Fields.at(path, "draws"), "noisy utilities need link bradley-terry or thurstone");
            }
            yield new MatrixDuelingEnvironment(linearLink(u, Fields.at(path, "utilities")));
          }
          default ->
              throw new ConfigException(
                  Fields.at(path, "link"),
                  "unknown link '" + link + "'; known: bradley-terry, thurstone, linear");
        };
    String what = link + " preferences" + (noisy ? " (noisy utilities)" : "");
    return new DuelingScenario(
        env,
        what + ", utilities " + Describe.numbers(u),
        NAME + ":" + link + ":" + draws + ":" + env.preferences());
  }

  private static PreferenceMatrix linearLink(double[] u, String path) {
    for (int i = 0; i < u.length; i++) {
      if (!(u[i] >= 0 && u[i] <= 1)) {
        throw new ConfigException(path + "[" + i + "]", "must be in [0, 1], was " + u[i]);
      }
    }
    double[][] p = new double[u.length][u.length];
    for (int i = 0; i < u.length; i++) {
      for (int j = 0; j < u.length; j++) {
        p[i][j] = i == j ? 0.5 : (1.0 + u[i] - u[j]) / 2.0;
      }
    }
    return new PreferenceMatrix(p);
  }

  private static Scenario family(ObjectNode node, String path) {
    String family = Fields.text(node, "family", path);
    boolean sized = family.equals("lin") || family.equals("cyclic") || family.equals("savage");
    if (sized != Fields.has(node, "arms")) {
      throw new ConfigException(
          Fields.at(path, "arms"),
          sized ? "is required by family '" + family + "'" : "not used by family '" + family + "'");
    }
    if (family.equals("cyclic") != Fields.has(node, "margin")) {
      throw new ConfigException(Fields.at(path, "margin"), "is required by (only) family 'cyclic'");
    }
    int k = sized ? (int) Fields.integer(node.get("arms"), Fields.at(path, "arms"), 1, 10_000) : 0;
    PreferenceMatrix p =
        switch (family) {
          case "lin" -> PreferenceMatrix.linear(k);
          case "cond-cyc" -> PreferenceMatrix.condorcetCyclic();
          case "cop-3" -> PreferenceMatrix.copelandThree();
          case "cyclic" ->
              PreferenceMatrix.cyclic(
                  k, Fields.number(node.get("margin"), Fields.at(path, "margin")));
          case "savage" -> PreferenceMatrix.savageHardCondorcet(k);
          default ->
              throw new ConfigException(
                  Fields.at(path, "family"),
                  "unknown family '" + family + "'; known: lin, cond-cyc, cop-3, cyclic, savage");
        };
    String label =
        switch (family) {
          case "lin" -> "Lin-" + k;
          case "cond-cyc" -> "Cond-cyc";
          case "cop-3" -> "Cop-3";
          case "cyclic" -> "cyclic tournament on " + k + " arms";
          default -> "SAVAGE hard Condorcet on " + k + " arms";
        };
    return new DuelingScenario(
        new MatrixDuelingEnvironment(p),
        label + " preferences (" + k(p) + " arms" + winner(p) + ")",
        NAME + ":" + p);
  }

  private static Scenario csv(ObjectNode node, String path, ParseContext context) {
    Path file = context.baseDirectory().resolve(Fields.text(node, "csv", path));
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(Fields.at(path, "csv"), "no such file: " + file);
    }
    PreferenceMatrix p = PreferenceMatrix.readCsv(file);
    String digest;
    try {
      digest = Digests.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new DuelingScenario(
        new MatrixDuelingEnvironment(p),
        "preference matrix " + file.getFileName() + " (" + k(p) + " arms" + winner(p) + ")",
        NAME + ":csv:" + digest);
  }

  private static int k(PreferenceMatrix p) {
    return p.size();
  }

  private static String winner(PreferenceMatrix p) {
    return p.hasCondorcetWinner()
        ? ", Condorcet winner " + p.arms().get(p.condorcetWinner()).id()
        : ", no Condorcet winner";
  }
}
