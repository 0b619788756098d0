package org.scorelab.core.model;

/** Marks attached to a note or rest. Only {@link #FERMATA} appears in the PrIMuS encodings. */
public enum Decoration {
    FERMATA, TRILL, STACCATO, ACCENT, TENUTO, MORDENT, TURN, ROLL, UPBOW, DOWNBOW, OTHER
}
