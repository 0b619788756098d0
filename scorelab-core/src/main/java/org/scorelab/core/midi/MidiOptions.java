package org.scorelab.core.midi;

/**
 * How a tune is played when written as MIDI.
 *
 * @param program        General MIDI instrument, 0-127 (0 is the acoustic grand piano)
 * @param velocity       key velocity of every note, 1-127
 * @param tempoBpm       quarter notes per minute to use instead of the tune's own tempo; 0 keeps
 *                       the tune's tempo (or a default that fits its meter when it has none)
 * @param channel        MIDI channel, 0-15; channel 9 is the General MIDI drum kit
 * @param fermataStretch factor by which a note or rest under a fermata is held longer; 1 plays it
 *                       as written
 */
public record MidiOptions(int program, int velocity, int tempoBpm, int channel, double fermataStretch) {

    /** Piano, velocity 90, the tune's own tempo, channel 0, fermatas as written. */
    public static final MidiOptions DEFAULT = new MidiOptions(0, 90, 0, 0, 1.0);

    public MidiOptions {
        if (program < 0 || program > 127) {
            throw new IllegalArgumentException("program must be in 0..127, was " + program);
        }
        if (velocity < 1 || velocity > 127) {
            throw new IllegalArgumentException("velocity must be in 1..127, was " + velocity);
        }
        if (tempoBpm < 0 || tempoBpm > 1000) {
            throw new IllegalArgumentException("tempoBpm must be in 0..1000 (0: the tune's own), was " + tempoBpm);
        }
        if (channel < 0 || channel > 15) {
            throw new IllegalArgumentException("channel must be in 0..15, was " + channel);
        }
        if (!(fermataStretch >= 1.0 && fermataStretch <= 4.0)) {
            throw new IllegalArgumentException("fermataStretch must be in 1..4, was " + fermataStretch);
        }
    }

    public MidiOptions withProgram(int p) {
        return new MidiOptions(p, velocity, tempoBpm, channel, fermataStretch);
    }

    public MidiOptions withTempoBpm(int bpm) {
        return new MidiOptions(program, velocity, bpm, channel, fermataStretch);
    }

    public MidiOptions withFermataStretch(double stretch) {
        return new MidiOptions(program, velocity, tempoBpm, channel, stretch);
    }
}
