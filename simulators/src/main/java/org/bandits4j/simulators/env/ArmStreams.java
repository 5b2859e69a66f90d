package org.bandits4j.simulators.env;

import org.bandits4j.simulators.random.RandomStream;

/** What the environments' reward processes share: per-arm streams and the arm-index check. */
final class ArmStreams {

  private ArmStreams() {}

  /** One child stream per arm, split from {@code stream} in arm order (common random numbers). */
  static RandomStream[] split(RandomStream stream, int arms) {
    RandomStream[] streams = new RandomStream[arms];
    for (int i = 0; i < streams.length; i++) {
      streams[i] = stream.split();
    }
    return streams;
  }

  /**
   * Checks an arm index.
   *
   * @throws IllegalArgumentException if {@code arm} is not in {@code [0, arms)}
   */
  static void checkArm(int arm, int arms) {
    if (arm < 0 || arm >= arms) {
      throw new IllegalArgumentException("arm must be in [0, " + arms + "), was " + arm);
    }
  }
}
