package org.bandits4j.experiments.scenario;

import java.nio.file.Path;

/**
 * What an environment type may need while parsing: where relative data files live and how long the
 * longest run is.
 *
 * @param baseDirectory the experiment file's folder; relative paths resolve against it
 * @param maxHorizon the largest horizon of the experiment
 */
public record ParseContext(Path baseDirectory, long maxHorizon) {}
