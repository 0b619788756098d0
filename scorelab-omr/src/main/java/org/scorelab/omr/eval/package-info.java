/**
 * Metrics of optical music recognition, defined once: the symbol error rate and the share of
 * samples read with at least one error.
 */
package org.scorelab.omr.eval;
