/**
 * ABC notation (abcnotation.com standard 2.1) read into and written from the music model.
 *
 * <p>{@link org.scorelab.core.abc.AbcReader} reads every tune of a file and reports the ones it
 * cannot read, with file, line, column, what was found and what was expected, while keeping the
 * rest. {@link org.scorelab.core.abc.AbcWriter} writes one tune back as clean ABC that the reader
 * turns into an equal model. Reading goes in two passes: a line parser turns the text into
 * items that still carry their source position, then an assembler applies broken rhythm and
 * tuplets, turns lengths into note values and groups the events into measures.
 */
package org.scorelab.core.abc;
