package org.scorelab.core.model;

/** A silence of one written duration; {@code fermata} holds it. */
public record Rest(Duration duration, boolean fermata) implements Event {

    public Rest {
        if (duration == null) {
            throw new IllegalArgumentException("duration must not be null");
        }
    }

    public static Rest of(Duration d) {
        return new Rest(d, false);
    }

    @Override
    public Fraction length() {
        return duration.length();
    }
}
