package org.scorelab.core.primus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.InvalidInputException;

/** Bad input names the source, the token's index and column, what was found and what was expected. */
class BadInputTest {

    private static String line(String spaced) {
        return spaced.replace(' ', '\t') + "\t";
    }

    @Test
    void unknownSemanticTokenIsNamedWithItsIndex() {
        assertThatThrownBy(() -> new SemanticReader().parse(line("clef-G2 keySignature-CM note-C5_quarter bogus-1"), "a.semantic"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a.semantic: token 4, col 41: unknown token 'bogus-1'; expected clef-, keySignature-, "
                        + "timeSignature-, note-, gracenote-, rest-, multirest-, barline or tie");
    }

    @Test
    void badSemanticPiecesSayWhatWasExpected() {
        SemanticReader r = new SemanticReader();
        assertThatThrownBy(() -> r.parse(line("clef-G2 note-H4_quarter"), "x"))
                .hasMessageContaining("token 2").hasMessageContaining("bad pitch 'H4'");
        assertThatThrownBy(() -> r.parse(line("clef-G2 note-C4_crotchet"), "x"))
                .hasMessageContaining("token 2").hasMessageContaining("bad value 'crotchet'");
        assertThatThrownBy(() -> r.parse(line("clef-G2 keySignature-HM"), "x"))
                .hasMessageContaining("token 2").hasMessageContaining("unknown key 'keySignature-HM'");
        assertThatThrownBy(() -> r.parse(line("clef-X9"), "x"))
                .hasMessageContaining("token 1").hasMessageContaining("bad clef 'clef-X9'");
        assertThatThrownBy(() -> r.parse(line("clef-G2 timeSignature-3/x"), "x"))
                .hasMessageContaining("bad time signature 'timeSignature-3/x'");
        assertThatThrownBy(() -> r.parse(line("clef-G2 tie"), "x"))
                .hasMessageContaining("token 2").hasMessageContaining("'tie' must follow a note");
        assertThatThrownBy(() -> r.parse(line("clef-G2 multirest-0"), "x"))
                .hasMessageContaining("bad measure count in 'multirest-0'");
        assertThatThrownBy(() -> r.parse(line("note-C4_quarter"), "x"))
                .hasMessageContaining("no clef token");
    }

    @Test
    void unknownAgnosticTokenIsNamedWithItsIndex() {
        assertThatThrownBy(() -> new AgnosticReader().parse(line("clef.G-L2 note.quarter-L3 blob-L2"), "a.agnostic"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("a.agnostic: token 3, col 27: unknown token 'blob-L2'; expected clef.");
    }

    @Test
    void badAgnosticPiecesSayWhatWasExpected() {
        AgnosticReader r = new AgnosticReader();
        assertThatThrownBy(() -> r.parse(line("clef.G-L2 note.quarter"), "x"))
                .hasMessageContaining("token 2").hasMessageContaining("has no staff position");
        assertThatThrownBy(() -> r.parse(line("note.quarter-L2"), "x"))
                .hasMessageContaining("before any clef");
        assertThatThrownBy(() -> r.parse(line("clef.G-L2 note.crotchet-L2"), "x"))
                .hasMessageContaining("unknown value in 'note.crotchet-L2'");
        assertThatThrownBy(() -> r.parse(line("clef.G-L2 dot-S3"), "x"))
                .hasMessageContaining("'dot-S3' does not follow a note or rest");
        assertThatThrownBy(() -> r.parse(line("clef.G-L2 digit.3-L4 note.quarter-L2"), "x"))
                .hasMessageContaining("without a denominator digit");
        assertThatThrownBy(() -> r.parse(line("clef.G-L2 accidental.sharp-S1 barline-L1"), "x"))
                .hasMessageContaining("token 3").hasMessageContaining("accidental or fermata not followed by a note");
        assertThatThrownBy(() -> r.parse(line("clef.G-L2 slur.start-L2"), "x"))
                .hasMessageContaining("must follow a note");
        assertThatThrownBy(() -> r.parse(line("clef.G-S2"), "x"))
                .hasMessageContaining("bad clef 'clef.G-S2'");
    }

    @Test
    void readersReportFailuresInTheResultNotByThrowing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.semantic");
        Files.writeString(bad, line("clef-G2 nonsense"));
        ReadResult res = new SemanticReader().read(bad);
        assertThat(res.tunes()).isEmpty();
        assertThat(res.failures()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("bad.semantic: token 2, col 9: unknown token 'nonsense'");
        ReadResult missing = new AgnosticReader().read(dir.resolve("none.agnostic"));
        assertThat(missing.failures()).singleElement().extracting(Throwable::getMessage).asString()
                .startsWith("none.agnostic: cannot read file");
        Path good = dir.resolve("good.agnostic");
        Files.writeString(good, line("clef.G-L2 note.quarter-L2 barline-L1"));
        assertThat(new AgnosticReader().read(good).tunes()).singleElement()
                .satisfies(t -> assertThat(t.melody().get(0).pitch().name()).isEqualTo("G4"));
    }
}
