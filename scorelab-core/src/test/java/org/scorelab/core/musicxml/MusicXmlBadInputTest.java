package org.scorelab.core.musicxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.core.musicxml.MusicXmlReaderTest.doc;
import static org.scorelab.core.musicxml.MusicXmlReaderTest.note;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.InvalidInputException;

/** Every failure names the file, where in it the problem is when known, and what was wrong. */
class MusicXmlBadInputTest {

    private final MusicXmlReader reader = new MusicXmlReader();

    @TempDir
    Path dir;

    private InvalidInputException fail(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return failBytes(f);
    }

    private InvalidInputException failBytes(Path f) {
        ReadResult r = reader.read(f);
        assertThat(r.tunes()).isEmpty();
        assertThat(r.failures()).hasSize(1);
        InvalidInputException e = r.failures().get(0);
        assertThat(e.source()).isEqualTo(f.toString());
        assertThat(e.getMessage()).startsWith(f + ": ");
        return e;
    }

    private static final String DIV1 = "<divisions>1</divisions>";

    @Test
    void notXml() throws IOException {
        InvalidInputException e = fail("text.musicxml", "X:1\nT:not xml\nK:G\nGABc|\n");
        assertThat(e.getMessage()).contains("line 1, col 1").contains("not well-formed XML");
    }

    @Test
    void truncatedXml() throws IOException {
        InvalidInputException e = fail("cut.xml", doc(DIV1, note("C", 4, 1, "quarter", "TYPE")).substring(0, 400));
        assertThat(e.reason()).startsWith("not well-formed XML");
        assertThat(e.location()).startsWith("line ");
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(fail("empty.xml", "").reason()).contains("not well-formed XML");
    }

    @Test
    void notMusicXml() throws IOException {
        InvalidInputException e = fail("page.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>");
        assertThat(e.getMessage()).isEqualTo(dir.resolve("page.xml")
                + ": line 2, col 7: not MusicXML: root element <html>, expected <score-partwise> or <score-timewise>");
    }

    @Test
    void noParts() throws IOException {
        InvalidInputException e = fail("noparts.xml", "<score-partwise><part-list/></score-partwise>");
        assertThat(e.reason()).isEqualTo("no <part> in the score");
    }

    @Test
    void partListNamesAMissingPart() throws IOException {
        InvalidInputException e = fail("mismatch.xml", "<score-partwise><part-list><score-part id=\"P1\">"
                + "<part-name>A</part-name></score-part></part-list><part id=\"P9\"><measure number=\"1\"/></part>"
                + "</score-partwise>");
        assertThat(e.reason()).isEqualTo("no <part id=\"P1\"> for the part named in <part-list>");
    }

    @Test
    void noNotes() throws IOException {
        InvalidInputException e = fail("rests.xml", doc(DIV1,
                "<note><rest/><duration>4</duration><type>whole</type></note></measure>"));
        assertThat(e.reason()).isEqualTo("no notes in the part (1 measures of rests)");
    }

    @Test
    void noMeasures() throws IOException {
        InvalidInputException e = fail("nomeasures.xml", "<score-partwise><part id=\"P1\"/></score-partwise>");
        assertThat(e.reason()).isEqualTo("the part has no measures");
    }

    @Test
    void durationDisagreesWithType() throws IOException {
        InvalidInputException e = fail("dur.xml", doc(DIV1, note("C", 4, 3, "quarter", "TYPE") + "</measure>"));
        assertThat(e.location()).matches("line \\d+, col \\d+");
        assertThat(e.reason()).isEqualTo("<duration> 3 at 1 divisions per quarter (3/4 of a whole note)"
                + " disagrees with <type> quarter with 0 dot(s) (1/4)");
    }

    @Test
    void missingTimeModificationIsCaughtByTheCheck() throws IOException {
        String triplet = note("C", 5, 2, "eighth", "TYPE");
        InvalidInputException e = fail("trip.xml", doc("<divisions>6</divisions>", triplet + "</measure>"));
        assertThat(e.reason()).contains("<duration> 2 at 6 divisions").contains("<type> eighth");
    }

