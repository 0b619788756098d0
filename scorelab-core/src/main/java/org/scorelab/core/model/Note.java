package org.scorelab.core.model;

import java.util.Set;

/**
 * One sounding note.
 *
 * @param pitch       the sounding pitch, key signature already applied
 * @param duration    written value, dots and tuplet
 * @param tieToNext   tied to the next note of the same pitch
 * @param grace       a grace note (takes no time in the measure)
 * @param decorations fermata, trill, staccato ... (see {@link Decoration})
 */
public record Note(Pitch pitch, Duration duration, boolean tieToNext, boolean grace, Set<Decoration> decorations)
        implements Event {

    public Note {
        if (pitch == null || duration == null) {
            throw new IllegalArgumentException("pitch and duration must not be null");
        }
        decorations = decorations == null ? Set.of() : Set.copyOf(decorations);
    }

    public static Note of(Pitch pitch, Duration duration) {
        return new Note(pitch, duration, false, false, Set.of());
    }

    @Override
    public Fraction length() {
        return grace ? Fraction.ZERO : duration.length();
    }

    public boolean hasFermata() {
        return decorations.contains(Decoration.FERMATA);
    }

    public Note withTieToNext(boolean tie) {
        return new Note(pitch, duration, tie, grace, decorations);
    }

    public Note withPitch(Pitch p) {
        return new Note(p, duration, tieToNext, grace, decorations);
    }

    public Note withDuration(Duration d) {
        return new Note(pitch, d, tieToNext, grace, decorations);
    }
}
