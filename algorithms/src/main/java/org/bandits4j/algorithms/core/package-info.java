/**
 * Building blocks shared by the policy families: the sample-mean statistics base class, the
 * random-tie-breaking argmax and argument checks.
 */
package org.bandits4j.algorithms.core;
