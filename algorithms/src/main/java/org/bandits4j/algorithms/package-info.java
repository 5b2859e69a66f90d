/**
 * Bandits4J's policies, one package per family ({@code ucb}, {@code thompson}, {@code greedy},
 * ...), with shared building blocks ({@code core}, {@code sampling}) and state handling ({@code
 * state}). {@link org.bandits4j.algorithms.StandardPolicies} lists every policy by name; {@link
 * org.bandits4j.algorithms.Policies} makes them safe to share between threads.
 */
package org.bandits4j.algorithms;
