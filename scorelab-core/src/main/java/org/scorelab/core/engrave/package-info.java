/**
 * Engraving decisions that several writers must agree on: which notes are beamed together, which
 * notes show an accidental glyph, where key-signature accidentals sit on the staff and how staff
 * positions are named. The PrIMuS agnostic writer and the MEI writer both ask these classes, so a
 * Verovio rendering of our MEI draws exactly the symbols that the agnostic tokens name.
 */
package org.scorelab.core.engrave;
