/**
 * The two PrIMuS encodings of a monophonic incipit (Calvo-Zaragoza and Rizo, "End-to-End Neural
 * Optical Music Recognition of Monophonic Scores", Applied Sciences 2018): the semantic one, which
 * names musical meaning ({@code note-Bb4_quarter.}), and the agnostic one, which names glyphs and
 * their staff positions ({@code note.quarter-L4}, {@code dot-S4}). Both are one line of tokens,
 * each followed by a TAB. Writers run for every training sample, so they build strings directly,
 * without regular expressions or reflection.
 */
package org.scorelab.core.primus;
