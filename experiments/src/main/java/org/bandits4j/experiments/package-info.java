/**
 * The regret-curve experiment runner behind {@code ./bandits}: experiment files ({@code config}),
 * environment types ({@code scenario}), parallel deterministic replications with resume ({@code
 * run}), theoretical curves ({@code bounds}), CSV, plots and HTML ({@code report}), the
 * bound-reproduction suite ({@code reproduce}) and the command line ({@code cli}).
 */
package org.bandits4j.experiments;
