package org.bandits4j.simulators.contextual;

import org.bandits4j.simulators.regret.RegretMeter;

/**
 * The regret of one contextual run: pseudo-regret {@code Σ_t (max_a μ(x_t, a) - μ(x_t, A_t))}
 * against the per-round oracle of the context, realised regret {@code Σ_t (max_a μ(x_t, a) - X_t)},
 * and how often the chosen arm was a best one; both regrets recorded at checkpoint rounds (through
 * a {@link RegretMeter}).
 *
 * <p>Thread safety: single-threaded. Complexity: O(1) per round after the process's oracle, no
 * allocation.
 */
public final class ContextualRegretMeter {

  private final RegretMeter meter;
  private long bestChosen;

  /**
   * A meter recording at these rounds (sorted, distinct, {@code >= 1}).
   *
   * @throws IllegalArgumentException if the grid is empty or not increasing
   */
  public ContextualRegretMeter(long[] checkpoints) {
    this.meter = new RegretMeter(checkpoints);
  }

  /** Records round {@code t}, in which {@code arm} was chosen and paid {@code reward}. */
  public void record(ContextualProcess process, long t, int arm, double reward) {
    double best = process.bestMean(t);
    double chosen = process.mean(t, arm);
    if (chosen == best) {
      bestChosen++;
    }
    meter.record(best, chosen, reward);
  }

  /** The underlying meter (checkpoint values, totals). */
  public RegretMeter meter() {
    return meter;
  }

  /** Rounds recorded. */
  public long rounds() {
    return meter.rounds();
  }

  /** Pseudo-regret so far. */
  public double pseudo() {
    return meter.pseudo();
  }

  /** Fraction of rounds in which the chosen arm had the best expected reward (0 if none). */
  public double bestArmRate() {
    return meter.rounds() == 0 ? 0.0 : (double) bestChosen / meter.rounds();
  }
}
