package org.scorelab.core.model;

/**
 * A tuplet ratio: {@code actual} notes in the time of {@code normal} notes of the same written
 * value (a triplet is 3:2). {@code NONE} (1:1) means no tuplet.
 */
public record Tuplet(int actual, int normal) {

    public static final Tuplet NONE = new Tuplet(1, 1);
    public static final Tuplet TRIPLET = new Tuplet(3, 2);

    public Tuplet {
        if (actual < 1 || normal < 1) {
            throw new IllegalArgumentException("tuplet ratio must be positive, was " + actual + ":" + normal);
        }
    }

    public boolean isNone() {
        return actual == normal;
    }

    /** Factor by which the written length is scaled: normal/actual. */
    public Fraction scale() {
        return Fraction.of(normal, actual);
    }
}
