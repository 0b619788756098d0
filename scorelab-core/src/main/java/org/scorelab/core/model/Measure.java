package org.scorelab.core.model;

import java.util.List;

/**
 * One measure: its events in time order, the bar line that closes it and, where it opens a
 * first or second ending, the ending number ({@code 0}: none).
 */
public record Measure(List<Event> events, BarLine end, int ending) {

    public Measure {
        events = List.copyOf(events);
        if (end == null) {
            end = BarLine.SINGLE;
        }
        if (ending < 0) {
            throw new IllegalArgumentException("ending must be >= 0, was " + ending);
        }
    }

    public Measure(List<Event> events, BarLine end) {
        this(events, end, 0);
    }

    /** Total sounding length of the events (a multirest counts zero). */
    public Fraction length() {
        Fraction sum = Fraction.ZERO;
        for (Event e : events) {
            sum = sum.plus(e.length());
        }
        return sum;
    }
}
