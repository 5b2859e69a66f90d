package org.bandits4j.experiments.config;

/** A bad experiment file: the message names the field (as a JSON path) and the problem. */
public final class ConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An error at {@code path}. */
  public ConfigException(String path, String problem) {
    super(path + ": " + problem);
  }

  /** An error at {@code path} with a cause. */
  public ConfigException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
  }
}
