package org.bandits4j.experiments.report;

import java.util.Locale;
import org.bandits4j.api.RegretKind;

/** CSV cells: quoting (RFC 4180) and the names of regret kinds. */
final class Csv {

  private Csv() {}

  /** {@code field}, quoted if it holds a comma, quote or line break. */
  static String cell(String field) {
    return field.contains(",")
            || field.contains("\"")
            || field.contains("\n")
            || field.contains("\r")
        ? "\"" + field.replace("\"", "\"\"") + "\""
        : field;
  }

  /** The name of a regret kind in files: {@code pseudo}, {@code realised}, ... */
  static String kind(RegretKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
