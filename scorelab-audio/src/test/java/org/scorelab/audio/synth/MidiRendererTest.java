package org.scorelab.audio.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.wav.WavReader;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/** Rendering known notes: pitch from the spectrum, length from the tempo, repeatability. */
class MidiRendererTest {

    private static MidiRenderer renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        renderer = MidiRenderer.open(RenderOptions.DEFAULT);
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    /** One whole-note A4 (MIDI 69) in 4/4. */
    static Tune a4(int tempo) {
        Note a = Note.of(Pitch.of(Step.A, 4), Duration.of(NoteValue.WHOLE));
        return new Tune(new TuneInfo("a4", 1, "A4", null, KeySignature.C_MAJOR, TimeSignature.of(4, 4), tempo, Map.of()),
                List.of(new Measure(List.of(a), BarLine.FINAL)));
    }

    @Test
    void a4SoundsAt440HzForTheLengthTheTempoGives() throws Exception {
        // A flute: few overtones, so the fundamental dominates the spectrum.
        AudioClip clip = renderer.render(MidiWriter.toSequence(a4(120), MidiOptions.DEFAULT.withProgram(73)));

        assertThat(clip.sampleRate()).isEqualTo(22050);
        assertThat(clip.channels()).isEqualTo(1);
        // A whole note at 120 quarters per minute lasts 2 s; the release rings on for less than 1 s.
        assertThat(clip.seconds()).isBetween(2.0, 3.0);
        double f = dominantFrequency(clip, (int) (0.5 * 22050), 22050);
        assertThat(f).isCloseTo(440.0, offset(3.0));
        assertThat(rms(clip, (int) (0.2 * 22050), (int) (1.8 * 22050))).isGreaterThan(0.01);
    }

    @Test
    void halfTheTempoDoublesTheNote() throws Exception {
        AudioClip clip = renderer.render(MidiWriter.toSequence(a4(60), MidiOptions.DEFAULT.withProgram(73)));

        assertThat(clip.seconds()).isBetween(4.0, 5.0);
        assertThat(rms(clip, (int) (3.5 * 22050), (int) (3.9 * 22050))).isGreaterThan(0.01);
    }

    @Test
    void pianoA4AlsoPeaksAt440() throws Exception {
        AudioClip clip = renderer.render(MidiWriter.toSequence(a4(120), MidiOptions.DEFAULT));

        assertThat(dominantFrequency(clip, (int) (0.1 * 22050), 22050)).isCloseTo(440.0, offset(3.0));
    }

    @Test
    void clipIsCutAtTheLimitWithAFade() throws Exception {
        AudioClip clip = renderer.render(MidiWriter.toSequence(a4(60), MidiOptions.DEFAULT.withProgram(73)), 1.5);

        assertThat(clip.frames()).isEqualTo((int) Math.ceil(1.5 * 22050));
        assertThat(Math.abs(clip.sample(clip.frames() - 1))).isLessThan(0.01f);
    }

    @Test
    void theSameSequenceRendersTheSameAfterOtherClips() throws Exception {
        var seq = MidiWriter.toSequence(a4(120), MidiOptions.DEFAULT.withProgram(40));
        AudioClip first = renderer.render(seq);
        renderer.render(MidiWriter.toSequence(a4(90), MidiOptions.DEFAULT.withProgram(21)));
        AudioClip again = renderer.render(seq);

        assertThat(again).isEqualTo(first);
        try (MidiRenderer fresh = MidiRenderer.open(RenderOptions.DEFAULT)) {
            assertThat(fresh.render(seq)).isEqualTo(first);
        }
    }

    @Test
    void renderToWavWritesAReadableFile() throws Exception {
        Path wav = dir.resolve("a4.wav");
        AudioClip clip = renderer.renderToWav(MidiWriter.toSequence(a4(120), MidiOptions.DEFAULT.withProgram(73)), 10, wav);

        AudioClip back = WavReader.read(wav);
        assertThat(back.frames()).isEqualTo(clip.frames());
        assertThat(dominantFrequency(back, 11025, 22050)).isCloseTo(440.0, offset(3.0));
    }

    @Test
    void soundbankFileReplacesTheBuiltInSounds() throws Exception {
        // The JDK can generate its fallback sound set and save it as SF2: a real file to load.
        Path sf2 = dir.resolve("emergency.sf2");
        com.sun.media.sound.EmergencySoundbank.createSoundbank().save(sf2.toFile());

        try (MidiRenderer r = MidiRenderer.open(RenderOptions.DEFAULT.withSoundbank(sf2))) {
            AudioClip clip = r.render(MidiWriter.toSequence(a4(120), MidiOptions.DEFAULT.withProgram(73)));
            assertThat(clip.seconds()).isBetween(2.0, 3.0);
            assertThat(dominantFrequency(clip, 11025, 22050)).isCloseTo(440.0, offset(3.0));
        }
    }

    @Test
    void badSoundbankIsNamed() throws Exception {
        Path sf2 = dir.resolve("broken.sf2");
        Files.writeString(sf2, "not a soundbank");

        assertThatThrownBy(() -> MidiRenderer.open(RenderOptions.DEFAULT.withSoundbank(sf2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(sf2 + ": not a soundbank (SF2/DLS)");
    }

    /**
     * Frequency in 50..2000 Hz (1 Hz steps) with the largest DFT magnitude over {@code n}
     * Hann-windowed samples, each bin computed with the Goertzel recurrence.
     */
    static double dominantFrequency(AudioClip clip, int from, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = clip.sample(from + i) * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)));
        }
        double best = 0;
        double bestMag = -1;
        for (int f = 50; f <= 2000; f++) {
            double coeff = 2 * Math.cos(2 * Math.PI * f / clip.sampleRate());
            double s1 = 0;
            double s2 = 0;
            for (double v : x) {
                double s0 = v + coeff * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            double mag = s1 * s1 + s2 * s2 - coeff * s1 * s2;
            if (mag > bestMag) {
                bestMag = mag;
                best = f;
            }
        }
        return best;
    }

    static double rms(AudioClip clip, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += clip.sample(i) * clip.sample(i);
        }
        return Math.sqrt(s / (to - from));
    }
}
