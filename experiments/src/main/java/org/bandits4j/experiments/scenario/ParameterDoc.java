package org.bandits4j.experiments.scenario;

/**
 * One parameter of an environment type, as {@code ./bandits list} prints it.
 *
 * @param name the field name in experiment files
 * @param type what it holds (for example {@code "number[]"})
 * @param defaultValue its default, or {@code "required"}, or {@code "-"} for optional fields
 *     without a default
 * @param description one short phrase
 */
public record ParameterDoc(String name, String type, String defaultValue, String description) {}
