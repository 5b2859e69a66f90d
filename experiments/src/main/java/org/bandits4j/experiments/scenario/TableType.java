package org.bandits4j.experiments.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bandits4j.experiments.config.ConfigException;
import org.bandits4j.experiments.config.Fields;
import org.bandits4j.experiments.run.Digests;
import org.bandits4j.simulators.env.TableEnvironment;

/**
 * {@code "type": "table"}: rewards read from a table fixed before the run (CSV, or raw binary
 * UINT8/FLOAT64), one row per round; every replication sees the same table (only the policies'
 * randomness differs). Pseudo-regret uses {@code means} if given, else the column means. No
 * theoretical bounds are drawn: a fixed table need not be an i.i.d. sample.
 */
public final class TableType implements EnvironmentType {

  /** The type name. */
  public static final String NAME = "table";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "rewards from a table fixed before the run (CSV or raw binary), one row per round";
  }

  @Override
  public List<ParameterDoc> parameters() {
    return List.of(
        new ParameterDoc("csv", "path", "-", "CSV file, one line per round (or give binary)"),
        new ParameterDoc("binary", "path", "-", "raw little-endian row-major file"),
        new ParameterDoc("valueType", "UINT8|FLOAT64", "required with binary", "binary cells"),
        new ParameterDoc("rounds", "integer", "required with binary", "rows of the binary file"),
        new ParameterDoc("arms", "integer", "required with binary", "columns of the binary file"),
        new ParameterDoc("means", "number[]", "column means", "arm means for pseudo-regret"));
  }

  @Override
  public Scenario parse(ObjectNode node, String path, ParseContext context) {
    Fields.onlyKnown(
        node,
        Set.of("type", "label", "csv", "binary", "valueType", "rounds", "arms", "means"),
        path);
    if (Fields.has(node, "csv") == Fields.has(node, "binary")) {
      throw new ConfigException(path, "give exactly one of 'csv' or 'binary'");
    }
    TableEnvironment table;
    Path file;
    try {
      if (Fields.has(node, "csv")) {
        file = context.baseDirectory().resolve(Fields.text(node, "csv", path));
        requireFile(file, Fields.at(path, "csv"));
        table = TableEnvironment.readCsv(file);
      } else {
        file = context.baseDirectory().resolve(Fields.text(node, "binary", path));
        requireFile(file, Fields.at(path, "binary"));
        String valueType = Fields.text(node, "valueType", path);
        TableEnvironment.ValueType vt;
        try {
          vt = TableEnvironment.ValueType.valueOf(valueType);
        } catch (IllegalArgumentException e) {
          throw new ConfigException(
              Fields.at(path, "valueType"), "must be UINT8 or FLOAT64, was '" + valueType + "'", e);
        }
        long rounds =
            Fields.integer(
                Fields.required(node, "rounds", path),
                Fields.at(path, "rounds"),
                1,
                Integer.MAX_VALUE);
        long arms =
            Fields.integer(
                Fields.required(node, "arms", path), Fields.at(path, "arms"), 1, Integer.MAX_VALUE);
        table = TableEnvironment.readBinary(file, vt, (int) rounds, (int) arms);
      }
      if (Fields.has(node, "means")) {
        table = table.withMeans(Fields.numbers(node.get("means"), Fields.at(path, "means")));
      }
    } catch (ConfigException e) {
      throw e;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigException(path, e.getMessage(), e);
    }
    if (table.rounds() < context.maxHorizon()) {
      throw new ConfigException(
          path,
          "the table has "
              + table.rounds()
              + " rounds, fewer than the horizon "
              + context.maxHorizon());
    }
    return new BanditScenario(
        table,
        "reward table "
            + file.getFileName()
            + " ("
            + table.rounds()
            + " rounds x "
            + table.arms().size()
            + " arms), means "
            + Describe.numbers(table.means()),
        NAME + ":" + digest(file) + Arrays.toString(table.means()),
        null);
  }

  private static void requireFile(Path file, String path) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(path, "no such file: " + file);
    }
  }

  private static String digest(Path file) {
    try {
      return Digests.sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
