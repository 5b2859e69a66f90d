package org.bandits4j.testkit;

import java.util.Objects;
import java.util.function.Supplier;

/** Minimal assertions for the contract suites, independent of any test framework. */
final class Verify {

  private Verify() {}

  static void that(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new ContractViolation(message.get());
    }
  }

  static void equal(Object expected, Object actual, String what) {
    if (!Objects.equals(expected, actual)) {
      throw new ContractViolation(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /**
   * Runs {@code action}, which must throw {@link IllegalArgumentException} (or {@link
   * IllegalStateException}) with a non-blank message; returns the message.
   */
  static String rejects(Runnable action, String what) {
    try {
      action.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String msg = e.getMessage();
      that(msg != null && !msg.isBlank(), () -> what + ": rejected without a message");
      return msg;
    } catch (RuntimeException e) {
      throw new ContractViolation(
          what + ": expected IllegalArgumentException or IllegalStateException, got " + e, e);
    }
    throw new ContractViolation(what + ": was accepted, expected IllegalArgumentException");
  }

  /** Same bits, or both NaN. */
  static boolean sameDouble(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }
}
