package org.bandits4j.api;

/**
 * The regret definitions Bandits4J reports. Computing them needs knowledge only an environment has
 * (true means, all arms' rewards), so the meters live in the simulators module.
 *
 * <p>Notation: round {@code t}, chosen arm {@code A_t}, reward {@code X_t}, arm means {@code
 * mu_{t,i}} (which may vary with {@code t} in non-stationary environments), best mean {@code mu*_t
 * = max_i mu_{t,i}}.
 */
public enum RegretKind {
  /** Pseudo-regret {@code sum_t (mu*_t - mu_{t,A_t})}: the expected loss of the choices made. */
  PSEUDO,
  /**
   * Realised regret {@code sum_t (mu*_t - X_t)}: the best expected reward minus rewards obtained.
   */
  REALISED,
  /**
   * Regret against the best fixed arm in hindsight, {@code max_i sum_t x_{t,i} - sum_t x_{t,A_t}},
   * on reward tables fixed before the run (the adversarial setting).
   */
  HINDSIGHT,
  /**
   * Weak dueling regret: per duel {@code (a, b)}, {@code min(eps*_a, eps*_b)}, where {@code eps*_i
   * = P(best beats i) - 1/2}.
   */
  WEAK_DUELING,
  /**
   * Strong dueling regret: per duel {@code (a, b)}, {@code (eps*_a + eps*_b) / 2} (the average
   * convention; Yue et al. 2012 sum the two gaps, which is twice this).
   */
  STRONG_DUELING,
  /**
   * Copeland dueling regret: per duel {@code (a, b)}, {@code zeta* - (zeta_a + zeta_b) / 2}, where
   * {@code zeta_i} is the fraction of the other arms that arm {@code i} beats with probability
   * above 1/2 and {@code zeta*} its maximum; defined whether or not a Condorcet winner exists.
   */
  COPELAND_DUELING,
  /** Simple regret {@code mu* - mu_J} of the arm {@code J} a policy recommends at the end. */
  SIMPLE
}
