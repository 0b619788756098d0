package org.scorelab.genre.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scorelab.audio.pitch.NoteEvent;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.features.SymbolicFeatures;

class TranscriptionQuantizerTest {

    /**
     * A G-major tune in eighth-note units (the commonest length is the eighth): lengths 1, 1, 2
     * (quarter), 3 (dotted quarter), 4 (half), with sixteenth pairs (0.5).
     */
    private static final int[] KEYS = {67, 71, 74, 71, 67, 69, 71, 72, 74, 76, 74, 72, 71, 69, 67, 66, 67, 62, 67, 71, 74, 79, 78, 76,
        74, 72, 71, 69, 67, 69, 71, 67};
    private static final double[] UNITS = {1, 1, 2, 1, 1, 1, 1, 3, 1, 0.5, 0.5, 1, 1, 1, 1, 1, 4, 1, 1, 1, 1, 2, 1, 1,
        1, 1, 1, 1, 0.5, 0.5, 1, 4};

    /** The tune played legato with the eighth lasting {@code eighth} seconds, onsets and ends moved by the offsets. */
    private static List<NoteEvent> played(double eighth, double jitter, long seed) {
        Random rnd = new Random(seed);
        List<NoteEvent> out = new ArrayList<>();
        double t = 0.3;
        for (int i = 0; i < KEYS.length; i++) {
            double on = t + (jitter == 0 ? 0 : (2 * rnd.nextDouble() - 1) * jitter);
            double len = UNITS[i] * eighth * 0.95;
            out.add(new NoteEvent(KEYS[i], Math.max(0, on), len));
            t += UNITS[i] * eighth;
        }
        return out;
    }

    private static List<Integer> expectedSteps() {
        List<Integer> out = new ArrayList<>();
        for (double u : UNITS) {
            out.add((int) Math.round(2 * u));
        }
        return out;
    }

    private static List<Integer> allButLast(List<Integer> l) {
        return l.subList(0, l.size() - 1);
    }

    private static List<Integer> steps(TranscriptionQuantizer.Result r) {
        return r.grid().stream().map(TranscriptionQuantizer.GridNote::length).toList();
    }

    @Test
    void knownTempoGivesTheWrittenLengths() {
        TranscriptionQuantizer.Result r = TranscriptionQuantizer.DEFAULT.quantizeFully(played(0.25, 0, 1), "t");
        assertThat(r.unitSeconds()).isCloseTo(0.25, within(0.001));
        assertThat(steps(r)).containsExactlyElementsOf(expectedSteps());
        assertThat(r.grid()).extracting(TranscriptionQuantizer.GridNote::midi).containsExactly(
                java.util.Arrays.stream(KEYS).boxed().toArray(Integer[]::new));
    }

    @Test
    void twentyMillisecondsOfJitterStillQuantiseRight() {
        for (long seed = 1; seed <= 20; seed++) {
            TranscriptionQuantizer.Result r = TranscriptionQuantizer.DEFAULT.quantizeFully(played(0.25, 0.020, seed), "t");
            assertThat(r.unitSeconds()).as("seed %d", seed).isCloseTo(0.25, within(0.02));
            assertThat(allButLast(steps(r))).as("seed %d", seed).containsExactlyElementsOf(allButLast(expectedSteps()));
            // The last note has no next onset: its length is its own sounding time, 95 % of a half note.
            assertThat(steps(r).get(KEYS.length - 1)).as("seed %d", seed).isBetween(7, 8);
        }
        // A fast reel: eighth 150 ms, sixteenth step 75 ms; 15 ms of jitter still lands right.
        for (long seed = 1; seed <= 20; seed++) {
            TranscriptionQuantizer.Result r = TranscriptionQuantizer.DEFAULT.quantizeFully(played(0.15, 0.015, seed), "t");
            assertThat(allButLast(steps(r))).as("fast, seed %d", seed).containsExactlyElementsOf(allButLast(expectedSteps()));
        }
    }

    @Test
    void aGradualTempoDriftIsFollowed() {
        // 20 % slower from the first note to the last, smoothly: positions still right.
        List<NoteEvent> out = new ArrayList<>();
        double t = 0;
        int total = 0;
        for (double u : UNITS) {
            total += (int) Math.round(2 * u);
        }
        int at = 0;
        for (int i = 0; i < KEYS.length; i++) {
            double eighth = 0.25 * (1 + 0.2 * at / total);
            out.add(new NoteEvent(KEYS[i], t, UNITS[i] * eighth * 0.95));
            t += UNITS[i] * eighth;
            at += (int) Math.round(2 * UNITS[i]);
        }
        assertThat(steps(TranscriptionQuantizer.DEFAULT.quantizeFully(out, "t"))).containsExactlyElementsOf(expectedSteps());
    }

