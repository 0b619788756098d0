package org.scorelab.genre.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.audio.pitch.SequenceNotes;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.midi.MidiOptions;
import org.scorelab.core.midi.MidiWriter;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.features.SymbolicFeatures;

class QuantizedGenreExperimentTest {

    /** Four 4/4 bars of eighths and quarters in D major (2 s a bar at 120 quarters a minute). */
    private static final String ABC = """
            X:1
            T:t
            M:4/4
            L:1/8
            K:D
            DFAd f2 ed|cBAG F2 E2|DFAd f2 ed|cedc d4|]
            """;

    private static Tune tune() {
        return new AbcReader().readString("t.abc", ABC).tunes().get(0);
    }

    @Test
    void aTuneIsCutAtTheFirstBarLineAtOrAfterTheSpan() {
        assertThat(QuantizedGenreExperiment.cut(tune(), 120, 3.0).measures()).hasSize(2);
        assertThat(QuantizedGenreExperiment.cut(tune(), 120, 4.0).measures()).hasSize(2);
        assertThat(QuantizedGenreExperiment.cut(tune(), 120, 4.01).measures()).hasSize(3);
        assertThat(QuantizedGenreExperiment.cut(tune(), 60, 3.0).measures()).hasSize(1);
        assertThat(QuantizedGenreExperiment.cut(tune(), 120, Double.MAX_VALUE).measures()).hasSize(4);
    }

    @Test
    void playedNotesQuantiseBackToTheWrittenRhythmAndKey() {
        Tune t = tune();
        List<NoteEvent> played = SequenceNotes.of(MidiWriter.toSequence(t, MidiOptions.DEFAULT.withTempoBpm(120)), 100);
        TranscriptionQuantizer.Result r = TranscriptionQuantizer.DEFAULT.quantizeFully(played, "t");
        assertThat(r.unitSeconds()).isCloseTo(0.25, within(0.002));
        assertThat(r.key()).isEqualTo(t.info().key());
        // Same key, meter and notes: the symbolic features without notation and meter agree exactly.
        SymbolicFeatures f = QuantizedGenreExperiment.QUANTIZED_FEATURES;
        assertThat(f.extract(r.tune())).containsExactly(f.extract(t), within(1e-9));
    }
}
