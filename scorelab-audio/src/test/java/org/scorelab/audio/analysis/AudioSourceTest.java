package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.io.InvalidInputException;

class AudioSourceTest {

    @TempDir
    Path dir;

    private static final String ABC = "X:1\nT:Scale\nM:4/4\nL:1/4\nQ:1/4=120\nK:C\nA B c d|e4|]\n";

    @Test
    void aStereo44100HzWavIsMixedAndResampled() throws Exception {
        float[] left = Signals.sine(440, 0.5, 44100, 44100);
        float[] stereo = new float[2 * left.length];
        for (int i = 0; i < left.length; i++) {
            stereo[2 * i] = left[i];
            stereo[2 * i + 1] = left[i];
        }
        Path f = dir.resolve("a.wav");
        WavWriter.write(f, new AudioClip(stereo, 2, 44100));
        AudioClip clip = AudioSource.load(f, 22050);
        assertThat(clip.sampleRate()).isEqualTo(22050);
        assertThat(clip.channels()).isEqualTo(1);
        assertThat(clip.frames()).isEqualTo(22050);
        Spectrogram s = new Stft(StftConfig.DEFAULT).magnitude(clip.samples(), 22050);
        assertThat(Signals.argMax(s.frame(20))).isEqualTo(41);
    }

    @Test
    void abcAndMidiAreRenderedBySynthesizer() throws Exception {
        Path abc = dir.resolve("scale.abc");
        Files.writeString(abc, ABC);
        AudioClip clip = AudioSource.load(abc, 22050);
        assertThat(clip.sampleRate()).isEqualTo(22050);
        // Four crotchets and a semibreve at 120 bpm: 4 s of notes, plus the release.
        assertThat(clip.seconds()).isBetween(4.0, 5.2);
        AudioSource.requireAnalysable(abc.toString(), clip, 2048);
        // The first note is A4: chroma of the first half second peaks at A.
        Features f = new FeatureExtractor(FeatureConfig.DEFAULT).extract(Arrays.copyOfRange(clip.samples(), 2048, 8192));
        assertThat(Chroma.NAMES.get(Signals.argMax(f.chroma()[4]))).isEqualTo("A");

        Path mid = dir.resolve("scale.mid");
        Path xml = dir.resolve("scale.musicxml");
        var tune = new org.scorelab.core.abc.AbcReader().read(abc).tunes().get(0);
        Files.write(mid, new org.scorelab.core.midi.MidiWriter().write(tune));
        AudioClip fromMidi = AudioSource.load(mid, 16000);
        assertThat(fromMidi.sampleRate()).isEqualTo(16000);
        assertThat(fromMidi.seconds()).isCloseTo(clip.seconds(), within(0.1));
        Files.write(xml, new org.scorelab.core.musicxml.MusicXmlWriter().write(tune));
        assertThat(AudioSource.load(xml, 22050).seconds()).isCloseTo(clip.seconds(), within(0.1));
    }

    @Test
    void badInputsAreNamedWithTheReason() throws Exception {
        Path text = dir.resolve("notes.wav");
        Files.writeString(text, "this is not audio at all, just some words in a file");
        assertThatThrownBy(() -> AudioSource.load(text, 22050)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(text + ": ").hasMessageContaining("not a WAV file");

        Path good = dir.resolve("good.wav");
        WavWriter.write(good, AudioClip.mono(Signals.sine(440, 0.5, 22050, 22050), 22050));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.wav");
        // 44-byte header and 44100 data bytes, cut to 22072: 22028 data bytes, 11014 frames.
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> AudioSource.load(cut, 22050)).hasMessageContaining(cut.toString())
                .hasMessageContaining("truncated file: the data chunk declares 22050 frames, found 11014");

        Path pdf = dir.resolve("score.pdf");
        Files.writeString(pdf, "%PDF");
        assertThatThrownBy(() -> AudioSource.load(pdf, 22050))
                .hasMessage(pdf + ": unknown file type '.pdf', expected one of .wav .wave .mid .midi .abc .musicxml .xml .mxl");
        assertThatThrownBy(() -> AudioSource.load(dir.resolve("missing.wav"), 22050))
                .hasMessageContaining("missing.wav: cannot read the file");
        Path badMidi = dir.resolve("bad.mid");
        Files.writeString(badMidi, "MThd garbage");
        assertThatThrownBy(() -> AudioSource.load(badMidi, 22050)).hasMessageContaining("bad.mid: not a standard MIDI file");
    }

    @Test
    void silentAndShortClipsAreRefused() {
        assertThatThrownBy(() -> AudioSource.requireAnalysable("quiet.wav", AudioClip.mono(new float[4096], 22050), 2048))
                .hasMessage("quiet.wav: silent: peak level 0 (digital silence), below -100 dBFS");
        float[] faint = Signals.sine(440, 1e-6, 22050, 4096);
        assertThatThrownBy(() -> AudioSource.requireAnalysable("faint.wav", AudioClip.mono(faint, 22050), 2048))
                .hasMessage("faint.wav: silent: peak level -120.0 dBFS, below -100 dBFS");
        assertThatThrownBy(() -> AudioSource.requireAnalysable("blip.wav", AudioClip.mono(new float[100], 22050), 2048))
                .hasMessage("blip.wav: too short: 100 samples (0.005 s at 22050 Hz), need at least 2048 (one analysis frame)");
    }
}
