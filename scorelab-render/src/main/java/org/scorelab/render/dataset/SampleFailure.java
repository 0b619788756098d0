package org.scorelab.render.dataset;

/**
 * A sample that could not be built; the others are written regardless.
 *
 * @param index  its index in the run
 * @param name   the file name it would have had
 * @param tuneId the tune last tried, or empty
 * @param reason what went wrong
 */
public record SampleFailure(int index, String name, String tuneId, String reason) {
}
