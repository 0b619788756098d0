/**
 * MusicXML for the shared model: {@link org.scorelab.core.musicxml.MusicXmlWriter} builds one
 * score-partwise document with ProxyMusic, and {@link org.scorelab.core.musicxml.MusicXmlReader}
 * streams {@code .musicxml}, {@code .xml} and compressed {@code .mxl} files into one monophonic
 * line (one part, one voice). Durations are exact: the writer picks divisions so that every
 * tuplet is a whole number of divisions, and the reader takes lengths from the written
 * type, dots and time-modification, using duration/divisions only as a check.
 */
package org.scorelab.core.musicxml;
