package org.scorelab.genre.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.audio.pitch.NoteEvent;

class TranscriptionVectorsTest {

    /** A C-major phrase of eighths at 0.25 s. */
    private static List<NoteEvent> notes() {
        int[] keys = {60, 62, 64, 65, 67, 65, 64, 62, 60, 64, 67, 72, 67, 64, 60, 60};
        List<NoteEvent> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            out.add(new NoteEvent(keys[i], 0.25 * i, i == keys.length - 1 ? 0.5 : 0.24));
        }
        return out;
    }

    @Test
    void everySetGivesAVectorAsLongAsItsNames() {
        for (String name : List.of("notes+meter", "notes-meter", "symbolic-no-meter-no-notation", "quantized+notes")) {
            TranscriptionVectors v = TranscriptionVectors.bySetName(name);
            assertThat(v.setName()).isEqualTo(name);
            assertThat(v.extract(notes())).as(name).hasSize(v.names().size());
        }
    }

    @Test
    void theSideBySideSetIsTheQuantisedSymbolicThenTheNoteFeatures() {
        double[] both = TranscriptionVectors.bySetName("quantized+notes").extract(notes());
        double[] q = TranscriptionVectors.bySetName("symbolic-no-meter-no-notation").extract(notes());
        double[] n = NoteFeatures.WITH_METER.extract(notes());
        assertThat(both).hasSize(q.length + n.length);
        assertThat(java.util.Arrays.copyOfRange(both, 0, q.length)).containsExactly(q);
        assertThat(java.util.Arrays.copyOfRange(both, q.length, both.length)).containsExactly(n);
        assertThat(TranscriptionVectors.bySetName("quantized+notes").names()).startsWith("q.pc.rel.0").endsWith("n.onset_period_16");
        // C major: the quantised tune's key signature has no accidentals.
        int fifths = TranscriptionVectors.QUANTIZED_FEATURES.names().indexOf("key.fifths");
        assertThat(q[fifths]).isZero();
    }

    @Test
    void unknownSetsAndTooFewNotesAreRefused() {
        assertThatThrownBy(() -> TranscriptionVectors.bySetName("symbolic"))
                .hasMessage("unknown transcription feature set 'symbolic', expected one of "
                        + "[notes+meter, notes-meter, symbolic-no-meter-no-notation, quantized+notes]");
        assertThatThrownBy(() -> TranscriptionVectors.bySetName("notes+meter").extract(List.of(new NoteEvent(60, 0, 1))))
                .hasMessage("need at least two notes with distinct onsets, got 1");
        assertThatThrownBy(() -> TranscriptionVectors.bySetName("quantized+notes").extract(List.of(new NoteEvent(60, 0, 1))))
                .hasMessage("need at least two notes with distinct onsets, got 1");
    }
}
