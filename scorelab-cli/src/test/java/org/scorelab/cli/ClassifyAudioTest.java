package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sound.midi.Sequence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.pitch.SequenceNotes;
import org.scorelab.audio.synth.MidiRenderer;
import org.scorelab.audio.synth.RenderOptions;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.genre.audio.AudioGenreClassifier;
import org.scorelab.genre.audio.NoteFeatures;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenreTrainer;
import org.scorelab.genre.classify.Sample;

/** {@code classify} on WAV files: transcription route with a small model trained here, and every kind of bad audio. */
class ClassifyAudioTest {

    @TempDir
    Path dir;

    static final String REEL = "X:1\nT:Reel\nM:4/4\nL:1/8\nK:D\n"
            + "|:A2FA dAFA|BGGF G2FG|A2FA dAFA|Bdce d2d2:|\n|:fd d2 fagf|ecAc efge|fd d2 fagf|edcB A2AB:|]\n";
    static final String JIG = "X:2\nT:Jig\nM:6/8\nL:1/8\nK:G\n"
            + "|:GAB dBG|AGE DEG|GAB dBG|AGF G3:|\n|:gfg edB|ded BAG|gfg edB|AGF G3:|]\n";

    static Sequence sequence(String abc, int tempo) {
        return MidiWriter.toSequence(new AbcReader().readString("t.abc", abc).tunes().get(0),
                MidiOptions.DEFAULT.withProgram(71).withTempoBpm(tempo));
    }

    /** A 1-nearest-neighbour model of the played notes of a reel and a jig, saved in {@code dir}. */
    static Path smallAudioModel(Path dir) throws Exception {
        List<Sample> train = new ArrayList<>();
        for (int tempo : new int[] {120, 160}) {
            train.add(new Sample("reel", NoteFeatures.WITH_METER.extract(SequenceNotes.of(sequence(REEL, tempo), 8)), "reel"));
            train.add(new Sample("jig", NoteFeatures.WITH_METER.extract(SequenceNotes.of(sequence(JIG, tempo), 8)), "jig"));
        }
        GenreModel m = new GenreTrainer(GenreTrainer.Config.defaults(ClassifierKind.KNN).withNeighbours(1))
                .train(NoteFeatures.WITH_METER.setName(), NoteFeatures.WITH_METER.names(), train)
                .withProvenance(Map.of(AudioGenreClassifier.SECONDS_KEY, "15.0"));
        Path file = dir.resolve("audio-dance.properties");
        m.save(file);
        return file;
    }

    private static float[] sine(double seconds) {
        float[] x = new float[(int) (seconds * 22050)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        return x;
    }

    @Test
    @Tag("slow")
    void aRenderedReelIsClassifiedAsAReel() throws Exception {
        Path reel = dir.resolve("reel.wav");
        try (MidiRenderer r = MidiRenderer.open(RenderOptions.DEFAULT)) {
            r.renderToWav(sequence(REEL, 140), 8, reel);
        }
        CommandRun run = CommandRun.of("classify", "--labels", "dance", "--audio-model", smallAudioModel(dir).toString(), reel.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("file,tune,label,confidence\n" + reel + ",1,reel,1.0000\n");
    }

    @Test
    void eachBadWavIsNamedWithItsReasonAndTheRestIsClassified() throws Exception {
        Path text = dir.resolve("text.wav");
        Files.writeString(text, "no audio here, only words in a file");
        Path full = dir.resolve("full.wav");
        WavWriter.write(full, AudioClip.mono(sine(3), 22050));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Path silent = dir.resolve("silent.wav");
        WavWriter.write(silent, AudioClip.mono(new float[22050 * 4], 22050));
        Path shortClip = dir.resolve("short.wav");
        WavWriter.write(shortClip, AudioClip.mono(sine(0.5), 22050));
        Path alaw = dir.resolve("alaw.wav");
        Files.write(alaw, aLawHeader());
        Path jig = dir.resolve("jig.abc");
        Files.writeString(jig, JIG);

        CommandRun run = CommandRun.of("classify", "--labels", "dance", "--model", ClassifyCommandTest.smallSymbolicModel(dir).toString(),
                "--audio-model", smallAudioModel(dir).toString(), text.toString(), cut.toString(), silent.toString(),
                shortClip.toString(), alaw.toString(), full.toString(), jig.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).isEqualTo("file,tune,label,confidence\n" + jig + ",2,jig,1.0000\n");
        assertThat(run.err()).contains("6 input(s) failed").contains("text.wav").contains("cut.wav").contains("truncated")
                .contains("silent.wav").contains("silent").contains("short.wav").contains("too short")
                .contains("alaw.wav").contains("unsupported").contains("full.wav").contains("only 1 note(s) heard");
    }

    @Test
    void aMissingAudioModelIsNamed() throws Exception {
        Path wav = dir.resolve("a.wav");
        WavWriter.write(wav, AudioClip.mono(sine(3), 22050));
        CommandRun run = CommandRun.of("classify", "--model", ClassifyCommandTest.smallSymbolicModel(dir).toString(),
                "--audio-model", dir.resolve("none.properties").toString(), wav.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("cannot load the style audio model").contains("none.properties").contains("no audio model here");
    }

    /** A WAV header declaring A-law (format 6), 8 bits, with a little data. */
    private static byte[] aLawHeader() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + 100).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 100).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 6).putShort((short) 1).putInt(8000).putInt(8000)
                .putShort((short) 1).putShort((short) 8);
        b.put("data".getBytes()).putInt(100);
        return b.array();
    }
}
