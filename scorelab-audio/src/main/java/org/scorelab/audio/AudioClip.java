package org.scorelab.audio;

import java.util.Arrays;

/**
 * Audio samples in -1..1, frames interleaved when there is more than one channel. The array is
 * copied in and out so that a clip, like the other records, never changes once made.
 *
 * @param samples    interleaved samples, {@code frames * channels} of them
 * @param channels   1 (mono) or 2 (stereo)
 * @param sampleRate frames per second
 */
public record AudioClip(float[] samples, int channels, int sampleRate) {

    public AudioClip {
        if (samples == null) {
            throw new IllegalArgumentException("samples must not be null");
        }
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("channels must be 1 or 2, was " + channels);
        }
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sampleRate must be in 1000..384000, was " + sampleRate);
        }
        if (samples.length % channels != 0) {
            throw new IllegalArgumentException("samples (" + samples.length + ") must be a multiple of channels ("
                    + channels + ")");
        }
        samples = samples.clone();
    }

    /** A mono clip. */
    public static AudioClip mono(float[] samples, int sampleRate) {
        return new AudioClip(samples, 1, sampleRate);
    }

    @Override
    public float[] samples() {
        return samples.clone();
    }

    /** One sample without copying the whole buffer. */
    public float sample(int index) {
        return samples[index];
    }

    public int frames() {
        return samples.length / channels;
    }

    public double seconds() {
        return frames() / (double) sampleRate;
    }

    /** The channels averaged into one. */
    public AudioClip toMono() {
        if (channels == 1) {
            return this;
        }
        float[] out = new float[frames()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (samples[2 * i] + samples[2 * i + 1]) * 0.5f;
        }
        return mono(out, sampleRate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioClip c && channels == c.channels && sampleRate == c.sampleRate
                && Arrays.equals(samples, c.samples);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(samples) + channels) + sampleRate;
    }

    @Override
    public String toString() {
        return "AudioClip[" + frames() + " frames, " + channels + " ch, " + sampleRate + " Hz]";
    }
}
