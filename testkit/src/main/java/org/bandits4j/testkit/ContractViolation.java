package org.bandits4j.testkit;

/** Thrown when a policy breaks a contract check; the message says which check and how. */
public final class ContractViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** A violation with a message. */
  public ContractViolation(String message) {
    super(message);
  }

  /** A violation caused by an unexpected exception. */
  public ContractViolation(String message, Throwable cause) {
    super(message, cause);
  }
}
