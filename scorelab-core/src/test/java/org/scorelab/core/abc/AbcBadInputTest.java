package org.scorelab.core.abc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.InvalidInputException;

/** Bad input gives one failure whose message names file, line, column, what was found and expected. */
class AbcBadInputTest {

    private final AbcReader reader = new AbcReader();

    private InvalidInputException onlyFailure(ReadResult res) {
        assertThat(res.tunes()).isEmpty();
        assertThat(res.failures()).hasSize(1);
        return res.failures().get(0);
    }

    private String message(String abc) {
        return onlyFailure(reader.readString("bad.abc", abc)).getMessage();
    }

    @Test
    void unknownNoteLength() {
        InvalidInputException e = onlyFailure(reader.readString("bad.abc", "X:4\nT:Zero\nL:1/8\nK:C\nAB C/0 D|\n"));
        assertThat(e.getMessage()).isEqualTo("bad.abc: line 5, col 5: unknown note length '/0': found '/0', "
                + "expected a length such as 2, /2, // or 3/2 (tune X:4 \"Zero\")");
        assertThat(e.source()).isEqualTo("bad.abc");
        assertThat(e.location()).isEqualTo("line 5, col 5");
        assertThat(e.getCause()).isInstanceOf(AbcSyntaxException.class);
    }

    @Test
    void unclosedChord() {
        assertThat(message("X:1\nT:Open\nK:C\n[CEG A|\n")).isEqualTo("bad.abc: line 4, col 7: unclosed chord: "
                + "found '|', expected ']' to close the chord opened at col 1 (tune X:1 \"Open\")");
        assertThat(message("X:1\nT:Open\nK:C\n[e2c2(3ABc|\n")).isEqualTo("bad.abc: line 4, col 6: unclosed chord: "
                + "found '(3', expected ']' to close the chord opened at col 1 (tune X:1 \"Open\")");
        assertThat(message("X:1\nT:Open\nK:C\nA [CEG\n")).isEqualTo("bad.abc: line 4, col 7: unclosed chord: "
                + "found end of line, expected ']' to close the chord opened at col 3 (tune X:1 \"Open\")");
    }

    @Test
    void badKey() {
        assertThat(message("X:2\nT:Key\nK:Q\nC|\n")).isEqualTo("bad.abc: line 3, col 3: found 'Q', "
                + "expected a key such as G, Dmix, F#m, Bb or none (tune X:2 \"Key\")");
        assertThat(message("X:2\nT:Key\nK:Gxyz\nC|\n")).isEqualTo("bad.abc: line 3, col 4: found 'xyz', "
                + "expected a mode such as m, maj, min, dor, phr, lyd, mix, aeo, ion or loc (tune X:2 \"Key\")");
    }

    @Test
    void emptyFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.abc");
        Files.write(f, new byte[0]);
        assertThat(onlyFailure(reader.read(f)).getMessage())
                .isEqualTo(f + ": empty file: found no text, expected ABC tunes starting with X:");
        assertThat(message(" \n\n")).isEqualTo("bad.abc: empty file: found no text, expected ABC tunes starting with X:");
    }

    @Test
    void binaryFile() {
        byte[] bytes = {'X', ':', '1', '\n', 0, 1, 2, (byte) 0xff};
        assertThat(onlyFailure(reader.readBytes("blob.abc", bytes)).getMessage())
                .isEqualTo("blob.abc: binary file: found a NUL byte at offset 4, expected ABC text");
    }

    @Test
    void noTuneAndMissingFile(@TempDir Path dir) {
        assertThat(message("%just a comment\nT:no X line\n"))
                .isEqualTo("bad.abc: no tune: found no X: line, expected ABC tunes starting with X:");
        Path missing = dir.resolve("missing.abc");
        assertThat(onlyFailure(reader.read(missing)).getMessage()).startsWith(missing + ": cannot read the file: ");
    }

    @Test
    void moreProblemsEachPointAtTheirPlace() {
        assertThat(message("X:1\nT:a\nK:C\nA>|B\n")).isEqualTo("bad.abc: line 4, col 2: found '>', expected a note "
                + "after the broken rhythm in the same measure (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nK:C\nA ^ B|\n")).isEqualTo("bad.abc: line 4, col 4: found ' ', "
                + "expected a note letter after the accidental (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nK:C\nA \"text B|\n")).isEqualTo("bad.abc: line 4, col 11: found end of line, "
                + "expected '\"' to close the text opened at col 3 (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nM:7/x\nK:C\nA|\n")).isEqualTo("bad.abc: line 3, col 3: found '7/x', "
                + "expected a meter such as 6/8, C, C| or none (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nK:C\nA/3|\n")).isEqualTo("bad.abc: line 4, col 1: found 'length 1/24 of a "
                + "whole note', expected a length that note values down to 1/128 can write, tied if need be"
                + " (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nK:C\n")).isEqualTo("bad.abc: line 3, col 1: found end of tune, "
                + "expected notes after the K: field (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nM:4/4\n")).isEqualTo("bad.abc: line 3, col 1: found end of tune, "
                + "expected a K: field closing the header (tune X:1 \"a\")");
        assertThat(message("X:1\nT:a\nK:C\nA $B|\n")).isEqualTo("bad.abc: line 4, col 3: found '$', "
                + "expected a note, rest, bar line, chord, tuplet or decoration (tune X:1 \"a\")");
    }

    @Test
    void isoLatin1IsOnlyAFallback() {
        byte[] utf8 = "X:1\nT:\u00fc\nK:C\nC|\n".getBytes(StandardCharsets.UTF_8);
        assertThat(AbcReader.decode(utf8)).contains("T:\u00fc");
        assertThat(AbcReader.decode(new byte[] {'T', ':', (byte) 0xfc})).isEqualTo("T:\u00fc");
    }
}
