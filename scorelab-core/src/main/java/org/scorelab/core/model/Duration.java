package org.scorelab.core.model;

/**
 * A written duration: a note value, 0-3 augmentation dots and an optional tuplet ratio. The
 * sounding length is value * (2 - 1/2^dots) * tuplet.normal/tuplet.actual.
 */
public record Duration(NoteValue value, int dots, Tuplet tuplet) {

    public Duration {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        if (dots < 0 || dots > 3) {
            throw new IllegalArgumentException("dots must be in 0..3, was " + dots);
        }
        if (tuplet == null) {
            tuplet = Tuplet.NONE;
        }
    }

    public static Duration of(NoteValue value) {
        return new Duration(value, 0, Tuplet.NONE);
    }

    public static Duration of(NoteValue value, int dots) {
        return new Duration(value, dots, Tuplet.NONE);
    }

    /** Written length without the tuplet: the value with its dots. */
    public Fraction writtenLength() {
        Fraction l = value.length();
        Fraction add = value.length();
        for (int i = 0; i < dots; i++) {
            add = add.times(Fraction.of(1, 2));
            l = l.plus(add);
        }
        return l;
    }

    /** Sounding length as a fraction of a whole note. */
    public Fraction length() {
        return writtenLength().times(tuplet.scale());
    }

    public Duration withTuplet(Tuplet t) {
        return new Duration(value, dots, t);
    }

    /** The undotted or dotted (up to 3 dots) value of exactly this written length, or null. */
    public static Duration ofWrittenLength(Fraction length) {
        for (NoteValue v : NoteValue.values()) {
            for (int d = 0; d <= 3; d++) {
                Duration cand = of(v, d);
                if (cand.writtenLength().equals(length)) {
                    return cand;
                }
            }
        }
        return null;
    }
}
