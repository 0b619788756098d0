package org.scorelab.audio.synth;

import java.nio.file.Path;

/**
 * How MIDI is rendered.
 *
 * @param sampleRate  frames per second, 8000..96000
 * @param channels    1 (mono) or 2 (stereo)
 * @param soundbank   an SF2 (or DLS) file whose instruments replace the built-in sound set; null
 *                    keeps the JDK's built-in one
 * @param tailSeconds how long a release may ring on after the last note ends before the clip is
 *                    cut; silence at the end is trimmed anyway
 * @param reverb      whether the synthesizer's reverb and chorus are on; off keeps clips
 *                    independent of what the same synthesizer played before
 */
public record RenderOptions(int sampleRate, int channels, Path soundbank, double tailSeconds, boolean reverb) {

    /** 22050 Hz mono, built-in sounds, up to 1 s of release, no reverb. */
    public static final RenderOptions DEFAULT = new RenderOptions(22050, 1, null, 1.0, false);

    public RenderOptions {
        if (sampleRate < 8000 || sampleRate > 96000) {
            throw new IllegalArgumentException("sampleRate must be in 8000..96000, was " + sampleRate);
        }
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2, was " + channels);
        }
        if (!(tailSeconds >= 0 && tailSeconds <= 10)) {
            throw new IllegalArgumentException("tailSeconds must be in 0..10, was " + tailSeconds);
        }
    }

    public RenderOptions withSoundbank(Path sf2) {
        return new RenderOptions(sampleRate, channels, sf2, tailSeconds, reverb);
    }

    public RenderOptions withSampleRate(int rate) {
        return new RenderOptions(rate, channels, soundbank, tailSeconds, reverb);
    }
}
