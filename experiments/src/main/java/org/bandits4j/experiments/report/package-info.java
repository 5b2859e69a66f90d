/**
 * A run's outputs: {@code curves.csv}, {@code final-regret.csv}, {@code provenance.json}, XChart
 * plots (PNG and SVG) with confidence bands and theoretical curves, and {@code report.html}.
 */
package org.bandits4j.experiments.report;
