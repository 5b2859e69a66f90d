package org.bandits4j.api;

/**
 * The result of a duel between {@link Duel#first()} and {@link Duel#second()}.
 *
 * <p>Ties count as half a win for each side in the policies that accept them.
 */
public enum DuelOutcome {
  /** The first arm was preferred. */
  FIRST_WINS,
  /** The second arm was preferred. */
  SECOND_WINS,
  /** Neither arm was preferred. */
  TIE;

  /** The first arm's score: 1 for a win, 0.5 for a tie, 0 for a loss. */
  public double firstScore() {
    return switch (this) {
      case FIRST_WINS -> 1.0;
      case SECOND_WINS -> 0.0;
      case TIE -> 0.5;
    };
  }
}
