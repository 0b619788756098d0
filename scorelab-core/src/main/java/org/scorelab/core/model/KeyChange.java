package org.scorelab.core.model;

/** A new KeySignature from this point of the part on (ABC inline field, a change mid-tune). */
public record KeyChange(KeySignature key) implements Event {

    public KeyChange {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
    }

    @Override
    public Fraction length() {
        return Fraction.ZERO;
    }
}
