/**
 * Pictures of spectrograms: a labelled heat map (time in seconds, frequency in Hz on a linear
 * or mel axis, a colour bar in dB, a title) and a side-by-side comparison of two spectrograms
 * with their difference, drawn with Java2D into PNG files.
 *
 * <p>Java2D rather than a charting library: the heat map is painted pixel by pixel from the
 * matrix (max-pooled where there are more frames or bins than pixels), which takes tens of
 * milliseconds for thousands of frames. XChart's heat map, measured here, took 4.2 s for
 * 1300 x 128 cells and 8.3 s for 1300 x 1025 (one chart object per cell), and would bring an
 * LGPL vector-graphics library along.
 */
package org.scorelab.audio.plot;
