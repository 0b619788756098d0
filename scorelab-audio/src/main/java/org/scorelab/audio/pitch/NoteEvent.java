package org.scorelab.audio.pitch;

/**
 * One transcribed (or played) note.
 *
 * @param midi     MIDI key number, 0..127 (69 is A4 = 440 Hz)
 * @param onset    start in seconds from the beginning of the clip
 * @param duration how long it sounds, in seconds
 */
public record NoteEvent(int midi, double onset, double duration) {

    public NoteEvent {
        if (midi < 0 || midi > 127) {
            throw new IllegalArgumentException("midi must be in 0..127, was " + midi);
        }
        if (!(onset >= 0) || !Double.isFinite(onset)) {
            throw new IllegalArgumentException("onset must be a finite number >= 0, was " + onset);
        }
        if (!(duration > 0) || !Double.isFinite(duration)) {
            throw new IllegalArgumentException("duration must be a finite number > 0, was " + duration);
        }
    }

    /** Where the note stops sounding. */
    public double end() {
        return onset + duration;
    }

    /** The MIDI key nearest to a frequency: {@code 69 + 12 log2(hz / 440)}, unrounded. */
    public static double midiOf(double hz) {
        return 69 + 12 * Math.log(hz / 440.0) / Math.log(2);
    }
}
