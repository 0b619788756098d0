package org.scorelab.core.model;

/** A new TimeSignature from this point of the part on (ABC inline field, a change mid-tune). */
public record MeterChange(TimeSignature meter) implements Event {

    public MeterChange {
        if (meter == null) {
            throw new IllegalArgumentException("meter must not be null");
        }
    }

    @Override
    public Fraction length() {
        return Fraction.ZERO;
    }
}