    @Test
    void roundingOfOneDivisionIsAccepted() throws IOException {
        // Triplet eighths at 2 divisions per quarter cannot be exact: exporters write 1, 1, 1.
        String n = note("C", 5, 1, "eighth", "TYPE<time-modification><actual-notes>3</actual-notes>"
                + "<normal-notes>2</normal-notes></time-modification>");
        Path f = dir.resolve("rounded.xml");
        Files.writeString(f, doc("<divisions>2</divisions>", n.repeat(3) + "</measure>"));
        assertThat(reader.read(f).tunes()).hasSize(1);
    }

    @Test
    void unknownNoteType() throws IOException {
        InvalidInputException e = fail("type.xml", doc(DIV1, note("C", 4, 32, "maxima", "TYPE") + "</measure>"));
        assertThat(e.reason()).startsWith("unknown note type 'maxima', expected one of long, breve, whole");
    }

    @Test
    void durationBeforeDivisions() throws IOException {
        InvalidInputException e = fail("nodiv.xml", doc("", note("C", 4, 1, "quarter", "TYPE") + "</measure>"));
        assertThat(e.reason()).isEqualTo("<duration> before any <divisions> was given");
    }

    @Test
    void badStepAndOctave() throws IOException {
        assertThat(fail("step.xml", doc(DIV1, note("H", 4, 1, "quarter", "TYPE") + "</measure>")).reason())
                .isEqualTo("step must be one of C D E F G A B, found 'H'");
        assertThat(fail("oct.xml", doc(DIV1, note("C", 12, 1, "quarter", "TYPE") + "</measure>")).reason())
                .isEqualTo("octave must be in -1..9, was 12");
    }

    @Test
    void badDivisions() throws IOException {
        assertThat(fail("div.xml", doc("<divisions>zero</divisions>", "</measure>")).reason())
                .isEqualTo("divisions must be a whole number, found 'zero'");
    }

    @Test
    void badTimeSignature() throws IOException {
        assertThat(fail("time.xml", doc(DIV1 + "<time><beats>3</beats></time>", "</measure>")).reason())
                .isEqualTo("<time> needs matching <beats> and <beat-type>, found 1 and 0");
    }

    @Test
    void compressedWithoutContainerOrScore() throws IOException {
        Path f = dir.resolve("junk.mxl");
        Files.writeString(f, "not a zip at all");
        assertThat(failBytes(f).reason()).isEqualTo("compressed MusicXML without META-INF/container.xml and"
                + " without any .xml or .musicxml entry");
    }

    @Test
    void compressedWithMissingRootFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
            zip.write(("<container><rootfiles><rootfile full-path=\"score.xml\"/></rootfiles></container>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path f = dir.resolve("missing.mxl");
        Files.write(f, bytes.toByteArray());
        InvalidInputException e = failBytes(f);
        assertThat(e.getMessage()).isEqualTo(f + ": META-INF/container.xml: root file 'score.xml' is not in the"
                + " archive");
    }

    @Test
    void missingFile() {
        InvalidInputException e = failBytes(dir.resolve("nowhere.musicxml"));
        assertThat(e.reason()).startsWith("cannot read the file: java.nio.file.NoSuchFileException");
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = doc(DIV1, note("C", 4, 1, "quarter", "TYPE") + "</measure>")
                .replaceFirst("<!DOCTYPE[^>]*>", "<!DOCTYPE score-partwise [<!ENTITY x SYSTEM \"" + secret.toUri()
                        + "\">]>")
                .replace("<score-partwise version=\"4.0\">",
                        "<score-partwise version=\"4.0\"><movement-title>&x;</movement-title>");
        Path f = dir.resolve("xxe.xml");
        Files.writeString(f, xml);
        ReadResult r = reader.read(f);
        r.tunes().forEach(t -> assertThat(t.info().title()).doesNotContain("TOP-SECRET"));
        r.failures().forEach(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        assertThat(r.tunes().size() + r.failures().size()).isEqualTo(1);
    }

    @Test
    void hugeDivisionsAreReportedNotThrown() throws IOException {
        String n = note("C", 4, 1, "quarter", "TYPE");
        InvalidInputException e = fail("huge.xml", doc("<divisions>9000000000000000000</divisions>", n
                + "</measure>"));
        assertThat(e.reason()).startsWith("numbers too large to keep exact");
    }
}
