package org.bandits4j.experiments.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.StringJoiner;

/** Short human-readable renderings of parameters. */
final class Describe {

  private static final int SHOWN = 12;

  private Describe() {}

  /** {@code 0.9, 0.8, 0.7}: six significant digits, the first 12 values, then a count. */
  static String numbers(double[] values) {
    StringJoiner out = new StringJoiner(", ");
    for (int i = 0; i < Math.min(values.length, SHOWN); i++) {
      out.add(
          BigDecimal.valueOf(values[i])
              .round(new MathContext(6))
              .stripTrailingZeros()
              .toPlainString());
    }
    if (values.length > SHOWN) {
      out.add("... (" + values.length + " arms)");
    }
    return out.toString();
  }
}
