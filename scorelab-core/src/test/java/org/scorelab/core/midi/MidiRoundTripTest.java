package org.scorelab.core.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.core.model.NoteValue.EIGHTH;
import static org.scorelab.core.model.NoteValue.HALF;
import static org.scorelab.core.model.NoteValue.QUARTER;
import static org.scorelab.core.model.NoteValue.SIXTEENTH;
import static org.scorelab.core.model.NoteValue.WHOLE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/** Model -> MIDI file -> model gives back the same measures, key, meter and tempo. */
class MidiRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Tune> tunes() {
        return Stream.of(
                // 4/4 C major: dotted notes, a tie across the bar line, a rest, chromatic sharps.
                new TuneBuilder()
                        .n("C4", QUARTER).n("D4", EIGHTH).n("E4", EIGHTH).n("F#4", HALF).bar()
                        .n("G4", QUARTER, 1).n("A4", EIGHTH).tied("B4", HALF, 0).bar()
                        .n("B4", QUARTER).rest(QUARTER, 0).n("C5", HALF).bar()
                        .n("C#5", WHOLE).bar()
                        .build("Common", KeySignature.C_MAJOR, TimeSignature.of(4, 4), 120),
                // 3/4 D major: triplet eighths, sixteenths, a chromatic G#, a tie across the bar.
                new TuneBuilder()
                        .triplet("D4", EIGHTH).triplet("F#4", EIGHTH).triplet("A4", EIGHTH).n("D5", QUARTER)
                        .n("C#5", SIXTEENTH).n("B4", SIXTEENTH).tied("A4", EIGHTH, 0).bar()
                        .n("A4", QUARTER).n("G#4", EIGHTH).n("A4", EIGHTH).rest(QUARTER, 0).bar()
                        .triplet("B4", QUARTER).triplet("C#5", QUARTER).triplet("D5", QUARTER).n("E5", QUARTER).bar()
                        .n("D5", HALF, 1).bar()
                        .build("Triple", KeySignature.ofFifths(2), TimeSignature.of(3, 4), 96),
                // 6/8 Bb major with a pickup eighth, a flat outside the key and a tie across the bar.
                new TuneBuilder()
                        .n("D5", EIGHTH).bar()
                        .n("Bb4", QUARTER, 1).n("C5", EIGHTH).n("D5", EIGHTH).n("Eb5", EIGHTH).bar()
                        .n("F5", QUARTER).n("Ab4", EIGHTH).tied("G4", QUARTER, 1).bar()
                        .n("G4", QUARTER).n("F4", EIGHTH).n("Bb4", QUARTER, 1).bar()
                        .n("Bb4", QUARTER, 1).n("Bb4", QUARTER).bar()
                        .build("Jig", KeySignature.ofFifths(-2), TimeSignature.of(6, 8), 150),
                // 2/2 A minor, ending on a rest.
                new TuneBuilder()
                        .n("A3", HALF).n("E4", HALF).bar()
                        .n("G#4", QUARTER).n("A4", QUARTER).tied("B4", HALF, 0).bar()
                        .n("B4", WHOLE).bar()
                        .n("A4", HALF).rest(HALF, 0).bar()
                        .build("Cut", new KeySignature(0, KeySignature.Mode.MINOR), TimeSignature.of(2, 2), 140),
                // 5/8 F# minor (three sharps) with a D# and a pickup of two sixteenths.
                new TuneBuilder()
                        .n("C#5", SIXTEENTH).n("D#5", SIXTEENTH).bar()
                        .n("F#5", QUARTER).n("C#5", EIGHTH).n("A4", EIGHTH).n("F#4", EIGHTH).bar()
                        .n("G#4", EIGHTH, 1).n("A4", SIXTEENTH).n("B4", QUARTER).n("C#5", EIGHTH).bar()
                        .n("F#4", HALF).n("F#4", EIGHTH).bar()
                        .build("Five", new KeySignature(3, KeySignature.Mode.MINOR), TimeSignature.of(5, 8), 110),
                // 3/8 Eb major, three flats: Ab, Bb, Eb in the key, Db outside it.
                new TuneBuilder()
                        .n("Eb4", EIGHTH).n("G4", EIGHTH).n("Bb4", EIGHTH).bar()
                        .n("Ab4", SIXTEENTH).n("Db5", SIXTEENTH).n("C5", QUARTER).bar()
                        .n("Eb5", QUARTER, 1).bar()
                        .build("Small", KeySignature.ofFifths(-3), TimeSignature.of(3, 8), 72));
    }

    @ParameterizedTest
    @MethodSource("tunes")
    void roundTripKeepsMeasuresKeyMeterAndTempo(Tune tune) throws Exception {
        Path file = dir.resolve(tune.info().title() + ".mid");
        Files.write(file, new MidiWriter().write(tune));

        ReadResult result = new MidiReader().read(file);

        assertThat(result.failures()).isEmpty();
        assertThat(result.tunes()).hasSize(1);
        Tune back = result.tunes().get(0);
        assertThat(back.info().key()).isEqualTo(tune.info().key());
        assertThat(back.info().meter()).isEqualTo(tune.info().meter());
        assertThat(back.info().tempoBpm()).isEqualTo(tune.info().tempoBpm());
        assertThat(back.info().title()).isEqualTo(tune.info().title());
        assertThat(back.measures()).hasSameSizeAs(tune.measures());
        for (int i = 0; i < tune.measures().size(); i++) {
            assertThat(back.measures().get(i)).as("measure %d", i + 1).isEqualTo(tune.measures().get(i));
        }
    }
}
