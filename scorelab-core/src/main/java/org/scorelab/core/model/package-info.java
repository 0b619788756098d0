/**
 * The music model every codec reads into and writes from: one monophonic part as a list of
 * measures of events. Immutable records; durations are exact fractions of a whole note so that
 * tuplets and dotted values never accumulate rounding error.
 */
package org.scorelab.core.model;
