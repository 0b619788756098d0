package org.scorelab.render.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.render.augment.TestTunes.e;
import static org.scorelab.render.augment.TestTunes.m;
import static org.scorelab.render.augment.TestTunes.n;
import static org.scorelab.render.augment.TestTunes.names;
import static org.scorelab.render.augment.TestTunes.q;
import static org.scorelab.render.augment.TestTunes.tune;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

class VarietyEditsTest {
    private static final Tune T = tune(Clef.TREBLE, KeySignature.ofFifths(2), TimeSignature.of(2, 4),
            m(e("A4")),
            m(q("D5").withTieToNext(true), q("D5")),
            m(e("E5"), e("C#5"), n("D5", NoteValue.QUARTER)));

    private static List<Object> lengths(Tune t) {
        return t.measures().stream().map(x -> (Object) x.length()).toList();
    }

    @Test
    void splitAndMergeKeepEveryMeasureLength() {
        Tune split = VarietyEdits.splitNotes(T, 1.0, new SplittableRandom(1));
        assertThat(lengths(split)).isEqualTo(lengths(T));
        assertThat(split.events()).hasSize(12);
        assertThat(split.measures().get(1).events()).allMatch(ev -> ((Note) ev).duration().value() == NoteValue.EIGHTH);
        Tune merged = VarietyEdits.mergeNotes(T, 1.0, new SplittableRandom(1));
        assertThat(lengths(merged)).isEqualTo(lengths(T));
        assertThat(merged.measures().get(1).events()).containsExactly(n("D5", NoteValue.HALF));
        assertThat(names(merged)).containsExactly("A4", "D5", "E5", "D5");
    }

    @Test
    void notesToRestsKeepsLengthsAndDropsBrokenTies() {
        Tune r = VarietyEdits.notesToRests(T, 1.0, new SplittableRandom(1));
        assertThat(lengths(r)).isEqualTo(lengths(T));
        assertThat(r.events()).allMatch(ev -> ev instanceof Rest);
        Tune second = VarietyEdits.fixTies(T.withMeasures(List.of(T.measures().get(0),
                new Measure(List.of(q("D5").withTieToNext(true), Rest.of(q("D5").duration())), null))));
        assertThat(((Note) second.measures().get(1).events().get(0)).tieToNext()).isFalse();
        assertThat(((Note) VarietyEdits.fixTies(T).measures().get(1).events().get(0)).tieToNext()).isTrue();
    }

    @Test
    void graceNotesFollowTheKeyAndSkipTiedNotes() {
        Tune g = VarietyEdits.addGraceNotes(T, 1.0, new SplittableRandom(7));
        assertThat(lengths(g)).isEqualTo(lengths(T));
        List<Event> events = g.events();
        int graces = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Note n && n.grace()) {
                graces++;
                Note main = (Note) events.get(i + 1);
                int distance = Math.abs(n.pitch().diatonicIndex() - main.pitch().diatonicIndex());
                assertThat(distance).isEqualTo(1);
                int expectedAlter = KeySignature.ofFifths(2).alterOf(n.pitch().step());
                assertThat(n.pitch().alter()).isEqualTo(expectedAlter);
            }
        }
        assertThat(graces).isEqualTo(5);
    }

    @Test
    void fermataAndMultirestAndChords() {
        Tune f = VarietyEdits.addFermata(T, new SplittableRandom(3));
        assertThat(f.events().stream().filter(ev -> ev instanceof Note n && n.hasFermata())).hasSize(1);
        for (int seed = 0; seed < 20; seed++) {
            Tune mr = VarietyEdits.insertMultirest(T, new SplittableRandom(seed));
            assertThat(mr.measures()).hasSize(4);
            assertThat(mr.measures().get(0).events()).as("never before the pickup").containsExactly(e("A4"));
            assertThat(mr.events().stream().filter(ev -> ev instanceof MultiRest)).hasSize(1);
        }
        java.util.Set<Integer> counts = new java.util.TreeSet<>();
        for (int seed = 0; seed < 2000; seed++) {
            VarietyEdits.insertMultirest(T, new SplittableRandom(seed)).events().stream()
                    .filter(ev -> ev instanceof MultiRest).forEach(ev -> counts.add(((MultiRest) ev).measures()));
        }
        assertThat(counts).as("rare counts of the vocabulary are drawn too").contains(1, 2, 32).hasSizeGreaterThan(60)
                .allMatch(c -> org.scorelab.core.primus.PrimusVocabulary.semantic().contains("multirest-" + c));
        Tune chords = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(1, 4),
                m(new Chord(List.of(q("C4"), q("G4"), q("E4")))));
        assertThat(VarietyEdits.chordsToTopNote(chords).events()).containsExactly(q("G4"));
    }

    @Test
    void augmenterIsDeterministicAndKeepsItsPromises() {
        SampleAugmenter a = new SampleAugmenter(AugmentationConfig.DEFAULT.withMeasures(1, 2));
        int produced = 0;
        for (int seed = 0; seed < 100; seed++) {
            var x = a.augment(T, new SplittableRandom(seed));
            assertThat(x).isEqualTo(a.augment(T, new SplittableRandom(seed)));
            if (x.isPresent()) {
                produced++;
                Tune t = x.get();
                assertThat(ClefAssigner.isPrimusClef(t.info().clef())).isTrue();
                assertThat(t.info().key().fifths()).isBetween(-6, 7);
                assertThat(t.measures().stream().filter(mm -> mm.events().stream().noneMatch(ev -> ev instanceof MultiRest)))
                        .hasSizeBetween(1, 2);
            }
        }
        assertThat(produced).isGreaterThan(90);
    }
}
