/**
 * Dueling bandits: policies that learn from pairwise comparisons. RUCB, RMED1/RMED2, Double
 * Thompson sampling and Copeland Confidence Bound (anytime, win-matrix based), Interleaved Filter 2
 * and Beat-the-Mean (horizon-tuned, explore then exploit), MergeRUCB (many arms) and Sparring (two
 * cardinal bandit learners). The win-matrix statistics and confidence bounds are written once
 * ({@code WinMatrix}); states are {@link org.bandits4j.algorithms.state.DuelingState} and {@link
 * org.bandits4j.algorithms.state.SparringState}.
 */
package org.bandits4j.algorithms.dueling;
