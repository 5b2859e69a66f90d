package org.bandits4j.testkit;

/**
 * One named check of a contract suite. Running it throws {@link ContractViolation} (an {@link
 * AssertionError}) if the policy breaks the contract, so any test framework reports it as a
 * failure; under JUnit 5 wrap each check in a {@code DynamicTest}.
 *
 * @param name what is checked, e.g. {@code "snapshot -> restore stays in lockstep"}
 * @param body the check
 */
public record ContractCheck(String name, Runnable body) {

  /** Runs the check; a {@link ContractViolation} names this check. */
  public void run() {
    try {
      body.run();
    } catch (ContractViolation e) {
      throw e;
    } catch (AssertionError | RuntimeException e) {
      throw new ContractViolation(name + ": unexpected " + e, e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
