package org.scorelab.render.abcm2ps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.Tune;

class AbcStaffWriterTest {

    static Tune tune(String abc) {
        ReadResult r = new AbcReader().readString("test.abc", abc);
        assertThat(r.failures()).isEmpty();
        return r.tunes().get(0);
    }

    private static List<String> lines(String abc) {
        return abc.lines().filter(l -> !l.startsWith("%%")).toList();
    }

    @Test
    void onlyTheFieldsThatShapeTheStaffAreKeptAndTheMusicIsOneLine() {
        Tune t = tune("X:7\nT:The Title\nR:reel\nO:Ireland\nC:Someone\nQ:1/4=120\nM:6/8\nL:1/8\nK:Bb clef=alto\n"
                + "B2c d2e|f2g a2b|c'2d' e'2f'|g3 f3|B2c d2e|]\n");
        String abc = new AbcStaffWriter().abc(t, Abcm2psStyle.DEFAULT);
        // the writer's unit is the commonest value, a quarter here
        assertThat(lines(abc)).containsExactly("X:7", "M:6/8", "L:1/4", "K:Bb clef=alto",
                "Bc/ de/|fg/ ab/|c'd'/ e'f'/|g3/2 f3/2|Bc/ de/|]");
        assertThat(abc).contains("%%tuplets 1 0 0").contains("%%notespacingfactor 1.414").contains("%%stretchlast 0");
    }

    @Test
    void decorationsOtherThanTheFermataAndEndingsAreNotDrawn() {
        Tune t = tune("X:1\nM:2/4\nL:1/8\nK:G\n|:.G!trill!A !fermata!B2|[1 ~c4:|[2 !accent!d4|]\n");
        String music = lines(new AbcStaffWriter().abc(t, Abcm2psStyle.DEFAULT)).get(4);
        assertThat(music).isEqualTo("G/A/ !fermata!B|c2:|d2|]");
    }

    @Test
    void graceLengthsAreRewrittenToWhatAbcm2psReads() {
        // L:1/8: a lone eighth stays, a group of eighths is written as twice its sixteenth unit
        assertThat(AbcStaffWriter.graceLengthsFixed("{a}B2 {a/}B2 {ab}c2 {^a/=b/}c2|", 1, 8))
                .isEqualTo("{a}B2 {a/}B2 {a2b2}c2 {^a=b}c2|");
        // L:1/4: a lone eighth (a/) is one abcm2ps unit, a lone sixteenth (a/4) half of one
        assertThat(AbcStaffWriter.graceLengthsFixed("{a/}B {f/4}e {g/4a/4}B|", 1, 4))
                .isEqualTo("{a}B {f/}e {ga}B|");
        assertThat(AbcStaffWriter.graceLengthsFixed("B2 c2 [K:D] d4|", 1, 8)).isEqualTo("B2 c2 [K:D] d4|");
    }

    @Test
    void lengthsScaleAndReduce() {
        assertThat(AbcStaffWriter.scaled("", null, 2, 1)).isEqualTo("2");
        assertThat(AbcStaffWriter.scaled("", "", 2, 1)).isEqualTo("");
        assertThat(AbcStaffWriter.scaled("", null, 1, 2)).isEqualTo("/");
        assertThat(AbcStaffWriter.scaled("3", "2", 1, 3)).isEqualTo("/");
        assertThat(AbcStaffWriter.scaled("3", "4", 1, 3)).isEqualTo("/4");
        assertThat(AbcStaffWriter.scaled("3", "4", 2, 1)).isEqualTo("3/2");
    }

    @Test
    void aOneMeasureMultirestIsRefusedLongerOnesAreNot() {
        assertThat(AbcStaffWriter.refusal(tune("X:1\nM:2/4\nL:1/8\nK:C\nZ|c4|]\n"))).contains("one measure");
        assertThat(AbcStaffWriter.refusal(tune("X:1\nM:2/4\nL:1/8\nK:C\nZ101|c4|]\n"))).contains("at most 100");
        assertThat(AbcStaffWriter.refusal(tune("X:1\nM:2/4\nL:1/8\nK:C\nZ3|c4|]\n"))).isNull();
        assertThat(AbcStaffWriter.refusal(tune("X:1\nM:2/4\nL:1/8\nK:C\nc4|]\n"))).isNull();
    }
}
