package org.scorelab.core.model;

/** A new Clef from this point of the part on (ABC inline field, a change mid-tune). */
public record ClefChange(Clef clef) implements Event {

    public ClefChange {
        if (clef == null) {
            throw new IllegalArgumentException("clef must not be null");
        }
    }

    @Override
    public Fraction length() {
        return Fraction.ZERO;
    }
}
