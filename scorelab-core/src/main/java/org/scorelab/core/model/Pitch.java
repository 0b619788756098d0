package org.scorelab.core.model;

/**
 * A sounding pitch: step, chromatic alteration (-2 double flat .. +2 double sharp) and octave in
 * scientific notation (middle C is C4).
 */
public record Pitch(Step step, int alter, int octave) implements Comparable<Pitch> {

    public Pitch {
        if (step == null) {
            throw new IllegalArgumentException("step must not be null");
        }
        if (alter < -2 || alter > 2) {
            throw new IllegalArgumentException("alter must be in -2..2, was " + alter);
        }
        if (octave < -1 || octave > 9) {
            throw new IllegalArgumentException("octave must be in -1..9, was " + octave);
        }
    }

    public static Pitch of(Step step, int octave) {
        return new Pitch(step, 0, octave);
    }

    /** MIDI key number: C4 = 60. */
    public int midi() {
        return (octave + 1) * 12 + step.semitones() + alter;
    }

    /** Diatonic index: C4 = 28, D4 = 29 ... (7 per octave); staff positions derive from it. */
    public int diatonicIndex() {
        return octave * 7 + step.ordinal();
    }

    /** The pitch whose diatonic index is {@code index}, with the given alteration. */
    public static Pitch fromDiatonicIndex(int index, int alter) {
        return new Pitch(Step.values()[Math.floorMod(index, 7)], alter, Math.floorDiv(index, 7));
    }

    /** The nearest spelling of a MIDI key number, preferring sharps or flats as asked. */
    public static Pitch fromMidi(int midi, boolean preferFlats) {
        int pc = Math.floorMod(midi, 12);
        int octave = Math.floorDiv(midi, 12) - 1;
        for (Step s : Step.values()) {
            if (s.semitones() == pc) {
                return new Pitch(s, 0, octave);
            }
        }
        if (preferFlats) {
            Step s = stepWithSemitones(pc + 1);
            return new Pitch(s, -1, octave);
        }
        return new Pitch(stepWithSemitones(pc - 1), 1, octave);
    }

    private static Step stepWithSemitones(int pc) {
        for (Step s : Step.values()) {
            if (s.semitones() == pc) {
                return s;
            }
        }
        throw new IllegalStateException("no natural step at pitch class " + pc);
    }

    /** Scientific name with accidentals as # and b, e.g. {@code Bb4}, {@code F#5}, {@code C4}. */
    public String name() {
        String acc = switch (alter) {
            case -2 -> "bb";
            case -1 -> "b";
            case 1 -> "#";
            case 2 -> "##";
            default -> "";
        };
        return step.name() + acc + octave;
    }

    @Override
    public int compareTo(Pitch o) {
        int c = Integer.compare(midi(), o.midi());
        return c != 0 ? c : Integer.compare(diatonicIndex(), o.diatonicIndex());
    }

    @Override
    public String toString() {
        return name();
    }
}
