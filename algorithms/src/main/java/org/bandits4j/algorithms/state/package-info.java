/**
 * Policy states as versioned data: the state records, the policy registry that maps names to spec
 * classes and state formats, and the JSON codec (Jackson) whose documents round-trip exactly and
 * stay readable across releases.
 */
package org.bandits4j.algorithms.state;
