package org.scorelab.audio.pitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.scorelab.audio.AudioClip;

class YinPitchTrackerTest {

    private static final int SR = 22050;
    private final YinPitchTracker tracker = new YinPitchTracker(PitchConfig.DEFAULT);

    static float[] harmonic(double hz, double[] amplitudes, int sampleRate, double seconds) {
        int n = (int) (seconds * sampleRate);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int h = 0; h < amplitudes.length; h++) {
                v += amplitudes[h] * Math.sin(2 * Math.PI * hz * (h + 1) * i / sampleRate);
            }
            x[i] = (float) v;
        }
        return x;
    }

    /** The median pitch of the frames well inside the clip. */
    private double medianHz(PitchTrack track) {
        int n = track.frames();
        double[] inner = java.util.Arrays.copyOfRange(track.hz(), n / 4, 3 * n / 4);
        java.util.Arrays.sort(inner);
        return inner[inner.length / 2];
    }

    @Test
    void a4SineIs440HzAndMidi69() {
        PitchTrack t = tracker.track(AudioClip.mono(harmonic(440, new double[] {0.5}, SR, 1.0), SR));
        double hz = medianHz(t);
        assertThat(hz).isCloseTo(440, within(2.0));
        assertThat((int) Math.round(NoteEvent.midiOf(hz))).isEqualTo(69);
    }

    @Test
    void everyFrameInsideASteadyToneIsVoicedAndWithinTenCents() {
        PitchTrack t = tracker.track(AudioClip.mono(harmonic(261.63, new double[] {0.3}, SR, 1.0), SR));
        for (int f = 5; f < t.frames() - 10; f++) {
            assertThat(t.hz(f)).as("frame %d", f).isPositive();
            assertThat(1200 * Math.log(t.hz(f) / 261.63) / Math.log(2)).as("cents off at frame %d", f).isCloseTo(0, within(10.0));
        }
    }

    @Test
    void harmonicToneWithWeakFundamentalKeepsItsPitchNotAnOctaveUp() {
        // G3 with the second and third harmonics louder than the fundamental, like a bowed string.
        PitchTrack t = tracker.track(AudioClip.mono(harmonic(196, new double[] {0.15, 0.3, 0.25, 0.1, 0.05}, SR, 1.0), SR));
        assertThat((int) Math.round(NoteEvent.midiOf(medianHz(t)))).isEqualTo(55);
    }

    @Test
    void lowAndHighEndsOfTheRange() {
        assertThat((int) Math.round(NoteEvent.midiOf(medianHz(tracker.track(AudioClip.mono(
                harmonic(87.31, new double[] {0.3, 0.2, 0.1}, SR, 1.0), SR)))))).isEqualTo(41);
        assertThat((int) Math.round(NoteEvent.midiOf(medianHz(tracker.track(AudioClip.mono(
                harmonic(1760, new double[] {0.3}, SR, 1.0), SR)))))).isEqualTo(93);
    }

    @Test
    void silenceAndNoiseAreUnpitched() {
        PitchTrack silent = tracker.track(AudioClip.mono(new float[SR], SR));
        for (int f = 0; f < silent.frames(); f++) {
            assertThat(silent.hz(f)).isZero();
        }
        java.util.Random r = new java.util.Random(3);
        float[] noise = new float[SR];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (0.3 * (2 * r.nextDouble() - 1));
        }
        PitchTrack t = tracker.track(AudioClip.mono(noise, SR));
        int voiced = 0;
        for (int f = 0; f < t.frames(); f++) {
            voiced += t.hz(f) > 0 ? 1 : 0;
        }
        assertThat(voiced).isLessThan(t.frames() / 10);
    }

    @Test
    void framesFollowTheHop() {
        PitchTrack t = tracker.track(new float[11025]);
        assertThat(t.frames()).isEqualTo(11025 / 128 + 1);
        assertThat(t.hopSeconds()).isCloseTo(128 / 11025.0, within(1e-12));
    }

    @Test
    void midiOfKnownFrequencies() {
        assertThat(NoteEvent.midiOf(440)).isCloseTo(69, within(1e-9));
        assertThat(NoteEvent.midiOf(261.6256)).isCloseTo(60, within(1e-4));
        assertThat(NoteEvent.midiOf(880)).isCloseTo(81, within(1e-9));
    }
}
