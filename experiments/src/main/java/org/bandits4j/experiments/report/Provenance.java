package org.bandits4j.experiments.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Where and how results were produced: written to {@code provenance.json} and shown in the report.
 *
 * @param experiment the experiment as parsed, with defaults filled in
 * @param seed the master seed
 * @param libraryVersion the Bandits4J version
 * @param gitCommit the commit of the working directory's repository, or {@code "unknown"}
 * @param java JDK vendor and version
 * @param os operating system name, version and architecture
 * @param cores processors available to the JVM
 * @param threads worker threads used (results do not depend on it)
 * @param commandLine the command's arguments
 * @param started start time (ISO-8601, UTC)
 * @param finished end time (ISO-8601, UTC)
 * @param computedReplications replications simulated by this invocation
 * @param reusedReplications replications loaded from an interrupted earlier invocation
 */
public record Provenance(
    ObjectNode experiment,
    long seed,
    String libraryVersion,
    String gitCommit,
    String java,
    String os,
    int cores,
    int threads,
    List<String> commandLine,
    String started,
    String finished,
    long computedReplications,
    long reusedReplications) {

  /** Copies the mutable parts. */
  public Provenance {
    experiment = experiment.deepCopy();
    commandLine = List.copyOf(commandLine);
  }

  @Override
  public ObjectNode experiment() {
    return experiment.deepCopy();
  }

  /** The JDK description of the running JVM. */
  public static String currentJava() {
    return System.getProperty("java.vendor")
        + " "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version");
  }

  /** The OS description of the running JVM. */
  public static String currentOs() {
    return System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " ("
        + System.getProperty("os.arch")
        + ")";
  }
}
