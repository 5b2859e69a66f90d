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
import org.bandits4j.simulators.contextual.LoggedRounds;
import org.bandits4j.simulators.contextual.ReplayEnvironment;

/**
 * {@code "type": "replay"}: logged full-information rounds (a context and every arm's reward per
 * round, {@link LoggedRounds}) replayed in logged order or, with {@code shuffle}, in an order drawn
 * per replication ({@link ReplayEnvironment}). CSV files need the layout ({@code arms}, {@code
 * sharedDimension}, {@code rowDimension}); binary files carry it in their header. The log must have
 * at least as many rounds as the largest horizon. No bound curves are drawn.
 *
 * <p>Thread safety: immutable.
 */
public final class ReplayType implements EnvironmentType {

  /** The type name. */
  public static final String NAME = "replay";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "contextual replay of logged full-information rounds (CSV or B4LR binary)";
  }

  @Override
  public List<ParameterDoc> parameters() {
    return List.of(
        new ParameterDoc("csv", "path", "-", "one round per line: shared, rows, rewards"),
        new ParameterDoc("binary", "path", "-", "B4LR binary log (layout in its header)"),
        new ParameterDoc("arms", "integer", "required with csv", "arms K"),
        new ParameterDoc("sharedDimension", "integer", "0", "shared vector length (csv)"),
        new ParameterDoc("rowDimension", "integer", "0", "per-arm row length (csv)"),
        new ParameterDoc("shuffle", "boolean", "false", "replay in a random order per replication"),
        ContextualScenario.FEEDBACK_BATCH_DOC);
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(
        node,
        Set.of(
            "type",
            "label",
            "csv",
            "binary",
            "arms",
            "sharedDimension",
            "rowDimension",
            "shuffle",
            ContextualScenario.FEEDBACK_BATCH),
        path);
    if (Fields.has(node, "csv") == Fields.has(node, "binary")) {
      throw new ConfigException(path, "give exactly one of 'csv' or 'binary'");
    }
    boolean csv = Fields.has(node, "csv");
    if (!csv) {
      for (String f : List.of("arms", "sharedDimension", "rowDimension")) {
        if (Fields.has(node, f)) {
          throw new ConfigException(
              Fields.at(path, f), "only with 'csv' (a binary log has its layout in its header)");
        }
      }
    }
    String field = csv ? "csv" : "binary";
    Path file = context.baseDirectory().resolve(Fields.text(node, field, path));
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(Fields.at(path, field), "no such file: " + file);
    }
    boolean shuffle =
        Fields.has(node, "shuffle") && Fields.bool(node.get("shuffle"), Fields.at(path, "shuffle"));
    LoggedRounds log;
    try {
      if (csv) {
        int arms =
            (int)
                Fields.integer(
                    Fields.required(node, "arms", path), Fields.at(path, "arms"), 1, 1_000_000);
        int shared = dimension(node, "sharedDimension", path);
        int rows = dimension(node, "rowDimension", path);
        log = LoggedRounds.readCsv(file, arms, shared, rows);
      } else {
        log = LoggedRounds.readBinary(file);
      }
    } catch (ConfigException e) {
      throw e;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigException(Fields.at(path, field), e.getMessage(), e);
    }
    if (log.rounds() < context.maxHorizon()) {
      throw new ConfigException(
          path,
          "the log has "
              + log.rounds()
              + " rounds, fewer than the horizon "
              + context.maxHorizon());
    }
    String digest;
    try {
      digest = Digests.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new ContextualScenario(
            new ReplayEnvironment(log, shuffle),
            "replay of "
                + file.getFileName()
                + " ("
                + log.rounds()
                + " rounds, "
                + log.arms()
                + " arms, shared dimension "
                + log.sharedDimension()
                + ", row dimension "
                + log.rowDimension()
                + (shuffle ? ", shuffled)" : ", logged order)"),
            NAME + ":" + digest + ":" + shuffle,
            null)
        .withFeedbackFrom(node, path);
  }

  private static int dimension(ObjectNode node, String field, String path) {
    return Fields.has(node, field)
        ? (int) Fields.integer(node.get(field), Fields.at(path, field), 0, 1_000_000)
        : 0;
  }
}
