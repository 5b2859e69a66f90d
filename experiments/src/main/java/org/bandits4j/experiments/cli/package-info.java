/** The {@code bandits} command line (picocli): {@code run}, {@code reproduce}, {@code list}. */
package org.bandits4j.experiments.cli;
