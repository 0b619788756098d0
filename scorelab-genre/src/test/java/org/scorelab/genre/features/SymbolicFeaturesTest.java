package org.scorelab.genre.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

class SymbolicFeaturesTest {

    private static Tune abc(String text) {
        ReadResult r = new AbcReader().readString("test.abc", text);
        assertThat(r.failures()).isEmpty();
        assertThat(r.tunes()).hasSize(1);
        return r.tunes().get(0);
    }

    private static double f(SymbolicFeatures set, double[] v, String name) {
        int i = set.names().indexOf(name);
        assertThat(i).as(name).isNotNegative();
        return v[i];
    }

    @Test
    void arpeggioInCMajorByHand() {
        SymbolicFeatures s = SymbolicFeatures.WITH_METER;
        double[] v = s.extract(abc("X:1\nT:Arp\nM:4/4\nL:1/4\nK:C\nC E G c|]\n"));
        assertThat(v).hasSize(s.size());
        assertThat(f(s, v, "pc.rel.0")).isEqualTo(0.5);
        assertThat(f(s, v, "pc.rel.4")).isEqualTo(0.25);
        assertThat(f(s, v, "pc.rel.7")).isEqualTo(0.25);
        assertThat(f(s, v, "pc.abs.0")).isEqualTo(0.5);
        assertThat(f(s, v, "interval.4")).isEqualTo(1.0 / 3);
        assertThat(f(s, v, "interval.3")).isEqualTo(1.0 / 3);
        assertThat(f(s, v, "interval.5")).isEqualTo(1.0 / 3);
        assertThat(f(s, v, "interval.0")).isZero();
        assertThat(f(s, v, "length.measure/4")).isEqualTo(1.0);
        assertThat(f(s, v, "pitch.range")).isEqualTo(12);
        assertThat(f(s, v, "pitch.mean")).isEqualTo(65.75);
        assertThat(f(s, v, "pitch.std")).isCloseTo(Math.sqrt(76.75 / 4), within(1e-12));
        assertThat(f(s, v, "interval.meanAbs")).isEqualTo(4.0);
        assertThat(f(s, v, "motion.leap")).isEqualTo(1.0);
        assertThat(f(s, v, "motion.step")).isZero();
        assertThat(f(s, v, "rest.share")).isZero();
        assertThat(f(s, v, "notes.perMeasure")).isEqualTo(4.0);
        assertThat(f(s, v, "notes.log")).isCloseTo(Math.log(5), within(1e-12));
        assertThat(f(s, v, "end.onTonic")).isEqualTo(1.0);
        assertThat(f(s, v, "start.onTonic")).isEqualTo(1.0);
        assertThat(f(s, v, "mode.major")).isEqualTo(1.0);
        assertThat(f(s, v, "pickup")).isZero();
        assertThat(f(s, v, "meter.beats")).isEqualTo(4);
        assertThat(f(s, v, "meter.beatType")).isEqualTo(4);
        assertThat(f(s, v, "meter.compound")).isZero();
    }

