package org.scorelab.audio.dataset;

/**
 * A tune that gave no clip, and why.
 *
 * @param id     the tune's id
 * @param reason what went wrong, for a person to read
 * @param cause  the exception behind it, or null
 */
public record TuneFailure(String id, String reason, Exception cause) {
}
