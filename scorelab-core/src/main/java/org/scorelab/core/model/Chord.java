package org.scorelab.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * Several notes struck together with one duration (ABC {@code [CEG]}). Monophonic views of the
 * part (the PrIMuS encodings) keep only the {@link #top()} note: the melody.
 */
public record Chord(List<Note> notes) implements Event {

    public Chord {
        if (notes == null || notes.isEmpty()) {
            throw new IllegalArgumentException("a chord needs at least one note");
        }
        notes = List.copyOf(notes);
    }

    /** The highest note, the one a melody line keeps. */
    public Note top() {
        return notes.stream().max(Comparator.comparing(Note::pitch)).orElseThrow();
    }

    @Override
    public Fraction length() {
        return notes.get(0).length();
    }
}
