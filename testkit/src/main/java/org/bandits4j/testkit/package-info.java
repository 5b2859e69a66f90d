/**
 * Contract suites and instance generators that any policy, ours or a user's, can be checked
 * against: {@link org.bandits4j.testkit.BanditContract} (context-free and contextual policies) and
 * {@link org.bandits4j.testkit.DuelingBanditContract}, with generators in {@link
 * org.bandits4j.testkit.BanditInstances}.
 *
 * <p>The suites depend on no test framework: each check is a {@link
 * org.bandits4j.testkit.ContractCheck} that throws {@link org.bandits4j.testkit.ContractViolation}
 * (an {@link AssertionError}), driven by seeded {@link java.util.random.RandomGenerator}s, so they
 * run under JUnit, QuickTheories or jqwik alike.
 */
package org.bandits4j.testkit;