    @Test
    void aSuddenTempoChangeOfAThirdIsNotFollowedAtOnce() {
        // Documented limit: the unit is global and the period follows only a tenth of each error,
        // so a jump from 120 to 90 quarters a minute stretches the notes after it by a step or so.
        List<NoteEvent> notes = new ArrayList<>(played(0.25, 0, 1).subList(0, 16));
        double t = notes.get(15).end() / 0.95;
        for (int i = 16; i < KEYS.length; i++) {
            notes.add(new NoteEvent(KEYS[i], t, UNITS[i] * 0.333 * 0.95));
            t += UNITS[i] * 0.333;
        }
        List<Integer> got = steps(TranscriptionQuantizer.DEFAULT.quantizeFully(notes, "t"));
        assertThat(got.subList(0, 15)).containsExactlyElementsOf(expectedSteps().subList(0, 15));
        assertThat(got).isNotEqualTo(expectedSteps());
    }

    @Test
    void measuresAreFourFourWithTiesAcrossBars() {
        // An eighth-note pickup D4 before the tune: 41 eighths, so the closing half note G4 starts
        // on the sixth eighth of bar 5 and is written dotted quarter tied to an eighth in bar 6.
        List<NoteEvent> notes = new ArrayList<>();
        notes.add(new NoteEvent(62, 0.05, 0.24));
        notes.addAll(played(0.25, 0, 1));
        Tune tune = TranscriptionQuantizer.DEFAULT.quantize(notes, "t");
        assertThat(tune.info().meter()).isEqualTo(TimeSignature.COMMON);
        assertThat(tune.info().source()).isEqualTo("t");
        assertThat(tune.measures()).hasSize(6);
        for (Measure m : tune.measures().subList(0, 5)) {
            assertThat(m.length()).isEqualTo(Fraction.ONE);
        }
        assertThat(tune.measures().get(5).length()).isEqualTo(Fraction.of(1, 8));
        List<Event> bar5 = tune.measures().get(4).events();
        Note tied = (Note) bar5.get(bar5.size() - 1);
        assertThat(tied.pitch().midi()).isEqualTo(67);
        assertThat(tied.duration()).isEqualTo(Duration.of(NoteValue.QUARTER, 1));
        assertThat(tied.tieToNext()).isTrue();
        Note end = (Note) tune.measures().get(5).events().get(0);
        assertThat(end.pitch().midi()).isEqualTo(67);
        assertThat(end.tieToNext()).isFalse();
        // The symbolic features merge the tied pieces back: as many melody notes as were played.
        SymbolicFeatures f = new SymbolicFeatures(false, false);
        double[] v = f.extract(tune);
        assertThat(Math.expm1(v[f.names().indexOf("notes.log")])).isCloseTo(KEYS.length + 1, within(1e-9));
    }

    @Test
    void aLongSilenceBecomesARestAndAShortOneDoesNot() {
        List<NoteEvent> notes = new ArrayList<>();
        // Eighths at 0.25 s; the fourth note is short (0.1 s) and followed by 0.65 s of silence.
        double[] on = {0, 0.25, 0.5, 0.75, 1.5, 1.75, 2.0, 2.25};
        for (int i = 0; i < on.length; i++) {
            notes.add(new NoteEvent(60 + i, on[i], i == 3 ? 0.1 : 0.2));
        }
        TranscriptionQuantizer.Result r = TranscriptionQuantizer.DEFAULT.quantizeFully(notes, "t");
        assertThat(r.grid()).extracting(TranscriptionQuantizer.GridNote::midi).containsExactly(60, 61, 62, 63, -1, 64, 65, 66, 67);
        assertThat(r.grid().get(3).length()).isEqualTo(1);
        assertThat(r.grid().get(4).length()).isEqualTo(5);
        long rests = r.tune().events().stream().filter(e -> e instanceof Rest).count();
        assertThat(rests).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theKeyIsTheKrumhanslKesslerFit() {
        assertThat(TranscriptionQuantizer.DEFAULT.quantizeFully(played(0.25, 0, 1), "t").key())
                .isEqualTo(new KeySignature(1, KeySignature.Mode.MAJOR));
        // A minor: A C E A G E C B A, ends and dwells on A.
        int[] aMinor = {69, 72, 76, 69, 67, 64, 72, 71, 69, 64, 69, 72, 71, 69};
        List<NoteEvent> notes = new ArrayList<>();
        for (int i = 0; i < aMinor.length; i++) {
            notes.add(new NoteEvent(aMinor[i], 0.25 * i, i % 4 == 0 ? 0.45 : 0.2));
        }
        assertThat(TranscriptionQuantizer.estimateKey(notes)).isEqualTo(new KeySignature(0, KeySignature.Mode.MINOR));
        assertThat(TranscriptionQuantizer.keyOf(5, KeySignature.Mode.MAJOR)).isEqualTo(new KeySignature(-1, KeySignature.Mode.MAJOR));
        assertThat(TranscriptionQuantizer.keyOf(2, KeySignature.Mode.MINOR)).isEqualTo(new KeySignature(-1, KeySignature.Mode.MINOR));
    }

    @Test
    void flatKeysAreSpelledWithFlats() {
        // F major scale: the B flat must be spelled B flat.
        int[] f = {65, 67, 69, 70, 72, 70, 69, 67, 65, 72, 65, 70, 69, 65};
        List<NoteEvent> notes = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            notes.add(new NoteEvent(f[i], 0.25 * i, i == 0 || i == f.length - 1 ? 0.5 : 0.2));
        }
        Tune tune = TranscriptionQuantizer.DEFAULT.quantize(notes, "t");
        assertThat(tune.info().key().fifths()).isEqualTo(-1);
        assertThat(tune.melody().get(3).pitch().name()).isEqualTo("Bb4");
    }