    /**
     * A dorian jig fragment: pickup E, A tied over (3/8 + 2/8 = one 5/8 note), an eighth rest, a
     * grace note, a dotted pair B>A and a half note c.
     */
    @Test
    void dorianJigFragmentByHand() {
        SymbolicFeatures s = SymbolicFeatures.WITH_METER;
        double[] v = s.extract(abc("X:2\nT:Frag\nR:jig\nM:6/8\nL:1/8\nK:Ador\nE|A3-A2z|{g}B>Ac4|]\n"));
        // notes E4 A4(5/8) B4 A4 C5; tonic A (9)
        assertThat(f(s, v, "pc.rel.0")).isEqualTo(0.4);
        assertThat(f(s, v, "pc.rel.2")).isEqualTo(0.2);
        assertThat(f(s, v, "pc.rel.3")).isEqualTo(0.2);
        assertThat(f(s, v, "pc.rel.7")).isEqualTo(0.2);
        assertThat(f(s, v, "pc.abs.9")).isEqualTo(0.4);
        assertThat(f(s, v, "pc.abs.4")).isEqualTo(0.2);
        assertThat(f(s, v, "interval.5")).isEqualTo(0.25);
        assertThat(f(s, v, "interval.2")).isEqualTo(0.25);
        assertThat(f(s, v, "interval.-2")).isEqualTo(0.25);
        assertThat(f(s, v, "interval.3")).isEqualTo(0.25);
        // lengths in measures of 3/4: 1/6, 5/6, 1/4, 1/12, 2/3 -> bins /8, /1, /4, /16, /2
        for (String bin : List.of("length.measure/1", "length.measure/2", "length.measure/4", "length.measure/8", "length.measure/16")) {
            assertThat(f(s, v, bin)).as(bin).isEqualTo(0.2);
        }
        assertThat(f(s, v, "length.measure/32")).isZero();
        assertThat(f(s, v, "pitch.range")).isEqualTo(8);
        assertThat(f(s, v, "pitch.mean")).isEqualTo(69);
        assertThat(f(s, v, "pitch.std")).isCloseTo(Math.sqrt(7.6), within(1e-12));
        assertThat(f(s, v, "interval.meanAbs")).isEqualTo(3.0);
        assertThat(f(s, v, "motion.step")).isEqualTo(0.5);
        assertThat(f(s, v, "motion.leap")).isEqualTo(0.5);
        assertThat(f(s, v, "motion.repeat")).isZero();
        assertThat(f(s, v, "rest.share")).isCloseTo(1.0 / 13, within(1e-12));
        assertThat(f(s, v, "dotted.share")).isEqualTo(0.4);
        assertThat(f(s, v, "tuplet.share")).isZero();
        assertThat(f(s, v, "rhythm.longShort")).isEqualTo(0.25);
        assertThat(f(s, v, "rhythm.shortLong")).isZero();
        assertThat(f(s, v, "notes.perMeasure")).isCloseTo(5.0 / 3, within(1e-12));
        assertThat(f(s, v, "end.onTonic")).isZero();
        assertThat(f(s, v, "start.onTonic")).isZero();
        assertThat(f(s, v, "grace.perNote")).isEqualTo(0.2);
        assertThat(f(s, v, "tie.share")).isEqualTo(0.2);
        assertThat(f(s, v, "key.fifths")).isEqualTo(1);
        assertThat(f(s, v, "pickup")).isEqualTo(1);
        assertThat(f(s, v, "mode.dorian")).isEqualTo(1);
        assertThat(f(s, v, "mode.major")).isZero();
        assertThat(f(s, v, "meter.beats")).isEqualTo(6);
        assertThat(f(s, v, "meter.beatType")).isEqualTo(8);
        assertThat(f(s, v, "meter.compound")).isEqualTo(1);
    }

