/** Seeded, splittable random streams that give the same numbers on every JDK. */
package org.bandits4j.simulators.random;
