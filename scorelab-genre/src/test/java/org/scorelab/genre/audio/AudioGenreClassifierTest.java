package org.scorelab.genre.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sound.midi.Sequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.audio.pitch.SequenceNotes;
import org.scorelab.audio.synth.MidiRenderer;
import org.scorelab.audio.synth.RenderOptions;
import org.scorelab.audio.wav.WavWriter;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenrePrediction;
import org.scorelab.genre.classify.GenreTrainer;
import org.scorelab.genre.classify.Sample;

/** The audio route's plumbing: a model trained on played notes, saved, loaded, and asked about rendered WAVs and bad files. */
class AudioGenreClassifierTest {

    @TempDir
    Path dir;

    static final String REEL = "X:1\nT:Reel\nM:4/4\nL:1/8\nK:D\n"
            + "|:A2FA dAFA|BGGF G2FG|A2FA dAFA|Bdce d2d2:|\n|:fd d2 fagf|ecAc efge|fd d2 fagf|edcB A2AB:|]\n";
    static final String JIG = "X:2\nT:Jig\nM:6/8\nL:1/8\nK:G\n"
            + "|:GAB dBG|AGE DEG|GAB dBG|AGF G3:|\n|:gfg edB|ded BAG|gfg edB|AGF G3:|]\n";

    static Sequence sequence(String abc, int tempo) {
        return MidiWriter.toSequence(new AbcReader().readString("t.abc", abc).tunes().get(0),
                MidiOptions.DEFAULT.withProgram(73).withTempoBpm(tempo));
    }

    /** A 1-nearest-neighbour model of the played notes of the reel and the jig at two tempi each. */
    Path model() throws Exception {
        List<Sample> train = new ArrayList<>();
        for (int tempo : new int[] {120, 160}) {
            train.add(new Sample("reel", NoteFeatures.WITH_METER.extract(SequenceNotes.of(sequence(REEL, tempo), 8)), "reel"));
            train.add(new Sample("jig", NoteFeatures.WITH_METER.extract(SequenceNotes.of(sequence(JIG, tempo), 8)), "jig"));
        }
        GenreModel m = new GenreTrainer(GenreTrainer.Config.defaults(ClassifierKind.KNN).withNeighbours(1))
                .train(NoteFeatures.WITH_METER.setName(), NoteFeatures.WITH_METER.names(), train)
                .withProvenance(java.util.Map.of(AudioGenreClassifier.SECONDS_KEY, "15.0"));
        Path file = dir.resolve("dance.properties");
        m.save(file);
        return file;
    }

    private Path render(String abc, int tempo, String name) throws Exception {
        Path wav = dir.resolve(name);
        try (MidiRenderer r = MidiRenderer.open(RenderOptions.DEFAULT)) {
            r.renderToWav(sequence(abc, tempo), 8, wav);
        }
        return wav;
    }

    @Test
    void renderedTunesAreToldApartThroughTheirTranscription() throws Exception {
        AudioGenreClassifier c = new AudioGenreClassifier(GenreModel.load(model()));
        GenrePrediction reel = c.classify(render(REEL, 140, "reel.wav"));
        GenrePrediction jig = c.classify(render(JIG, 140, "jig.wav"));
        assertThat(reel.label()).isEqualTo("reel");
        assertThat(jig.label()).isEqualTo("jig");
    }

    @Test
    void aSymbolicModelIsRefused() throws Exception {
        List<Sample> train = List.of(new Sample("a", new double[] {0, 1}, "a"), new Sample("b", new double[] {1, 0}, "b"));
        GenreModel m = new GenreTrainer(GenreTrainer.Config.defaults(ClassifierKind.KNN)).train("symbolic+meter", List.of("x", "y"), train);
        assertThatThrownBy(() -> new AudioGenreClassifier(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown transcription feature set 'symbolic+meter'");
    }

    @Test
    void badAudioIsNamedWithTheReason() throws Exception {
        AudioGenreClassifier c = new AudioGenreClassifier(GenreModel.load(model()));
        Path text = dir.resolve("text.wav");
        Files.writeString(text, "this is not audio at all, just some text in a file");
        assertThatThrownBy(() -> c.classify(text)).isInstanceOf(InvalidInputException.class).hasMessageContaining("text.wav");

        Path full = dir.resolve("full.wav");
        float[] sine = new float[22050 * 3];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        WavWriter.write(full, AudioClip.mono(sine, 22050));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> c.classify(cut)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cut.wav").hasMessageContaining("truncated");

        Path silent = dir.resolve("silent.wav");
        WavWriter.write(silent, AudioClip.mono(new float[22050 * 5], 22050));
        assertThatThrownBy(() -> c.classify(silent)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("silent.wav").hasMessageContaining("silent");

        Path shortClip = dir.resolve("short.wav");
        float[] beep = new float[22050];
        for (int i = 0; i < beep.length; i++) {
            beep[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        WavWriter.write(shortClip, AudioClip.mono(beep, 22050));
        assertThatThrownBy(() -> c.classify(shortClip)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("short.wav").hasMessageContaining("too short");

        Path drone = dir.resolve("drone.wav");
        float[] tone = new float[22050 * 4];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        WavWriter.write(drone, AudioClip.mono(tone, 22050));
        assertThatThrownBy(() -> c.classify(drone)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drone.wav").hasMessageContaining("note(s) heard");
    }

    @Test
    void clipFeaturesSurviveTheCacheLine() {
        ClipFeatures c = new ClipFeatures("oneills.abc#3", List.of(new NoteEvent(62, 0.1, 0.25), new NoteEvent(64, 0.35, 0.5)),
                new double[] {1.5, -2.25e-3});
        ClipFeatures back = ClipFeatures.fromLine(c.toLine());
        assertThat(back.id()).isEqualTo(c.id());
        assertThat(back.notes()).isEqualTo(c.notes());
        assertThat(back.summary()).containsExactly(1.5, -2.25e-3);
    }
}