    @Test
    void tripletsRepeatsAndEndingsAreCounted() {
        SymbolicFeatures s = SymbolicFeatures.WITHOUT_METER;
        double[] v = s.extract(abc("X:3\nT:T\nM:2/4\nL:1/8\nK:G\n|:(3GAB c2|[1d4:|[2G4|]\n"));
        // notes G A B c d G: 3 of 6 in a triplet; measures 3, one with ending 1 and one with ending 2
        assertThat(f(s, v, "tuplet.share")).isEqualTo(0.5);
        assertThat(f(s, v, "ending.share")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(f(s, v, "repeat.perMeasure")).isPositive();
        assertThat(f(s, v, "motion.step")).isEqualTo(4.0 / 5);
    }

    @Test
    void labelBearingHeadersAndChordSymbolsDoNotChangeTheVector() {
        String body = "M:3/4\nL:1/8\nK:D\nd2 fe dc|B2 A4|]\n";
        double[] plain = SymbolicFeatures.WITH_METER.extract(abc("X:1\nT:One\n" + body));
        double[] headed = SymbolicFeatures.WITH_METER.extract(abc(
                "X:9\nT:The Other Waltz\nR:waltz\nO:Ireland\nN:note\nB:O'Neill\nS:source\nZ:someone\nH:history\n"
                        + body.replace("d2 fe", "\"D\"d2 fe").replace("B2 A4", "\"A7\"B2 A4")));
        assertThat(headed).containsExactly(plain);
    }

    @Test
    void aTuneWithoutNotesIsAllZerosNotNan() {
        double[] v = SymbolicFeatures.WITH_METER.extract(new Tune(new TuneInfo("x", 1, "", null, null, null, 0, null), List.of()));
        for (int i = 0; i < v.length; i++) {
            assertThat(Double.isFinite(v[i])).as(SymbolicFeatures.WITH_METER.names().get(i)).isTrue();
        }
        assertThat(f(SymbolicFeatures.WITH_METER, v, "pc.rel.0")).isZero();
        assertThat(f(SymbolicFeatures.WITH_METER, v, "meter.beats")).isEqualTo(4);
    }

    @Test
    void namesAreUniqueAndTheMeterGroupIsASuffix() {
        List<String> with = SymbolicFeatures.WITH_METER.names();
        List<String> without = SymbolicFeatures.WITHOUT_METER.names();
        assertThat(new HashSet<>(with)).hasSize(with.size());
        assertThat(with).hasSize(without.size() + 3).startsWith(without.toArray(String[]::new))
                .endsWith("meter.beats", "meter.beatType", "meter.compound");
        assertThat(without).noneMatch(n -> n.startsWith("meter."));
        assertThat(with).filteredOn(n -> n.startsWith("interval.") && !n.equals("interval.meanAbs")).hasSize(25);
    }

    @Test
    void tonicOfModesAndLengthBins() {
        assertThat(SymbolicFeatures.tonicPitchClass(new KeySignature(0, KeySignature.Mode.MINOR))).isEqualTo(9);
        assertThat(SymbolicFeatures.tonicPitchClass(new KeySignature(2, KeySignature.Mode.MAJOR))).isEqualTo(2);
        assertThat(SymbolicFeatures.tonicPitchClass(new KeySignature(2, KeySignature.Mode.DORIAN))).isEqualTo(4);
        assertThat(SymbolicFeatures.tonicPitchClass(new KeySignature(0, KeySignature.Mode.MIXOLYDIAN))).isEqualTo(7);
        assertThat(SymbolicFeatures.tonicPitchClass(new KeySignature(-3, KeySignature.Mode.MINOR))).isZero();
        assertThat(SymbolicFeatures.lengthBin(1.0)).isZero();
        assertThat(SymbolicFeatures.lengthBin(2.0)).isZero();
        assertThat(SymbolicFeatures.lengthBin(0.25)).isEqualTo(2);
        assertThat(SymbolicFeatures.lengthBin(1.0 / 1024)).isEqualTo(SymbolicFeatures.LENGTH_BINS - 1);
    }

    @Test
    void featureSetsByName() {
        assertThat(SymbolicFeatures.bySetName("symbolic")).isEqualTo(SymbolicFeatures.WITH_METER);
        assertThat(SymbolicFeatures.bySetName("symbolic-no-meter")).isEqualTo(SymbolicFeatures.WITHOUT_METER);
        assertThat(SymbolicFeatures.bySetName("symbolic-no-notation")).isEqualTo(SymbolicFeatures.WITHOUT_NOTATION);
        assertThat(SymbolicFeatures.bySetName("symbolic-no-meter-no-notation")).isEqualTo(new SymbolicFeatures(false, false));
        assertThatThrownBy(() -> SymbolicFeatures.bySetName("mfcc")).hasMessage("unknown feature set 'mfcc', expected one of "
                + "[symbolic, symbolic-no-meter, symbolic-no-notation, symbolic-no-meter-no-notation]");
    }

    @Test
    void withoutNotationDropsExactlyTheNotationGroupAndKeepsEveryOtherValue() {
        List<String> notation = List.of("grace.perNote", "ornament.share", "tie.share", "chord.share", "ending.share",
                "repeat.perMeasure", "pickup");
        List<String> with = SymbolicFeatures.WITH_METER.names();
        List<String> without = SymbolicFeatures.WITHOUT_NOTATION.names();
        assertThat(with).containsAll(notation);
        assertThat(without).doesNotContainAnyElementsOf(notation)
                .containsExactlyElementsOf(with.stream().filter(n -> !notation.contains(n)).toList());
        // a tune with grace notes, an ornament and a tie: the notation group sees them, the rest is the same
        Tune tune = abc("X:1\nM:6/8\nL:1/8\nK:G\n|:{A}GAB ~c2d|e3-e2d:|\n");
        double[] full = SymbolicFeatures.WITH_METER.extract(tune);
        double[] notes = SymbolicFeatures.WITHOUT_NOTATION.extract(tune);
        assertThat(f(SymbolicFeatures.WITH_METER, full, "grace.perNote")).isPositive();
        assertThat(f(SymbolicFeatures.WITH_METER, full, "ornament.share")).isPositive();
        assertThat(f(SymbolicFeatures.WITH_METER, full, "tie.share")).isPositive();
        for (String name : without) {
            assertThat(f(SymbolicFeatures.WITHOUT_NOTATION, notes, name)).as(name)
                    .isEqualTo(f(SymbolicFeatures.WITH_METER, full, name));
        }
    }
}
