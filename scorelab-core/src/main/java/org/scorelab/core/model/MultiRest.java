package org.scorelab.core.model;

/**
 * A rest of {@code measures} whole measures written as one symbol. It fills its measure; its
 * length is counted by the measure's meter, so {@link #length()} is zero here.
 */
public record MultiRest(int measures) implements Event {

    public MultiRest {
        if (measures < 1) {
            throw new IllegalArgumentException("multirest must span at least 1 measure, was " + measures);
        }
    }

    @Override
    public Fraction length() {
        return Fraction.ZERO;
    }
}
