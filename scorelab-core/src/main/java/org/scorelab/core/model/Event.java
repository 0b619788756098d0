package org.scorelab.core.model;

/**
 * Something that happens inside a measure, in time order: a sounding or silent event, or a change
 * of clef, key or meter in the middle of the part.
 */
public sealed interface Event permits Note, Chord, Rest, MultiRest, ClefChange, KeyChange, MeterChange {

    /** How much time the event takes; zero for grace notes and attribute changes. */
    Fraction length();
}