    @Test
    void overlappingAndSplitAttacksAreOneNote() {
        List<NoteEvent> notes = List.of(new NoteEvent(60, 0, 0.02), new NoteEvent(60, 0.01, 0.24), new NoteEvent(62, 0.25, 0.5),
                new NoteEvent(64, 0.5, 0.25), new NoteEvent(65, 0.75, 0.25));
        TranscriptionQuantizer.Result r = TranscriptionQuantizer.DEFAULT.quantizeFully(notes, "t");
        assertThat(r.grid()).extracting(TranscriptionQuantizer.GridNote::midi).containsExactly(60, 62, 64, 65);
        assertThat(steps(r)).containsExactly(2, 2, 2, 2);
    }

    @Test
    void graceNotesAreDroppedAndTheirNoteKeepsItsBeat() {
        // Before notes 5 and 12, a 32nd grace note (62.5 ms at this tempo) takes its time from the
        // start of the main note, as MidiWriter plays {g}: the main notes must stay on their beats.
        List<NoteEvent> notes = new ArrayList<>();
        List<NoteEvent> tune = played(0.25, 0, 1);
        for (int i = 0; i < tune.size(); i++) {
            NoteEvent n = tune.get(i);
            if (i == 5 || i == 12) {
                notes.add(new NoteEvent(n.midi() + 2, n.onset(), 0.0625));
                notes.add(new NoteEvent(n.midi(), n.onset() + 0.0625, n.duration() - 0.0625));
            } else {
                notes.add(n);
            }
        }
        assertThat(notes).hasSize(KEYS.length + 2);
        TranscriptionQuantizer.Result r = new TranscriptionQuantizer(2, 2.0, 0.6).quantizeFully(notes, "t");
        assertThat(steps(r)).containsExactlyElementsOf(expectedSteps());
        assertThat(r.grid()).extracting(TranscriptionQuantizer.GridNote::midi).containsExactly(
                java.util.Arrays.stream(KEYS).boxed().toArray(Integer[]::new));
        // Kept (the default), each grace note is a sixteenth of its own.
        TranscriptionQuantizer.Result kept = TranscriptionQuantizer.DEFAULT.quantizeFully(notes, "t");
        assertThat(kept.grid()).hasSize(KEYS.length + 2);
    }

    @Test
    void lengthsDecomposeIntoPlainAndDottedValues() {
        assertThat(TranscriptionQuantizer.decompose(3, 16)).containsExactly(Duration.of(NoteValue.EIGHTH, 1));
        assertThat(TranscriptionQuantizer.decompose(5, 16)).containsExactly(Duration.of(NoteValue.QUARTER), Duration.of(NoteValue.SIXTEENTH));
        assertThat(TranscriptionQuantizer.decompose(16, 16)).containsExactly(Duration.of(NoteValue.WHOLE));
    }

    @Test
    void tooFewNotesAreRefusedWithTheCount() {
        assertThatThrownBy(() -> TranscriptionQuantizer.DEFAULT.quantize(List.of(new NoteEvent(60, 0, 1)), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need at least two notes with distinct onsets, got 1");
        assertThatThrownBy(() -> new TranscriptionQuantizer(2, 2, 1))
                .hasMessage("graceSteps must be in [0, 1), was 1.0");
        assertThatThrownBy(() -> new TranscriptionQuantizer(0, 2, 0))
                .hasMessage("stepsPerUnit must be in 1..8, was 0");
    }
}
