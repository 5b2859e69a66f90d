/**
 * JMH benchmarks of the standard workloads (shared/WORKLOADS.md). Build with {@code ./mvnw -pl
 * benchmarks -am package -DskipTests}, run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package org.bandits4j.benchmarks;
